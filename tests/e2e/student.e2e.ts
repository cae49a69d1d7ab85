/**
 * Proves the student's first visit and return: from the home page into a reading, every question
 * answered with the keyboard alone, feedback with the evidence highlighted, the answers still there
 * after a reload, and the counts on the progress page.
 */
import { describe, expect, it } from 'vitest';
import { answerWithKeyboard } from './keyboard';
import { useBrowser } from './site';

const { newStudent } = useBrowser();

describe('a student reading on their own', () => {
	it('reads, answers every question by keyboard, and finds everything kept after a reload', async () => {
		const { page, problems } = await newStudent();
		await page.goto('/');
		await page.getByRole('link', { name: /Start with “Back at the table”/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Back at the table' }).waitFor();

		const questions = page.getByRole('group', { name: /^Question \d+/ });
		const count = await questions.count();
		expect(count).toBeGreaterThanOrEqual(4);
		await page.keyboard.press('Tab'); // into the page, from the top: the skip link first
		for (let i = 0; i < count; i++) {
			const question = questions.nth(i);
			await answerWithKeyboard(page, question);
			const status = question.getByRole('status');
			await expect.poll(() => status.textContent()).toMatch(/Right\.|Partly right|Not quite\./);
			if ((await status.textContent())?.trim().startsWith('Right.')) {
				// Right: the explanation is shown and the evidence is highlighted in the passage.
				await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
			} else {
				// Wrong with a try left: a hint, and the key kept back for the second try.
				expect(await status.textContent()).toContain('You have one more try.');
			}
		}
		expect(await page.getByText(`${count} of ${count} questions answered`).isVisible()).toBe(true);
		// A finished reading ends with its summary and the way on.
		const summary = page.getByRole('region', { name: 'Reading finished' });
		expect(await summary.textContent()).toMatch(/Your score: \d+%/);
		expect(
			await summary.getByRole('link', { name: /^Next reading: A glimmer of hope/ }).isVisible()
		).toBe(true);

		await page.reload();
		await page.getByText(`${count} of ${count} questions answered`).waitFor();
		for (let i = 0; i < count; i++) {
			const question = questions.nth(i);
			// A wrong answer keeps its second try; a right one offers the evidence instead.
			expect(
				await question
					.getByRole('button', { name: /^(Try again|Show where the text says so) / })
					.isVisible()
			).toBe(true);
			expect(await question.getByRole('status').textContent()).toMatch(
				/Right\.|Partly right|Not quite\./
			);
		}

		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Progress' })
			.click();
		const row = page.getByRole('row', { name: /Back at the table/ });
		await row.waitFor();
		expect(await row.getByRole('cell').first().textContent()).toBe(`${count} of ${count}`);
		expect(
			await page
				.getByRole('row', { name: /A glimmer of hope/ })
				.getByRole('cell')
				.first()
				.textContent()
		).toMatch(/^0 of \d+$/);
		await page.goto('/');
		expect(
			await page.getByRole('link', { name: /Continue: “A glimmer of hope”/ }).isVisible()
		).toBe(true);
		expect(problems).toEqual([]);
	}, 60_000);

	it('keeps a right answer right: the correct choice is marked and the score counts it', async () => {
		const { page } = await newStudent();
		await page.goto('/read/back-at-the-table/');
		const question = page.getByRole('group', { name: /Which two leaders are reportedly back/ });
		await question.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toContain('Right.');
		expect((await page.locator('mark').allTextContents()).join('')).toBe(
			'Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table'
		);

		await page.goto('/progress/');
		const row = page.getByRole('row', { name: /Back at the table/ });
		await row.waitFor();
		expect(await row.getByRole('cell').allTextContents()).toEqual(['1 of 9', '1', '100%']);
	});
});

describe('when stored progress is damaged or storage is off', () => {
	it('starts with a fresh record, explains in plain words, and keeps the old data', async () => {
		const { page, context } = await newStudent();
		await context.addInitScript(() => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('close-read:progress', '{"version": 1, "attempts": [garbage');
				sessionStorage.setItem('seeded', 'yes');
			}
		});
		await page.goto('/');
		const alert = page.getByRole('alert');
		await alert.waitFor();
		expect(await alert.textContent()).toContain('Your saved progress could not be read');
		const backups = await page.evaluate(() =>
			Object.keys(localStorage).filter((key) => key.startsWith('close-read:progress:backup:'))
		);
		expect(backups).toHaveLength(1);
		expect(await page.evaluate((key) => localStorage.getItem(key), backups[0] ?? '')).toBe(
			'{"version": 1, "attempts": [garbage'
		);

		// The app goes on: an answer is kept in the fresh record.
		await page.getByRole('link', { name: /Start with/ }).click();
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await question
			.getByRole('button', { name: /^(Try again|Show where the text says so) / })
			.waitFor();
		const stored = await page.evaluate(() => localStorage.getItem('close-read:progress'));
		expect(JSON.parse(stored ?? '{}').attempts).toHaveLength(1);
	});

	it('works without storage and says progress will not be kept', async () => {
		const { page, context, problems } = await newStudent();
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				}
			});
		});
		await page.goto('/read/back-at-the-table/');
		const notice = page.getByRole('status').filter({ hasText: 'not letting Close Read save' });
		await notice.waitFor();
		expect(await notice.textContent()).toContain('will not be kept');
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect
			.poll(() => question.getByRole('status').textContent())
			.toMatch(/Right\.|Not quite\./);
		expect(problems).toEqual([]);
	});
});
