/**
 * Proves every question type can be answered right with the keyboard alone (Tab, Shift+Tab,
 * arrows, Space, Enter, typing) and gets its feedback; and that a glossary word opens its
 * meaning from the keyboard and closes with Escape.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { QUESTION_TYPES } from '../../src/lib/content/kinds';
import type { Question } from '../../src/lib/content/model';
import { readContentFiles } from '../../scripts/content-files';
import { answerRightWithKeyboard, tabTo } from './keyboard';
import { escape, useBrowser } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

function firstOfType(type: Question['type']): Question {
	const question = bank.questions.find((q) => q.type === type && q.readingId !== null);
	if (!question) {
		throw new Error(`The bank has no ${type} question in a reading`);
	}
	return question;
}

describe('every question type, by keyboard alone', () => {
	it.each(QUESTION_TYPES)('answers a %s question right and shows its feedback', async (type) => {
		const question = firstOfType(type);
		const { page, problems } = await newStudent();
		await page.goto(`/read/${question.readingId}/`);
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		await group.waitFor();

		await answerRightWithKeyboard(page, group, question);

		const status = group.getByRole('status');
		await expect.poll(() => status.textContent()).toContain('Right.');
		expect(await status.textContent()).toContain(question.explanation);
		// The evidence is highlighted in the passage.
		const highlighted = await page.locator('mark').allTextContents();
		expect(highlighted.length).toBeGreaterThan(0);
		for (const words of highlighted) {
			expect(question.evidence.some((quote) => quote.includes(words))).toBe(true);
		}
		expect(problems).toEqual([]);
	});
});

describe('the glossary in a reading', () => {
	it('opens a word’s meaning with Enter and closes it with Escape', async () => {
		const { page } = await newStudent();
		const term = bank.glossary.find((entry) => entry.readingId === 'back-at-the-table');
		expect(term).toBeDefined();
		await page.goto('/read/back-at-the-table/');
		await page.getByRole('heading', { level: 1 }).waitFor();

		await tabTo(
			page,
			(focused) => focused.tag === 'button' && focused.describedBy === 'glossary-hint'
		);
		const word = await page.evaluate(() => document.activeElement?.textContent ?? '');
		await page.keyboard.press('Enter');
		const meaning = page.getByRole('dialog', { name: /^Meaning of / });
		await meaning.waitFor();
		const entry = bank.glossary.find((candidate) =>
			candidate.forms.some((form) => form.toLowerCase() === word.toLowerCase())
		);
		expect(await meaning.textContent()).toContain(entry?.definition ?? '(no entry)');

		await page.keyboard.press('Escape');
		await meaning.waitFor({ state: 'hidden' });
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(word);
	});

	it('lists every term on the glossary page, alphabetically, with a link to its reading', async () => {
		const { page } = await newStudent();
		await page.goto('/glossary/');
		const terms = await page.getByRole('term').allTextContents();
		expect(terms).toHaveLength(bank.glossary.length);
		const names = terms.map((text) => text.replace(/\s*\(.*\)$/, ''));
		expect(names).toEqual(
			[...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))
		);
		await page
			.getByRole('link', { name: /Read it in/ })
			.first()
			.click();
		await page.waitForURL(/\/read\/[a-z0-9-]+\/$/);
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Glossary');
	});
});
