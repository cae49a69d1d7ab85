/**
 * Tries that mean something, on the real reading page: for every question type, a wrong answer
 * with a try left says what is wrong and shows nothing of the key, in words or in marks, and no
 * evidence is highlighted; and the verdict reaches a screen reader with the focus, as Chromium's
 * accessibility tree shows it: the button Check moves the focus to is described by the verdict.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '../../src/lib/content/kinds';
import type { Question } from '../../src/lib/content/model';
import { loadBank } from '../../src/lib/server/load';
import { readContentFiles } from '../../scripts/content-files';
import { escape, useBrowser, type Page } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

function firstOfType(type: Question['type']): Question {
	const question = bank.questions.find((q) => q.type === type && q.readingId !== null);
	if (!question) {
		throw new Error(`The bank has no ${type} question in a reading`);
	}
	return question;
}

/** Answers `question` wrong through its inputs, as a student would, and checks it. */
async function answerWrong(page: Page, group: Locator, question: Question): Promise<void> {
	switch (question.type) {
		case 'single-choice': {
			const wrong = question.choices.find((_, index) => index !== question.answer) ?? '';
			await group.getByRole('radio', { name: wrong, exact: true }).check();
			break;
		}
		case 'true-false-not-stated': {
			const wrong = question.answer === 'true' ? 'False' : 'True';
			await group.getByRole('radio', { name: wrong, exact: true }).check();
			break;
		}
		case 'multiple-select': {
			const wrong = question.choices.find((_, index) => !question.answer.includes(index)) ?? '';
			await group.getByRole('checkbox', { name: wrong, exact: true }).check();
			break;
		}
		case 'short-answer':
			await group.getByRole('textbox', { name: 'Your answer' }).fill('a hippopotamus');
			break;
		case 'fill-blanks':
			for (let gap = 0; gap < question.answer.length; gap++) {
				const name = new RegExp(`^Gap ${gap + 1} of`);
				if (question.bank) {
					const accepted = question.answer[gap] ?? [];
					const wrong = question.bank.find((word) => !accepted.includes(word)) ?? '';
					await group.getByRole('combobox', { name }).selectOption(wrong);
				} else {
					await group.getByRole('textbox', { name }).fill('hippopotamus');
				}
			}
			break;
		case 'ordering':
			// The items are first shown in a shuffle that is never the text's order.
			break;
		case 'matching':
			// Each term takes the next term's meaning: every pair wrong, no meaning used twice.
			for (let term = 0; term < question.terms.length; term++) {
				const wrong = question.answer[(term + 1) % question.terms.length] ?? 0;
				await group
					.getByRole('combobox', { name: question.terms[term], exact: true })
					.selectOption(String(wrong));
			}
			break;
		case 'evidence': {
			await group.getByRole('button', { name: /^Choose the sentence/ }).click();
			const reading = bank.readings.find((each) => each.id === question.readingId);
			const wrong = reading?.sentences.find((sentence) => sentence !== question.answer) ?? '';
			await page
				.getByRole('region', { name: 'The reading' })
				.getByRole('button', { name: wrong, exact: true })
				.click();
			break;
		}
	}
	await group.getByRole('button', { name: 'Check' }).click();
}

/** Words of the key that a hint must never say. */
function keyWords(question: Question): string[] {
	switch (question.type) {
		case 'single-choice':
			return [question.choices[question.answer] ?? ''];
		case 'true-false-not-stated':
			return ['The answer is'];
		case 'multiple-select':
			return question.answer.map((index) => question.choices[index] ?? '');
		case 'short-answer':
			return [question.answer];
		case 'fill-blanks':
			return ['The sentence reads'];
		case 'ordering':
			return ['The text’s order'];
		case 'matching':
			return ['it means'];
		case 'evidence':
			return [question.answer, 'The strongest support'];
	}
}

/** Every mark an input shows once the key is revealed. */
const MARKS =
	/^(Right|Correct answer|Your choice: not right|Not right|Also correct: you missed this one|Right place|Not in this place)$|^Matches:/;

describe('a wrong answer with a try left, on the reading page', () => {
	it.each(QUESTION_TYPES)(
		'never shows the key of a %s question',
		async (type) => {
			const question = firstOfType(type);
			const { page, problems } = await newStudent();
			await page.goto(`/read/${question.readingId}/`);
			const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
			await group.waitFor();

			await answerWrong(page, group, question);

			const status = group.getByRole('status');
			await expect.poll(() => status.textContent()).toContain('You have one more try.');
			const said = ((await status.textContent()) ?? '').trim();
			expect(said).toMatch(/^(Not quite|Partly right)/);
			for (const words of [
				...keyWords(question),
				question.explanation,
				'The text says',
				...question.evidence
			]) {
				expect(said).not.toContain(words);
			}
			// No mark on any option, gap, place or pair; no evidence highlighted in the passage.
			expect(await group.getByText(MARKS).count()).toBe(0);
			expect(await page.locator('mark').count()).toBe(0);
			expect(await group.getByRole('button', { name: 'Show where the text says so' }).count()).toBe(
				0
			);
			expect(await group.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
			expect(problems).toEqual([]);
		},
		60_000
	);
});

interface AXNode {
	role?: { value?: string };
	name?: { value?: string };
	description?: { value?: string };
	properties?: { name: string; value: { value?: unknown } }[];
}

/** The focused node of Chromium's accessibility tree, as a screen reader is given it. */
async function focusedNode(page: Page): Promise<AXNode | undefined> {
	const cdp = await page.context().newCDPSession(page);
	try {
		const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
		// The document itself counts as focused too: the element is the focused node inside it.
		return nodes.find(
			(node) =>
				node.role?.value !== 'RootWebArea' &&
				node.properties?.some((property) => property.name === 'focused' && property.value.value)
		);
	} finally {
		await cdp.detach();
	}
}

describe('the verdict in the accessibility tree', () => {
	it('describes the button Check moves the focus to, wrong and then right', async () => {
		const question = firstOfType('single-choice');
		if (question.type !== 'single-choice') {
			throw new Error('Not a single choice');
		}
		const { page } = await newStudent();
		await page.goto(`/read/${question.readingId}/`);
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		await answerWrong(page, group, question);

		await expect
			.poll(async () => (await focusedNode(page))?.name?.value)
			.toBe('Try again on question 1');
		const wrong = await focusedNode(page);
		expect(wrong?.role?.value).toBe('button');
		expect(wrong?.description?.value).toMatch(/^Not quite\. Not this one\..*one more try\.$/);

		await page.keyboard.press('Enter');
		await group
			.getByRole('radio', { name: question.choices[question.answer] ?? '', exact: true })
			.check();
		await group.getByRole('button', { name: 'Check' }).click();
		await expect
			.poll(async () => (await focusedNode(page))?.name?.value)
			.toBe('Show where the text says so for question 1');
		expect((await focusedNode(page))?.description?.value).toBe('Right.');
		// Once right, the feedback says in words what the text says.
		expect(await group.getByRole('status').textContent()).toContain(
			`The text says: “${question.evidence[0]}”`
		);
	}, 60_000);
});

describe.each(['light', 'dark'] as const)('partly right, in the %s theme', (theme) => {
	it('has its own words and passes axe', async () => {
		const question = bank.questions.find(
			(q) => q.type === 'multiple-select' && q.readingId !== null && q.answer.length > 1
		);
		if (!question || question.type !== 'multiple-select') {
			throw new Error('The bank has no multiple select with two answers');
		}
		const { page } = await newStudent({ colorScheme: theme });
		await page.goto(`/read/${question.readingId}/`);
		const group = page.getByRole('group', { name: new RegExp(escape(question.prompt)) });
		await group
			.getByRole('checkbox', { name: question.choices[question.answer[0] ?? 0], exact: true })
			.check();
		await group.getByRole('button', { name: 'Check' }).click();
		await expect
			.poll(async () => (await group.getByRole('status').textContent())?.trim())
			.toMatch(/^Partly right/);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
			.analyze();
		expect(results.violations.map((violation) => violation.id)).toEqual([]);
	}, 90_000);
});
