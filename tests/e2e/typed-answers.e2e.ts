/**
 * Scores mean what they say, in the built site: a typed opposite is wrong and says why, an answer
 * in a short sentence is right, Enter (a phone's Go key) checks a typed answer, and no glossary popover on a reading page gives away the key of a
 * vocabulary question there before it is answered.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import type { Question, ShortAnswerQuestion } from '../../src/lib/content/model';
import { readContentFiles } from '../../scripts/content-files';
import { escape, useBrowser } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

/** A short answer with a refused near miss that is an opposite: the prefix taken off its key. */
function questionWithOpposite(): { question: ShortAnswerQuestion; opposite: string; hint: string } {
	for (const question of bank.questions) {
		if (question.type !== 'short-answer' || question.readingId === null) {
			continue;
		}
		const near = question.rejected?.find(({ answer }) =>
			question.accepted.some(
				(form) => form.toLowerCase().replace(/^(de-?|un|non-?)/, '') === answer
			)
		);
		if (near) {
			return { question, opposite: near.answer, hint: near.hint };
		}
	}
	throw new Error('The bank has no short answer that refuses its opposite');
}

describe('a typed answer', () => {
	it('is wrong when typed as its opposite, with the hint, and right inside a short sentence', async () => {
		const { question, opposite, hint } = questionWithOpposite();
		const { page, problems } = await newStudent();
		await page.goto(`/read/${question.readingId}/`);
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		const box = group.getByRole('textbox', { name: 'Your answer' });

		await box.fill(opposite);
		await group.getByRole('button', { name: 'Check' }).click();
		const status = group.getByRole('status');
		await expect.poll(() => status.textContent()).toContain('Not quite.');
		expect(await status.textContent()).toContain(hint);

		await group.getByRole('button', { name: 'Try again' }).click();
		await box.fill(`I think it is ${question.answer}, really.`);
		await group.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => status.textContent()).toContain('Right.');
		expect(await status.textContent()).not.toContain(hint);
		expect(problems).toEqual([]);
	});
});

/** The first question of `type` in a reading whose gaps (if any) are typed, not picked. */
function typed<T extends 'short-answer' | 'fill-blanks'>(type: T): Question & { type: T } {
	const question = bank.questions.find(
		(candidate): candidate is Question & { type: T } =>
			candidate.type === type &&
			candidate.readingId !== null &&
			(candidate.type !== 'fill-blanks' || candidate.bank === null)
	);
	if (!question) {
		throw new Error(`The bank has no typed ${type} question in a reading`);
	}
	return question;
}

describe('Enter, or a phone keyboard’s Go key', () => {
	it('checks a typed short answer and a typed gap, on a phone-sized touch screen', async () => {
		const { page, problems } = await newStudent({
			viewport: { width: 360, height: 740 },
			hasTouch: true,
			isMobile: true
		});
		const short = typed('short-answer');
		await page.goto(`/read/${short.readingId}/`);
		const group = page.getByRole('group', { name: new RegExp(escape(short.prompt)) });
		const box = group.getByRole('textbox', { name: 'Your answer' });
		expect(await box.getAttribute('enterkeyhint')).toBe('go');
		await box.tap();
		await page.keyboard.type(short.answer);
		await page.keyboard.press('Enter');
		const status = group.getByRole('status');
		await expect.poll(() => status.textContent()).toContain('Right.');
		// The page stays where it is (a form submit that reloaded would lose the answer).
		expect(page.url()).not.toContain('?');

		const gaps = typed('fill-blanks');
		await page.goto(`/read/${gaps.readingId}/`);
		const sentence = page.getByRole('group', { name: new RegExp(escape(gaps.prompt)) });
		for (const [index, words] of gaps.answer.entries()) {
			const gap = sentence.getByRole('textbox', { name: `Gap ${index + 1} of ` });
			const last = index === gaps.answer.length - 1;
			expect(await gap.getAttribute('enterkeyhint')).toBe(last ? 'go' : 'next');
			if (index === 0) {
				await gap.tap();
			}
			// Enter moves on to the next gap, and checks from the last.
			expect(await gap.evaluate((element) => element === document.activeElement)).toBe(true);
			await page.keyboard.type(words[0] ?? '');
			await page.keyboard.press('Enter');
		}
		await expect.poll(() => sentence.getByRole('status').textContent()).toContain('Right.');
		expect(problems).toEqual([]);
	});
});

/** The words a vocabulary question's key is made of, and the words it asks about. */
function giveaways(question: Question): string[] {
	switch (question.type) {
		case 'short-answer':
			return question.accepted;
		case 'fill-blanks':
			return question.answer.flat();
		case 'matching':
			return [...question.terms, ...question.meanings];
		case 'single-choice':
			return [question.choices[question.answer] ?? ''];
		case 'multiple-select':
			return question.answer.map((index) => question.choices[index] ?? '');
		case 'true-false-not-stated':
		case 'ordering':
		case 'evidence':
			return [];
	}
}

const words = (text: string) =>
	` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

describe('the glossary on every reading page, before any answer', () => {
	const readings = bank.readings.filter((reading) =>
		bank.questions.some(
			(question) => question.readingId === reading.id && question.skill === 'vocabulary'
		)
	);

	it('gives away no vocabulary question’s key in a popover', async () => {
		expect(readings.length).toBeGreaterThan(5);
		const { page } = await newStudent();
		for (const reading of readings) {
			await page.goto(`/read/${reading.id}/`);
			await page.getByRole('heading', { level: 1 }).waitFor();
			const vocabulary = bank.questions.filter(
				(question) => question.readingId === reading.id && question.skill === 'vocabulary'
			);
			// Every definition a student could open here, with the word that opens it.
			const popovers = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.passage [popover]')].map((popover) => {
					const opener = document.querySelector(`[popovertarget="${popover.id}"]`);
					return { word: opener?.textContent ?? '', text: popover.textContent ?? '' };
				})
			);
			for (const question of vocabulary) {
				const asked = words(question.prompt);
				for (const { word, text } of popovers) {
					const where = `${reading.id}, ${question.id}, popover of "${word}"`;
					// The word the question asks about, or asks for, is not one a student can open.
					expect(asked.includes(words(word)), where).toBe(false);
					for (const key of giveaways(question)) {
						expect(words(key).includes(words(word)), `${where} in key "${key}"`).toBe(false);
						// No definition hands over a key or a matching meaning word for word.
						expect(words(text).includes(words(key)), `${where} holds "${key}"`).toBe(false);
					}
				}
			}
		}
	}, 120_000);
});
