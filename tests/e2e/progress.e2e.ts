/**
 * Proves progress that teaches and never loses work: the dashboard and review queue follow the
 * answers; export, import (merged) and reset (with undo) work; two open tabs see each other's
 * answers and never overwrite them; a full storage says so and keeps what was saved.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useBrowser, useDownloads, type Page } from './site';

const { newStudent } = useBrowser();
const savedAs = useDownloads();

// The right answer to the first question of back-at-the-table.
const FIRST_KEY = 'Vladimir Putin and Emmanuel Macron';

/**
 * Answers the reading's first question: with its second choice as this student sees them
 * ('any'), or, on back-at-the-table, right or wrong for certain. Each student sees the choices in
 * an order of their own, so the second choice may be the right one.
 */
async function answerFirst(page: Page, reading: string, choice: 'any' | 'right' | 'wrong' = 'any') {
	await page.goto(`/read/${reading}/`);
	const question = page.getByRole('group', { name: /^Question 1/ });
	if (choice === 'right') {
		await question.getByRole('radio', { name: FIRST_KEY }).check();
	} else if (choice === 'wrong') {
		await question
			.getByRole('radio', { name: new RegExp(`^(?!${FIRST_KEY}$)`) })
			.first()
			.check();
	} else {
		await question.getByRole('radio').nth(1).check();
	}
	await question.getByRole('button', { name: 'Check' }).click();
	await question
		.getByRole('button', { name: /Try again|Show where/ })
		.first()
		.waitFor();
}

const stored = (page: Page) =>
	page.evaluate(() => JSON.parse(localStorage.getItem('close-read:progress') ?? '{}'));

describe('the progress dashboard and review', () => {
	it('shows mastery, the next step and a review queue that answering updates', async () => {
		const { page, problems } = await newStudent();
		// Wrong, so that the question is due for review at once.
		await answerFirst(page, 'back-at-the-table', 'wrong');
		await page.goto('/progress/');
		await page.getByRole('heading', { level: 2, name: 'By skill' }).waitFor();
		expect(
			await page.getByRole('img', { name: /Mastery by skill/ }).getAttribute('aria-label')
		).toMatch(/Key details: /);
		expect(await page.getByRole('region', { name: 'Overview' }).textContent()).toMatch(
			/1 of \d+ questions answered/
		);
		await page.getByRole('heading', { name: 'What to do next' }).waitFor();

		await page.goto('/');
		const review = page.getByRole('link', { name: /Review \(1 due\)/ });
		await review.click();
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio', { name: FIRST_KEY }).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toContain('Right.');
		await page.getByRole('button', { name: 'Finish the review' }).click();
		await page.getByText('That was the last one').waitFor();
		await page.goto('/');
		await page.getByRole('link', { name: /Review \(0 due\)/ }).waitFor();
		expect(problems).toEqual([]);
	}, 60_000);
});

describe('export, import and reset', () => {
	it('exports to a dated file, imports it elsewhere merged, and resets with an undo', async () => {
		const one = await newStudent({ acceptDownloads: true });
		await answerFirst(one.page, 'back-at-the-table', 'right');
		await one.page.goto('/progress/');
		const [download] = await Promise.all([
			one.page.waitForEvent('download'),
			one.page.getByRole('button', { name: 'Export my progress' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^close-read-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const path = savedAs(download.suggestedFilename());
		await download.saveAs(path);

		// Another device with its own answer: importing adds, never overwrites.
		const two = await newStudent();
		await answerFirst(two.page, 'a-long-hard-war');
		await two.page.goto('/progress/');
		await two.page.getByLabel('Import a progress file').setInputFiles(path);
		await two.page.getByText(/Imported .*: 1 answer added, 0 already here/).waitFor();
		expect((await stored(two.page)).attempts).toHaveLength(2);

		// A damaged file is refused with a reason and nothing changes.
		await two.page.getByLabel('Import a progress file').setInputFiles({
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from((await readFile(path, 'utf8')).slice(0, 40))
		});
		await two.page.getByText(/“broken.json”: .*Nothing was imported/).waitFor();
		expect((await stored(two.page)).attempts).toHaveLength(2);

		await two.page.getByRole('button', { name: 'Reset all progress…' }).click();
		await two.page.getByRole('button', { name: 'Yes, delete all my progress' }).click();
		await two.page.getByText('All progress was reset.').waitFor();
		expect((await stored(two.page)).attempts ?? []).toHaveLength(0);
		await two.page.getByRole('button', { name: 'Undo the reset' }).click();
		await two.page.getByText('Your progress is back.').waitFor();
		expect((await stored(two.page)).attempts).toHaveLength(2);
	});
});

describe('storage that never loses work', () => {
	it('lets two tabs see each other’s answers, and neither overwrites the other', async () => {
		const { context, page: first } = await newStudent();
		const second = await context.newPage();
		await first.goto('/read/back-at-the-table/');
		await second.goto('/read/back-at-the-table/');
		await first.getByText('0 of 9 questions answered').waitFor();
		await second.getByText('0 of 9 questions answered').waitFor();

		const one = first.getByRole('group', { name: /^Question 1/ });
		await one.getByRole('radio').first().check();
		await one.getByRole('button', { name: 'Check' }).click();
		// The other tab shows that answer without a reload: the storage event.
		await second.getByText('1 of 9 questions answered').waitFor();
		expect(
			await second
				.getByRole('group', { name: /^Question 1/ })
				.getByRole('button', { name: /^(Try again|Show where the text says so) / })
				.isVisible()
		).toBe(true);

		// It answers another question; the first tab's answer is kept and shows up there too.
		const two = second.getByRole('group', { name: /^Question 2/ });
		await two.getByRole('radio').first().check();
		await two.getByRole('button', { name: 'Check' }).click();
		await first.getByText('2 of 9 questions answered').waitFor();
		expect((await stored(first)).attempts).toHaveLength(2);
		await second.close();
	});

	it('says when storage is full, keeps what was saved, and offers a copy', async () => {
		const { page, context } = await newStudent();
		await answerFirst(page, 'back-at-the-table');
		await context.addInitScript(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key === 'close-read:progress') {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				}
				setItem.call(this, key, value);
			};
		});
		await answerFirst(page, 'a-long-hard-war');
		const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
		await alert.waitFor();
		await alert.getByRole('button', { name: 'Download my progress' }).waitFor();
		expect((await stored(page)).attempts).toHaveLength(1);
	});

	it('keeps the last answer when the tab is closed right after it', async () => {
		const { context, page } = await newStudent();
		await answerFirst(page, 'back-at-the-table');
		await page.close();
		const again = await context.newPage();
		await again.goto('/read/back-at-the-table/');
		await again.getByText('1 of 9 questions answered').waitFor();
	});
});
