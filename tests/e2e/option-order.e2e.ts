/**
 * Options are shown in each student's own order, so where the key sits says nothing: on a fresh
 * visit the single-choice keys are not all shown first (as the bank writes them), a reload shows
 * the same order, and an answer given still shows as given.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import type { SingleChoiceQuestion } from '../../src/lib/content/model';
import { readContentFiles } from '../../scripts/content-files';
import { escape, useBrowser, type Page } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

const singles = bank.questions.filter(
	(question): question is SingleChoiceQuestion =>
		question.type === 'single-choice' && question.readingId !== null
);
// The first five readings' single-choice questions: enough that a student seeing every key first
// by chance is far less likely than a flake is tolerable (about one in a million).
const readingIds = [...new Set(singles.map((question) => question.readingId ?? ''))].slice(0, 5);
const questionsOf = (readingId: string) =>
	singles.filter((question) => question.readingId === readingId);

/** The options of each single-choice question on the page, as shown, top to bottom. */
async function shownOptions(page: Page, questions: SingleChoiceQuestion[]): Promise<string[][]> {
	const shown: string[][] = [];
	for (const question of questions) {
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		await group.getByRole('radio').first().waitFor();
		shown.push(
			await group
				.getByRole('radio')
				.evaluateAll((radios) =>
					radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')
				)
		);
	}
	return shown;
}

describe('options in an order that carries no information', () => {
	it('does not show every key first, and shows the same order after a reload', async () => {
		const questions = readingIds.flatMap(questionsOf);
		// The bank writes most keys first: the cue this order must hide.
		expect(questions.filter((question) => question.answer === 0).length).toBeGreaterThan(
			questions.length / 2
		);
		const { page, problems } = await newStudent();
		const shown: string[][] = [];
		for (const readingId of readingIds) {
			await page.goto(`/read/${readingId}/`);
			shown.push(...(await shownOptions(page, questionsOf(readingId))));
		}
		shown.forEach((options, i) =>
			expect([...options].sort()).toEqual([...(questions[i]?.choices ?? [])].sort())
		);
		const keyFirst = questions.filter(
			(question, i) => shown[i]?.[0] === question.choices[question.answer]
		);
		expect(keyFirst.length / questions.length).toBeLessThan(1);

		// Answer a question with the option shown last, then reload: same order, same answer.
		const last = questionsOf(readingIds.at(-1) ?? '');
		const before = await shownOptions(page, last);
		const question = last[0]!;
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		const picked = before[0]!.at(-1)!;
		await group.getByRole('radio', { name: picked, exact: true }).check();
		await group.getByRole('button', { name: 'Check' }).click();
		await group
			.getByRole('button', { name: /^(Try again|Show where the text says so) / })
			.waitFor();

		await page.reload();
		expect(await shownOptions(page, last)).toEqual(before);
		expect(await group.getByRole('radio', { name: picked, exact: true }).isChecked()).toBe(true);
		expect(await page.evaluate(() => localStorage.getItem('close-read:order-seed'))).toMatch(
			/^[a-z0-9]{16}$/
		);
		expect(problems).toEqual([]);
	}, 120_000);

	it('gives another student another order', async () => {
		const questions = questionsOf(readingIds[0] ?? '');
		const orders: string[] = [];
		for (let student = 0; student < 3; student++) {
			const { page } = await newStudent();
			await page.goto(`/read/${readingIds[0]}/`);
			orders.push(JSON.stringify(await shownOptions(page, questions)));
		}
		expect(new Set(orders).size).toBeGreaterThan(1);
	}, 90_000);
});
