/**
 * Proves that no reading setting breaks a page on a phone: at 320 and 360 px wide, with every
 * combination of text size × line spacing × typeface (and either theme, which moves no box), no
 * page scrolls sideways and no element reaches past either edge of the screen, in every state a
 * student or teacher meets: a reading answered wrong (and partly right) and right, glossary
 * meaning open, matching and ordering in use, feedback just shown; the lesson (intro, questions,
 * summary), progress with data, review, the article check, glossary, home and the teacher's class
 * results. Also: the reading settings panel itself fits and works at both widths.
 *
 * Settings are changed as another tab would change them: the settings record is written to
 * localStorage and a storage event tells the page, which applies them itself (the stylesheet reads
 * them from <html>, so nothing else changes). This walks the whole grid in seconds per page
 * instead of reloading 72 times; the first combination of every page comes from storage before
 * load, as a returning student's does.
 */
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/content/model';
import type { Response } from '../../src/lib/quiz/response';
import type { Attempt } from '../../src/lib/progress/record-schema';
import { SETTING_CHOICES, type Settings } from '../../src/lib/settings/settings';
import { loadBank } from '../../src/lib/server/load';
import { readContentFiles } from '../../scripts/content-files';
import { LESSON_LINK } from './routes';
import { escape, siteUrl, useBrowser, type Page } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

const WIDTHS = [320, 360] as const;
type Choice = Omit<Settings, 'version'>;

/**
 * The grids walk the light theme only: a theme changes colours (light-dark() in app.css), never a
 * box, and the first test below proves that on the pages with the most kinds of box. Walking both
 * doubled the longest spec of the run for nothing.
 */
const FULL_GRID: Choice[] = SETTING_CHOICES.textSize.flatMap(({ value: textSize }) =>
	SETTING_CHOICES.lineSpacing.flatMap(({ value: lineSpacing }) =>
		SETTING_CHOICES.typeface.map(({ value: typeface }) => ({
			textSize,
			lineSpacing,
			typeface,
			theme: 'light' as const
		}))
	)
);
/**
 * The extremes: the largest text with the widest spacing, in each typeface. Every
 * width on a page grows with the text size (all sizes are in rem or em) and with the typeface's
 * letters; line spacing only adds height and the theme only colour. So if the largest text in
 * each typeface fits, every smaller size of that typeface fits too; the full grid on the static
 * states below checks that reasoning on the same components.
 */
const EXTREMES: Choice[] = SETTING_CHOICES.typeface.map(({ value: typeface }) => ({
	textSize: 'largest',
	lineSpacing: 'widest',
	typeface,
	theme: 'light'
}));

/** A reading with every question type, so its page shows every input and every feedback. */
const ALL_TYPES_READING = (() => {
	const types = new Set(bank.questions.map((q) => q.type));
	const reading = bank.readings.find(
		(candidate) =>
			new Set(bank.questions.filter((q) => q.readingId === candidate.id).map((q) => q.type))
				.size === types.size
	);
	if (!reading) {
		throw new Error('No reading has a question of every type');
	}
	return reading;
})();

function rightResponse(question: Question): Response {
	switch (question.type) {
		case 'single-choice':
			return { type: question.type, choice: question.answer };
		case 'multiple-select':
			return { type: question.type, choices: question.answer };
		case 'true-false-not-stated':
			return { type: question.type, verdict: question.answer };
		case 'short-answer':
			return { type: question.type, text: question.answer };
		case 'fill-blanks':
			return { type: question.type, blanks: question.answer.map((accepted) => accepted[0] ?? '') };
		case 'ordering':
			return { type: question.type, order: question.answer.map((i) => question.items.indexOf(i)) };
		case 'matching':
			return { type: question.type, meanings: question.answer };
		case 'evidence':
			return { type: question.type, sentence: question.answer };
	}
}

/** A wrong answer; partly right where the type gives part marks, which shows every kind of mark. */
function wrongResponse(question: Question): Response {
	switch (question.type) {
		case 'single-choice':
			return { type: question.type, choice: (question.answer + 1) % question.choices.length };
		case 'multiple-select': {
			// One right pick, one wrong pick, the other right ones missed.
			const wrong = question.choices.findIndex((_, i) => !question.answer.includes(i));
			return { type: question.type, choices: [question.answer[0] ?? 0, wrong].sort() };
		}
		case 'true-false-not-stated':
			return { type: question.type, verdict: question.answer === 'true' ? 'false' : 'true' };
		case 'short-answer':
			return {
				type: question.type,
				text: 'They agreed on nothing whatsoever, as far as I can tell'
			};
		case 'fill-blanks': {
			const other = (accepted: string[]) =>
				question.bank?.find((word) => !accepted.includes(word)) ?? 'counterproductively';
			return {
				type: question.type,
				blanks: question.answer.map((accepted, gap) =>
					gap === 0 && question.answer.length > 1 ? (accepted[0] ?? '') : other(accepted)
				)
			};
		}
		case 'ordering': {
			const order = question.answer.map((item) => question.items.indexOf(item));
			[order[0], order[1]] = [order[1] ?? 0, order[0] ?? 0];
			return { type: question.type, order };
		}
		case 'matching':
			return {
				type: question.type,
				meanings: question.answer.map((meaning, term) =>
					term === 0 ? meaning : (meaning + 1) % question.meanings.length
				)
			};
		case 'evidence': {
			const reading = bank.readings.find((r) => r.id === question.readingId);
			const sentence = reading?.sentences.find((s) => s !== question.answer) ?? '';
			return { type: question.type, sentence };
		}
	}
}

/**
 * A progress record in which every reading question was answered wrong `wrongTries` times (enough
 * that the answer is revealed), then right when `thenRight`.
 */
function progressText(wrongTries: number, thenRight: boolean): string {
	const attempts: Attempt[] = [];
	let second = 0;
	const add = (question: Question, response: Response, correct: boolean) => {
		second += 1;
		attempts.push({
			id: `seed-${attempts.length}`,
			questionId: question.id,
			readingId: question.readingId,
			lessonId: null,
			response,
			score: correct ? 1 : 0,
			correct,
			at: new Date(Date.UTC(2026, 10, 2, 9, 0, second)).toISOString()
		});
	};
	for (const question of bank.questions.filter((q) => q.readingId !== null)) {
		for (let i = 0; i < wrongTries; i++) {
			add(question, wrongResponse(question), false);
		}
		if (thenRight) {
			add(question, rightResponse(question), true);
		}
	}
	return JSON.stringify({ version: 2, attempts, readings: {} });
}

type Found = {
	cause: string;
	scrollWidth: number;
	width: number;
	past: { what: string; left: number; right: number }[];
};

/**
 * In the page, for each choice of `grid` in turn (or once as it is, for none): applies the reading
 * settings as another tab would (the settings record in localStorage, then a storage event: the
 * page applies them itself), waits until <html> shows them and the fonts are in, and measures
 * what reaches past the screen's edges. One call per grid, so a walk costs layouts, not trips.
 */
async function measureGrid(page: Page, grid: Choice[] | null): Promise<Found[]> {
	return page.evaluate(async (grid) => {
		const measure = (): Found => {
			const width = innerWidth;
			const describe = (element: Element) => {
				const classes = [...element.classList].filter((name) => !name.startsWith('svelte-'));
				const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
				return `<${element.tagName.toLowerCase()}${classes.length ? ` class="${classes.join(' ')}"` : ''}> “${text}”`;
			};
			const clippedInside = (element: Element) => {
				if (getComputedStyle(element).clip !== 'auto') {
					return true;
				}
				for (let parent = element.parentElement; parent && parent !== document.body;) {
					const style = getComputedStyle(parent);
					if (style.overflowX !== 'visible' || style.clip !== 'auto') {
						// Cut off or scrolled inside a box that itself fits: that box is what is measured.
						return true;
					}
					parent = parent.parentElement;
				}
				return false;
			};
			const past: { element: Element; what: string; left: number; right: number }[] = [];
			for (const element of document.body.querySelectorAll('*')) {
				const box = element.getBoundingClientRect();
				if (
					(box.width === 0 && box.height === 0) ||
					(box.right <= width + 0.5 && box.left >= -0.5)
				) {
					continue;
				}
				if (clippedInside(element)) {
					continue;
				}
				past.push({
					element,
					what: describe(element),
					left: Math.round(box.left),
					right: Math.round(box.right)
				});
			}
			// The innermost first (past the edge with nothing inside past it: the cause), widest first.
			const inner = (entry: (typeof past)[number]) =>
				!past.some((other) => other !== entry && entry.element.contains(other.element));
			past.sort(
				(a, b) => Number(inner(b)) - Number(inner(a)) || b.right - b.left - (a.right - a.left)
			);
			// When the page is wider but nothing is past the edge, or the elements past it are only the
			// columns stretched by something inside: the deepest element without which the page fits.
			let cause = '';
			const root = document.documentElement;
			for (let parent: Element | undefined = document.body; parent && root.scrollWidth > width;) {
				parent = [...parent.children].find((child) => {
					const element = child as HTMLElement;
					const before = element.style.display;
					element.style.display = 'none';
					const fits = root.scrollWidth <= width;
					element.style.display = before;
					return fits;
				});
				cause = parent ? describe(parent) : cause;
			}
			return {
				cause,
				scrollWidth: document.documentElement.scrollWidth,
				width,
				past: past.slice(0, 3).map(({ what, left, right }) => ({ what, left, right }))
			};
		};
		const shown = (choice: Choice) => {
			const root = document.documentElement.dataset;
			return (
				root.textSize === choice.textSize &&
				root.lineSpacing === choice.lineSpacing &&
				root.typeface === choice.typeface &&
				root.theme === choice.theme
			);
		};
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const results: Found[] = [];
		for (const choice of grid ?? [null]) {
			if (choice) {
				const text = JSON.stringify({ version: 1, ...choice });
				localStorage.setItem('close-read:settings', text);
				dispatchEvent(new StorageEvent('storage', { key: 'close-read:settings', newValue: text }));
				for (let tries = 0; !shown(choice); tries++) {
					if (tries > 300) {
						throw new Error(`The page did not apply the settings ${text}`);
					}
					await frame();
				}
				await document.fonts.ready;
			}
			results.push(measure());
		}
		return results;
	}, grid);
}

const named = (choice: Choice) =>
	`text ${choice.textSize}, spacing ${choice.lineSpacing}, ${choice.typeface}, ${choice.theme}`;

/**
 * Walks `grid` at both widths on the page as it is now, calling `prepare` after each change (to
 * open a popover again, say). Returns every failure, each naming page, width, setting and the
 * widest elements past the edge; the settings that fail the same way share one line.
 */
async function walk(
	page: Page,
	what: string,
	grid: Choice[],
	prepare?: () => Promise<void>
): Promise<string[]> {
	const failures = new Map<string, string[]>();
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: 740 });
		const results: Found[] = [];
		if (prepare) {
			for (const choice of grid) {
				await measureGrid(page, [choice]);
				await prepare();
				results.push(...(await measureGrid(page, null)));
			}
		} else {
			results.push(...(await measureGrid(page, grid)));
		}
		results.forEach((found, index) => {
			const choice = grid[index]!;
			if (found.scrollWidth > found.width || found.past.length > 0) {
				const widest = [
					...(found.cause ? [`${found.cause} (without it the page fits)`] : []),
					...found.past.map((element) => element.what)
				].join('; ');
				const key = `${what} at ${width} px: ${widest || 'no element past the edge'}`;
				const edges = found.past[0]
					? `, from ${found.past[0].left} to ${found.past[0].right} px`
					: '';
				failures.set(key, [
					...(failures.get(key) ?? []),
					`${named(choice)} (page ${found.scrollWidth} px wide${edges})`
				]);
			}
		});
	}
	return [...failures].map(
		([key, settings]) =>
			`${key}; with ${settings[0]}${settings.length > 1 ? ` and ${settings.length - 1} more settings` : ''}`
	);
}

/** Opens `path` with the first settings of `grid` stored before the load. */
async function open(page: Page, path: string, grid: Choice[]) {
	await page.evaluate(
		(choice) =>
			localStorage.setItem('close-read:settings', JSON.stringify({ version: 1, ...choice })),
		grid[0]
	);
	await page.goto(path);
	await page.getByRole('heading', { level: 1 }).first().waitFor();
	// A reading's later cards wake each in a task of its own after the page, and until then are
	// laid out only near the screen (`content-visibility`): measured before the last one woke, one
	// layout would hold a placeholder where the next holds the card.
	await page.waitForFunction(
		() => document.querySelector('[id^="question-island-"]:not([data-woken])') === null
	);
}

async function studentWithProgress(progress: string) {
	const student = await newStudent({ viewport: { width: 360, height: 740 }, hasTouch: true });
	await student.page.goto('/');
	await student.page.evaluate(
		(text) => localStorage.setItem('close-read:progress', text),
		progress
	);
	return student;
}

/** Where every element of the page is, to the pixel, under `choice`. */
async function boxesUnder(page: Page, choice: Choice): Promise<string[]> {
	await measureGrid(page, [choice]);
	return page.evaluate(() =>
		[...document.body.querySelectorAll('*')].map((element) => {
			const box = element.getBoundingClientRect();
			const at = [box.left, box.top, box.width, box.height].map(Math.round).join(' ');
			return `<${element.tagName.toLowerCase()}> ${at}`;
		})
	);
}

describe('no sideways scrolling with any reading settings', () => {
	it('lays out a page exactly the same in the dark theme as in the light', async () => {
		const { page, problems } = await studentWithProgress(progressText(3, false));
		await page.setViewportSize({ width: 320, height: 740 });
		for (const path of [`/read/${ALL_TYPES_READING.id}/`, '/progress/', LESSON_LINK]) {
			await open(page, path, EXTREMES);
			for (const choice of EXTREMES) {
				const light = await boxesUnder(page, choice);
				const dark = await boxesUnder(page, { ...choice, theme: 'dark' });
				expect(light.length, path).toBeGreaterThan(40);
				expect(dark, `${path}, ${named(choice)}`).toEqual(light);
			}
		}
		expect(problems).toEqual([]);
	}, 120_000);

	it('keeps the reading settings panel on screen and usable at 320 and 360 px', async () => {
		const { page, problems } = await newStudent();
		await page.goto('/');
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 640 });
			for (const choice of EXTREMES) {
				await measureGrid(page, [choice]);
				const toggle = page.getByRole('button', { name: 'Reading settings' });
				await toggle.click();
				const panel = page.getByRole('region', { name: 'Reading settings' });
				await panel.waitFor();
				const box = await panel.boundingBox();
				expect(box, `${width} px, ${named(choice)}`).not.toBeNull();
				expect(box!.x, `the panel's left edge at ${width} px`).toBeGreaterThanOrEqual(0);
				expect(box!.x + box!.width, `the panel's right edge at ${width} px`).toBeLessThanOrEqual(
					width
				);
				expect((await measureGrid(page, null))[0]?.past, `${width} px, ${named(choice)}`).toEqual(
					[]
				);
				// Every choice can be reached and seen, Done too.
				const done = panel.getByRole('button', { name: 'Done' });
				await done.scrollIntoViewIfNeeded();
				const doneBox = await done.boundingBox();
				expect(doneBox!.y + doneBox!.height).toBeLessThanOrEqual(640);
				expect(doneBox!.x + doneBox!.width).toBeLessThanOrEqual(width);
				// The keyboard: arrows change the checked size, Escape closes and focus goes back.
				await page.keyboard.press('Escape');
				await panel.waitFor({ state: 'hidden' });
				expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
					'Reading settings'
				);
				await toggle.click();
				await panel.waitFor();
				await panel.getByRole('radio', { name: 'Larger' }).check();
				await expect
					.poll(() => page.evaluate(() => document.documentElement.dataset.textSize))
					.toBe('larger');
				await done.click();
				await panel.waitFor({ state: 'hidden' });
			}
		}
		expect(problems).toEqual([]);
	}, 60_000);

	it('shows OpenDyslexic with the typeface’s own spacing, adding none', async () => {
		// Its letters are far apart because the font is drawn so (every letter has 0.15 em of room
		// on each side, a space is 0.85 em): the stylesheet must add no letter or word spacing.
		const { page, problems } = await newStudent({ viewport: { width: 360, height: 740 } });
		await page.goto('/');
		await open(page, `/read/${ALL_TYPES_READING.id}/`, [
			{ ...EXTREMES.find((choice) => choice.typeface === 'dyslexic')!, textSize: 'standard' }
		]);
		await page.evaluate(() => document.fonts.ready.then(() => undefined));
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll('p.text, legend, button')].slice(0, 20).map((element) => {
				const style = getComputedStyle(element);
				return [style.fontFamily.split(',')[0], style.letterSpacing, style.wordSpacing];
			})
		);
		for (const [family, letterSpacing, wordSpacing] of shown) {
			expect(family?.replaceAll('"', '')).toBe('OpenDyslexic');
			expect(letterSpacing).toBe('normal');
			expect(wordSpacing).toBe('0px');
		}
		expect(shown.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => document.fonts.check('16px OpenDyslexic'))).toBe(true);
		expect(problems).toEqual([]);
	});

	it('fits every page without answers, with every setting', async () => {
		const { page, problems } = await newStudent({ viewport: { width: 360, height: 740 } });
		await page.goto('/');
		const failures: string[] = [];
		for (const path of ['/', '/glossary/', '/check/', `/read/${ALL_TYPES_READING.id}/`]) {
			await open(page, path, FULL_GRID);
			failures.push(...(await walk(page, path, FULL_GRID)));
		}
		expect(failures).toEqual([]);
		expect(problems).toEqual([]);
	}, 480_000);

	it('fits a reading answered wrong (partly right where it can be), then right', async () => {
		const failures: string[] = [];
		for (const [state, progress] of [
			['answered wrong', progressText(3, false)],
			['answered right', progressText(1, true)]
		] as const) {
			const { page, problems } = await studentWithProgress(progress);
			const path = `/read/${ALL_TYPES_READING.id}/`;
			await open(page, path, FULL_GRID);
			failures.push(...(await walk(page, `${path} ${state}`, FULL_GRID)));
			// Every other reading at the extremes: their passages' longest words and their questions.
			for (const reading of bank.readings.filter((r) => r.id !== ALL_TYPES_READING.id)) {
				await open(page, `/read/${reading.id}/`, EXTREMES);
				failures.push(...(await walk(page, `/read/${reading.id}/ ${state}`, EXTREMES)));
			}
			expect(problems).toEqual([]);
		}
		expect(failures).toEqual([]);
	}, 480_000);

	it('fits a reading in use: glossary meaning open, matching and ordering changed, just checked', async () => {
		const { page, problems } = await newStudent({ viewport: { width: 360, height: 740 } });
		const path = `/read/${ALL_TYPES_READING.id}/`;
		await page.goto('/');
		await open(page, path, EXTREMES);
		const failures: string[] = [];

		const word = page.locator('button[aria-describedby="glossary-hint"]').first();
		const meaning = page.getByRole('dialog', { name: /^Meaning of / });
		failures.push(
			...(await walk(page, `${path} glossary open`, EXTREMES, async () => {
				if (await meaning.isVisible()) {
					await page.keyboard.press('Escape');
				}
				await word.click();
				await meaning.waitFor();
			}))
		);
		await page.keyboard.press('Escape');

		for (const question of bank.questions.filter(
			(q) =>
				q.readingId === ALL_TYPES_READING.id && (q.type === 'matching' || q.type === 'ordering')
		)) {
			const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
			const selects = group.getByRole('combobox');
			for (let i = 0; i < (await selects.count()); i++) {
				// The first option is the prompt to choose; each term gets a meaning, not its own.
				await selects.nth(i).selectOption({ index: 1 + i });
			}
			const move = group.getByRole('button', { name: /^Move down/ });
			if ((await move.count()) > 0) {
				await move.first().click();
			}
		}
		failures.push(...(await walk(page, `${path} matching and ordering in use`, EXTREMES)));

		// Check everything answerable, in the order shown: feedback and evidence just shown.
		const checks = page.getByRole('button', { name: /^Check/ });
		for (let i = (await checks.count()) - 1; i >= 0; i--) {
			await checks.nth(i).click();
		}
		failures.push(...(await walk(page, `${path} just checked`, EXTREMES)));
		expect(failures).toEqual([]);
		expect(problems).toEqual([]);
	}, 180_000);

	it('fits progress, review and the article check with answers kept', async () => {
		const { page, problems } = await studentWithProgress(progressText(1, false));
		const failures: string[] = [];
		const checkPaths = bank.articles
			.filter((article) => article.articleCheck)
			.map(({ id }) => `/check/${id}/`);
		for (const path of ['/progress/', '/review/', ...checkPaths]) {
			await open(page, path, FULL_GRID);
			failures.push(...(await walk(page, path, FULL_GRID)));
		}
		expect(failures).toEqual([]);

		// At 360 px the progress table shows its Score column without scrolling (up to the large
		// text; beyond, it scrolls in its labelled box), and the chart's labels are text of the
		// page's size, not a drawing shrunk to fit.
		await open(page, '/progress/', FULL_GRID);
		await page.setViewportSize({ width: 360, height: 740 });
		const table = page.getByRole('region', { name: /by reading/ });
		// OpenDyslexic's letters are about 65% wider: with it the table scrolls in its box instead.
		for (const choice of FULL_GRID.filter(
			(c) => (c.textSize === 'standard' || c.textSize === 'large') && c.typeface !== 'dyslexic'
		)) {
			await measureGrid(page, [choice]);
			const cut = await table.evaluate((box) => box.scrollWidth - box.clientWidth);
			expect(cut, `the progress table at 360 px, ${named(choice)}`).toBeLessThanOrEqual(0);
			const label = page.getByRole('img', { name: /^Mastery by skill/ }).getByText('Key details');
			const size = await label.evaluate((text) => parseFloat(getComputedStyle(text).fontSize));
			expect(size, `the chart's labels at 360 px, ${named(choice)}`).toBeGreaterThanOrEqual(16);
		}
		expect(problems).toEqual([]);
	}, 480_000);

	it('fits a lesson from its start to its results, and the class results of it', async () => {
		const student = await newStudent({
			viewport: { width: 360, height: 740 },
			permissions: ['clipboard-read', 'clipboard-write']
		});
		const { page } = student;
		await page.goto('/');
		const failures: string[] = [];
		await open(page, LESSON_LINK, FULL_GRID);
		failures.push(...(await walk(page, 'lesson start', FULL_GRID)));

		await page.getByLabel(/Your name/).fill('Anastasia Konstantinopoulou-Vandenberghe');
		await page.getByRole('button', { name: 'Start the lesson' }).click();
		const first = page.getByRole('group', { name: /^Question 1/ });
		await first.getByRole('radio').nth(1).check();
		await first.getByRole('button', { name: /^Check/ }).click();
		await first.getByRole('status').filter({ hasText: /\S/ }).waitFor();
		failures.push(...(await walk(page, 'lesson questions', FULL_GRID)));

		await page.getByRole('button', { name: 'Finish the lesson' }).click();
		await page.getByRole('button', { name: 'Finish anyway' }).click();
		await page.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
		failures.push(...(await walk(page, 'lesson results', FULL_GRID)));
		await page.getByRole('button', { name: 'Copy the code' }).click();
		const code = await page.evaluate(() => navigator.clipboard.readText());
		expect(code).toMatch(/^CR2-/);

		const teacher = await newStudent({ viewport: { width: 360, height: 740 } });
		await teacher.page.goto('/');
		await open(teacher.page, '/teach/results/', FULL_GRID);
		failures.push(...(await walk(teacher.page, 'class results, no lesson', FULL_GRID)));
		await teacher.page.getByLabel('Or paste a lesson link').fill(`${siteUrl()}${LESSON_LINK}`);
		await teacher.page.getByRole('button', { name: 'Open lesson' }).click();
		await teacher.page.getByLabel('Paste results codes').fill(code);
		await teacher.page.getByRole('button', { name: 'Add codes' }).click();
		await teacher.page.getByRole('row', { name: /Anastasia/ }).waitFor();
		failures.push(...(await walk(teacher.page, 'class results', FULL_GRID)));

		expect(failures).toEqual([]);
		expect(student.problems).toEqual([]);
		expect(teacher.problems).toEqual([]);
	}, 480_000);
});
