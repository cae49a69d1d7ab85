/**
 * Proves the phone is a first-class device (360 × 740, touch): every question type answered by
 * tapping, with the question's evidence on screen, not covered, at the moment its feedback
 * appears, and the feedback too; "Show where the text says so" focuses the evidence where the
 * student is and leads back; the header is one row with its links behind a Menu button.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { QUESTION_TYPES } from '../../src/lib/content/kinds';
import { SETTING_CHOICES } from '../../src/lib/settings/settings';
import type { Question } from '../../src/lib/content/model';
import { readContentFiles } from '../../scripts/content-files';
import { useBrowser, type Page } from './site';
import type { Locator } from 'playwright-core';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

// Reduced motion: the passage scrolls to the evidence at once, so "at the moment the feedback
// appears" needs no waiting for a smooth scroll to end.
const PHONE = {
	viewport: { width: 360, height: 740 },
	deviceScaleFactor: 2,
	isMobile: true,
	hasTouch: true,
	reducedMotion: 'reduce'
} as const;

function firstOfType(type: Question['type']): Question {
	const question = bank.questions.find((q) => q.type === type && q.readingId !== null);
	if (!question) {
		throw new Error(`The bank has no ${type} question in a reading`);
	}
	return question;
}

const byId = (page: Page, question: Question) => page.locator(`[id="question-${question.id}"]`);

/** Answers `question` right by tapping (typing where the answer is typed), then taps Check. */
async function answerRightByTouch(page: Page, card: Locator, question: Question): Promise<void> {
	switch (question.type) {
		case 'single-choice':
			await card.getByRole('radio', { name: question.choices[question.answer], exact: true }).tap();
			break;
		case 'true-false-not-stated': {
			const label = { true: 'True', false: 'False', 'not-stated': 'Not stated' }[question.answer];
			await card.getByRole('radio', { name: label, exact: true }).tap();
			break;
		}
		case 'multiple-select':
			for (const index of question.answer) {
				await card.getByRole('checkbox', { name: question.choices[index], exact: true }).tap();
			}
			break;
		case 'short-answer':
			await card.getByRole('textbox').tap();
			await card.getByRole('textbox').fill(question.answer);
			break;
		case 'fill-blanks': {
			// Typed gaps or a word bank's menus, in the order of the gaps.
			const gaps = card.locator('input[type="text"], select');
			for (let gap = 0; gap < question.answer.length; gap++) {
				const field = gaps.nth(gap);
				const word = question.answer[gap]?.[0] ?? '';
				if ((await field.evaluate((element) => element.tagName)) === 'SELECT') {
					await field.selectOption({ label: word });
				} else {
					await field.tap();
					await field.fill(word);
				}
			}
			break;
		}
		case 'matching':
			for (let term = 0; term < question.terms.length; term++) {
				await card
					.getByRole('combobox', { name: question.terms[term], exact: true })
					.selectOption({ label: question.meanings[question.answer[term] ?? 0] ?? '' });
			}
			break;
		case 'ordering':
			for (let position = 0; position < question.answer.length; position++) {
				const item = question.answer[position] ?? '';
				const order = await card.getByRole('listitem').allTextContents();
				const current = order.findIndex((text) => text.includes(item));
				const up = card
					.getByRole('listitem')
					.filter({ hasText: item })
					.getByRole('button', { name: /move up/i });
				for (let step = current; step > position; step--) {
					await up.tap();
				}
			}
			break;
		case 'evidence':
			await card.getByRole('button', { name: /sentence/ }).tap();
			await page
				.getByRole('region', { name: 'The reading' })
				.getByRole('button', { name: question.answer, exact: true })
				.tap();
			break;
	}
	await card.getByRole('button', { name: /^Check/ }).tap();
}

/** Why `target` (the first line of it) cannot be seen now, or null when it is on screen, uncovered. */
function hidden(target: Locator): Promise<string | null> {
	return target.evaluate((element) => {
		const line = element.getClientRects()[0];
		if (!line || line.width === 0) {
			return 'it has no size';
		}
		if (line.top < 0 || line.bottom > innerHeight || line.left < 0 || line.right > innerWidth) {
			return `it is off screen (top ${Math.round(line.top)}, bottom ${Math.round(line.bottom)})`;
		}
		const atCentre = document.elementFromPoint(
			line.left + line.width / 2,
			line.top + line.height / 2
		);
		if (!atCentre || !(element.contains(atCentre) || atCentre.contains(element))) {
			return `it is covered by ${atCentre?.tagName.toLowerCase()}.${atCentre?.className}`;
		}
		return null;
	});
}

describe('a reading on a 360 px phone, by touch', () => {
	it.each(QUESTION_TYPES)(
		'answers a %s question with its evidence and feedback on screen together',
		async (type) => {
			const question = firstOfType(type);
			const { page, problems } = await newStudent(PHONE);
			await page.goto(`/read/${question.readingId}/`);
			const card = byId(page, question);
			await card.waitFor();

			await answerRightByTouch(page, card, question);

			// The feedback is there, whatever its words: the question's status has something to say.
			const status = card.getByRole('status');
			await status.locator('p').first().waitFor();
			const evidence = page.locator('mark').first();
			const [seen, feedbackHidden, evidenceHidden] = await Promise.all([
				page.locator('mark').allTextContents(),
				hidden(status.locator('p').first()),
				hidden(evidence)
			]);
			expect(evidenceHidden, 'the evidence').toBeNull();
			expect(feedbackHidden, 'the feedback').toBeNull();
			expect(seen.length).toBeGreaterThan(0);
			for (const words of seen) {
				expect(question.evidence.some((quote) => quote.includes(words))).toBe(true);
			}
			expect(problems).toEqual([]);
		}
	);

	it('shows where the text says so in the strip, focused and named, and leads back', async () => {
		const question = bank.questions.filter((q) => q.readingId === bank.readings[0]?.id).at(-1);
		expect(question).toBeDefined();
		if (!question) {
			return;
		}
		const { page } = await newStudent(PHONE);
		await page.goto(`/read/${question.readingId}/`);
		const card = byId(page, question);
		await answerRightByTouch(page, card, question);
		const show = card.getByRole('button', { name: 'Show where the text says so' });
		await show.tap();

		const first = page.getByRole('group', { name: /^Evidence 1 of \d+$/ });
		await expect
			.poll(() => first.evaluate((element) => element === document.activeElement))
			.toBe(true);
		expect(await hidden(first)).toBeNull();
		const back = page.getByRole('button', { name: /^Back to question \d+$/ });
		expect(await hidden(back)).toBeNull();

		await page.keyboard.press('Escape');
		await expect
			.poll(() => show.evaluate((element) => element === document.activeElement))
			.toBe(true);
		expect(await hidden(show)).toBeNull();

		await show.tap();
		await expect
			.poll(() => first.evaluate((element) => element === document.activeElement))
			.toBe(true);
		await back.tap();
		await expect
			.poll(() => show.evaluate((element) => element === document.activeElement))
			.toBe(true);
		expect(await hidden(show)).toBeNull();
	});
});

describe('the phone layout as the page starts', () => {
	it('is laid out once: the strip and the header move nothing as the app starts', async () => {
		const { page } = await newStudent(PHONE);
		await page.goto(`/read/${bank.readings[0]?.id}/`);
		await page.getByRole('button', { name: 'Show more of the text' }).waitFor();
		const shift = await page.evaluate(
			() =>
				new Promise<number>((resolve) => {
					let total = 0;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
						})[]) {
							total += entry.hadRecentInput ? 0 : entry.value;
						}
					}).observe({ type: 'layout-shift', buffered: true });
					setTimeout(() => resolve(total), 500);
				})
		);
		expect(shift).toBe(0);
	});
});

describe('the header on a 360 px phone', () => {
	it('is one row, at most 64 px tall, with the links behind a Menu button that works by keyboard', async () => {
		const { page } = await newStudent(PHONE);
		await page.goto(`/read/${bank.readings[0]?.id}/`);
		const nav = page.getByRole('navigation', { name: 'Main' });
		const header = page.locator('header', { has: page.getByRole('navigation', { name: 'Main' }) });
		const height = await header.evaluate((element) => element.getBoundingClientRect().height);
		expect(height).toBeLessThanOrEqual(64);
		// One row: the name, the Menu button and the settings side by side.
		const tops = await Promise.all(
			[
				nav.getByRole('link', { name: 'Close Read' }),
				nav.getByRole('button', { name: 'Menu' }),
				page.getByRole('button', { name: 'Reading settings' })
			].map((part) => part.evaluate((element) => element.getBoundingClientRect().top))
		);
		expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);

		const menu = nav.getByRole('button', { name: 'Menu' });
		const review = nav.getByRole('link', { name: 'Review' });
		expect(await menu.getAttribute('aria-expanded')).toBe('false');
		expect(await review.isVisible()).toBe(false);

		await menu.focus();
		await page.keyboard.press('Enter');
		expect(await menu.getAttribute('aria-expanded')).toBe('true');
		for (const name of ['Readings', 'Review', 'Progress', 'Glossary', 'For teachers']) {
			expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
		}
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Readings');
		await page.keyboard.press('Escape');
		expect(await menu.getAttribute('aria-expanded')).toBe('false');
		expect(await review.isVisible()).toBe(false);
		expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);

		await page.keyboard.press('Space');
		await review.tap();
		// The reading page has a heading too: wait for the address, not for any heading.
		await page.waitForURL((url) => url.pathname === '/review/');
		await page.getByRole('heading', { level: 1, name: /Review/ }).waitFor();
		expect(await menu.getAttribute('aria-expanded')).toBe('false');
	});
});

describe('a phone with the largest text, the widest spacing and each typeface', () => {
	const largest = SETTING_CHOICES.typeface.map(({ value: typeface }) => ({
		version: 1,
		textSize: 'largest',
		lineSpacing: 'widest',
		typeface,
		theme: 'light'
	}));

	async function studentWith(settings: (typeof largest)[number], width: number) {
		const student = await newStudent({ ...PHONE, viewport: { width, height: 740 } });
		await student.page.addInitScript((text) => {
			localStorage.setItem('close-read:settings', text);
		}, JSON.stringify(settings));
		return student;
	}

	it('keeps the skip link out of sight until it is focused, then shows all of it', async () => {
		for (const settings of largest) {
			const { page } = await studentWith(settings, 320);
			await page.goto(`/read/${bank.readings[0]?.id}/`);
			await page.getByRole('button', { name: 'Show more of the text' }).waitFor();
			const skip = page.getByRole('link', { name: 'Skip to content' });
			const before = await skip.boundingBox();
			expect(before!.y + before!.height, settings.typeface).toBeLessThanOrEqual(0);

			await page.keyboard.press('Tab');
			expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
			const focused = await skip.boundingBox();
			expect(focused!.y, settings.typeface).toBeGreaterThanOrEqual(0);
			expect(focused!.y + focused!.height, settings.typeface).toBeLessThanOrEqual(740);
			expect(await hidden(skip), settings.typeface).toBeNull();
		}
	});

	it('keeps every word of the questions’ choices whole at 360 px', async () => {
		for (const settings of largest) {
			const { page } = await studentWith(settings, 360);
			await page.goto(`/read/${bank.readings[0]?.id}/`);
			// Every card drawn: none of the places kept for the later ones is still empty.
			await expect.poll(() => page.locator('[id^="question-island-"]:empty').count()).toBe(0);
			const questions = page.getByRole('group', { name: /^Question \d+/ });
			await expect
				.poll(() => questions.last().getByRole('button', { name: 'Check' }).count())
				.toBe(1);
			expect(await questions.count()).toBeGreaterThan(3);
			// A word is broken when its letters lie on more than one line.
			const broken = await page.locator('main').evaluate((main) =>
				[...main.querySelectorAll('fieldset label')].flatMap((label) =>
					[...(label.textContent ?? '').matchAll(/[\p{L}’'-]+/gu)].flatMap((word) => {
						const text = label.firstChild;
						if (!text || text.nodeType !== Node.TEXT_NODE) {
							return [];
						}
						const range = document.createRange();
						range.setStart(text, word.index);
						range.setEnd(text, word.index + word[0].length);
						const lines = new Set(
							[...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))
						);
						return lines.size > 1 ? [word[0]] : [];
					})
				)
			);
			expect(broken, settings.typeface).toEqual([]);
		}
	});

	it('gives the strip above the questions to the reading: two lines of it in view at 360 and 320 px, over a button of a finger’s height', async () => {
		for (const width of [360, 320]) {
			for (const settings of largest) {
				const { page } = await studentWith(settings, width);
				await page.goto(`/read/${bank.readings[0]?.id}/`);
				const reading = page.getByRole('region', { name: 'The reading' });
				await page.getByRole('button', { name: 'Show more of the text' }).waitFor();
				const linesInView = await reading.evaluate((region) => {
					const text = region.querySelector('p');
					let box: Element | null = region;
					while (box && getComputedStyle(box).overflowY !== 'auto') {
						box = box.parentElement;
					}
					if (!text || !box) {
						return 0;
					}
					const bottom = box.getBoundingClientRect().bottom;
					const top = text.getBoundingClientRect().top;
					return (bottom - top) / parseFloat(getComputedStyle(text).lineHeight);
				});
				expect(linesInView, `${settings.typeface} at ${width} px`).toBeGreaterThanOrEqual(2);
				// The button below the strip takes no more of the screen than a finger needs.
				const toggle = await page
					.getByRole('button', { name: 'Show more of the text' })
					.boundingBox();
				const rem = await page.evaluate(() =>
					parseFloat(getComputedStyle(document.documentElement).fontSize)
				);
				expect(toggle!.height, `${settings.typeface} at ${width} px`).toBeLessThanOrEqual(
					2.75 * rem + 1
				);
			}
		}
	});
});
