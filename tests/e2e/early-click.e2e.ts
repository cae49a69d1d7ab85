/**
 * A student on a slow device taps an answer as soon as it is on screen, before the page's scripts
 * have woken the question up (issue 16). The tap is not lost: once the page is running the choice
 * is still picked, the app knows it, and Check grades it. To make "before" certain rather than a
 * race, the CPU is slowed 6× and the app's scripts are held back until the tap has happened.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './site';

const { newStudent } = useBrowser();

/**
 * The reading page with its scripts held back until `tapped()`, on a CPU slowed 6×: whatever the
 * test does before that happens before the app runs.
 */
async function loadingPage() {
	const { context, problems } = await newStudent();
	let tapped: () => void = () => {};
	const tap = new Promise<void>((done) => (tapped = done));
	await context.route('**/_app/immutable/**/*.js', async (route) => {
		await tap;
		await route.continue();
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });

	await page.goto('/read/back-at-the-table/', { waitUntil: 'domcontentloaded' });
	const question = page.getByRole('group', { name: /Which two leaders are reportedly back/ });
	const choice = question.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' });
	const running = () => page.evaluate(() => document.documentElement.hasAttribute('data-theme'));
	return { page, question, choice, running, tapped, errors, problems };
}

describe('a choice picked while the reading page loads', () => {
	it('is kept, shown in the student’s own order, and graded by Check once the page runs', async () => {
		const { page, question, choice, running, tapped, errors, problems } = await loadingPage();
		// A real click, as soon as the choice is visible and would receive it.
		await choice.click();
		expect(await running()).toBe(false);
		// Shown in this student's order already: the same place it keeps once the page runs.
		const before = await choice.boundingBox();

		tapped();
		await page.waitForFunction(() => document.documentElement.hasAttribute('data-theme'));
		// The card has woken (and taken up what was picked in it).
		await page.locator('fieldset[data-awake]').first().waitFor({ state: 'attached' });
		expect(await choice.isChecked()).toBe(true);
		expect(await choice.boundingBox()).toEqual(before);

		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toContain('Right.');
		expect(errors).toEqual([]);
		expect(problems).toEqual([]);
		// A CPU slowed 6x on a shared machine: the page takes a while to wake.
	}, 90_000);

	it('is checked as the page runs when Check was pressed too, without pressing it again', async () => {
		const { page, question, choice, running, tapped, errors, problems } = await loadingPage();
		await choice.click();
		await question.getByRole('button', { name: 'Check' }).click();
		expect(await running()).toBe(false);
		// Nothing can answer yet: the app has not run.
		expect((await question.getByRole('status').textContent()) ?? '').not.toContain('Right.');

		tapped();
		await expect
			.poll(() => question.getByRole('status').textContent(), { timeout: 60_000 })
			.toContain('Right.');
		// Kept like any answer: the reading's count says so.
		await expect.poll(() => page.getByText(/1 of \d+ questions answered/).count()).toBe(1);
		expect(errors).toEqual([]);
		expect(problems).toEqual([]);
	}, 90_000);

	it('is kept in a later question, which wakes after the first, and Check grades it there', async () => {
		const { page, running, tapped, errors, problems } = await loadingPage();
		const later = page.getByRole('group', { name: /What does the word .reportedly. tell you/ });
		const right = later.getByRole('radio', { name: /passing on what others have reported/ });
		await right.click();
		await later.getByRole('button', { name: 'Check' }).click();
		expect(await running()).toBe(false);

		tapped();
		// Woken in a task of its own after the page's (the first card wakes before the page).
		await later
			.locator('xpath=ancestor-or-self::fieldset[@data-awake]')
			.waitFor({ timeout: 60_000 });
		await expect
			.poll(() => later.getByRole('status').textContent(), { timeout: 60_000 })
			.toContain('Right.');
		expect(await right.isChecked()).toBe(true);
		await expect.poll(() => page.getByText(/1 of \d+ questions answered/).count()).toBe(1);
		// Until it wakes, a later card is drawn only near the screen; awake, every one is in full.
		await expect
			.poll(() => page.locator('[id^="question-island-"]:not([data-woken])').count())
			.toBe(0);
		expect(await page.locator('[id^="question-island-"][data-woken]').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(problems).toEqual([]);
	}, 90_000);

	it('is answered by the first card before the page around it has woken', async () => {
		const { context, problems } = await newStudent();
		// The reading page's own modules (SvelteKit's nodes) are held back: the app's scripts run,
		// but SvelteKit cannot hydrate the page until they come.
		let release: () => void = () => {};
		const held = new Promise<void>((done) => (release = done));
		await context.route('**/_app/immutable/nodes/*.js', async (route) => {
			await held;
			await route.continue();
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/read/back-at-the-table/', { waitUntil: 'domcontentloaded' });
		const question = page.getByRole('group', { name: /Which two leaders are reportedly back/ });
		await question.locator('xpath=self::fieldset[@data-awake]').waitFor({ timeout: 30_000 });

		await question.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).click();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toContain('Right.');
		// The rest of the page has not woken: its settings are not applied, its count not updated.
		expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(
			false
		);
		expect(await page.getByText(/0 of \d+ questions answered/).count()).toBe(1);

		release();
		// The page wakes around the card, with the answer counted and the feedback as it was.
		await expect
			.poll(() => page.getByText(/1 of \d+ questions answered/).count(), { timeout: 30_000 })
			.toBe(1);
		expect(await question.getByRole('status').textContent()).toContain('Right.');
		await page.reload();
		await expect
			.poll(() => question.getByRole('status').textContent(), { timeout: 30_000 })
			.toContain('Right.');
		expect(errors).toEqual([]);
		expect(problems).toEqual([]);
	}, 90_000);

	it('shows the first screen’s cards at once, and every later card as the page runs', async () => {
		const { page, question, running, tapped, errors, problems } = await loadingPage();
		const cards = page.getByRole('group', { name: /^Question \d+/ });
		await question.waitFor();
		expect(await running()).toBe(false);
		// In the first HTML: the first three cards, and a place kept for each later one.
		expect(await cards.count()).toBe(3);
		const later = await page.locator('[id^="question-island-"]:empty').count();
		expect(later).toBeGreaterThan(0);
		const firstScreen = await cards.nth(1).boundingBox();

		tapped();
		await expect.poll(() => cards.count(), { timeout: 60_000 }).toBe(3 + later);
		await expect
			.poll(() => page.locator('[id^="question-island-"]:empty').count(), { timeout: 60_000 })
			.toBe(0);
		// The last card drawn has its Check button; nothing on the first screen moved.
		const last = cards.last();
		await expect.poll(() => last.getByRole('button', { name: /^Check/ }).count()).toBe(1);
		expect(await cards.nth(1).boundingBox()).toEqual(firstScreen);
		expect(errors).toEqual([]);
		expect(problems).toEqual([]);
	}, 90_000);
});
