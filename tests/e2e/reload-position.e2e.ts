/**
 * A student halfway down a reading's questions reloads the page (a phone brings back a discarded
 * tab, a pull to refresh) and finds the same question where it was, although the later cards are
 * drawn only as the page wakes (issue 16). That a student who scrolls meanwhile is left alone is
 * checked on the inline script itself (`early-script.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './site';

const { newStudent } = useBrowser();

const SIZES = {
	'a laptop': { viewport: { width: 1280, height: 800 } },
	'a phone': { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }
};

async function atQuestion(number: number, device: (typeof SIZES)[keyof typeof SIZES]) {
	const { page, problems } = await newStudent(device);
	await page.goto('/read/back-at-the-table/');
	const question = page.getByRole('group', { name: new RegExp(`^Question ${number}\\b`) });
	const everyCardDrawn = () =>
		expect.poll(() => page.locator('[id^="question-island-"]:not([data-woken])').count()).toBe(0);
	await everyCardDrawn();
	// Where a student who scrolled there would have it: near the top, not at the very edge.
	await question.evaluate((card) => card.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, -120);
	await expect
		.poll(() => question.evaluate((card) => card.getBoundingClientRect().top))
		.toBeGreaterThan(0);
	const top = () => question.evaluate((card) => Math.round(card.getBoundingClientRect().top));
	return { page, problems, top, everyCardDrawn };
}

describe('a reload in the middle of the questions', () => {
	for (const [name, device] of Object.entries(SIZES)) {
		it(`brings ${name} back to the same question, where it was`, async () => {
			const { page, problems, top, everyCardDrawn } = await atQuestion(7, device);
			const before = await top();

			await page.reload();
			await everyCardDrawn();
			// Within a pixel: a scroll lands on the device's pixel grid.
			await expect.poll(async () => Math.abs((await top()) - before)).toBeLessThanOrEqual(1);
			expect(problems).toEqual([]);
		});
	}
});
