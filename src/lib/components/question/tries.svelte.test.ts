/**
 * Tries that mean something, for every question type: while tries are left a wrong answer gets a
 * hint at what is wrong and nothing of the key (no marks, no model answer, no explanation, no
 * evidence); a right answer, or the last try used, shows in words what was chosen, the answer and
 * what the text says. The button focused after Check is described by the verdict.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/model';
import type { Response } from '$lib/quiz/response';
import {
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	ORDERING_SOLUTION,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../../test-data/questions';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';

interface Case {
	question: Question;
	wrong: Response;
	right: Response;
	/** The verdict and hint a wrong answer with tries left gets. */
	hint: string;
	/** Words that give the key away: never in the feedback while tries are left. */
	key: string[];
	/** Once revealed after the wrong answer: what was chosen, and the answer, line by line. */
	chose: string;
	answer: string[];
}

const cases: Record<Question['type'], Case> = {
	'single-choice': {
		question: singleChoice(),
		wrong: { type: 'single-choice', choice: 0 },
		right: { type: 'single-choice', choice: 1 },
		hint: 'Not quite. Not this one.',
		key: ['Vladimir Putin and Emmanuel Macron'],
		chose: 'You chose: “Vladimir Putin and Volodymyr Zelensky”',
		answer: ['The answer is: “Vladimir Putin and Emmanuel Macron”']
	},
	'true-false-not-stated': {
		question: trueFalseNotStated({ answer: 'false' }),
		wrong: { type: 'true-false-not-stated', verdict: 'true' },
		right: { type: 'true-false-not-stated', verdict: 'false' },
		hint: 'Not quite. Not “true”.',
		key: ['false'],
		chose: 'You chose: true',
		answer: ['The answer is: false']
	},
	'multiple-select': {
		question: multipleSelect(),
		wrong: { type: 'multiple-select', choices: [0, 1] },
		right: { type: 'multiple-select', choices: [0, 2] },
		hint: 'Not quite. One of your picks is not right. One more answer fits.',
		key: ['international relations', 'sports'],
		chose: 'You chose: “energy markets” “sports”',
		answer: [
			'This pick is not right: “sports”',
			'You missed: “international relations”',
			'The answers are: “energy markets” “international relations”'
		]
	},
	'short-answer': {
		question: shortAnswer(),
		wrong: { type: 'short-answer', text: 'two weeks' },
		right: { type: 'short-answer', text: 'three years' },
		hint: 'Not quite. Find the words in the text',
		key: ['three years'],
		chose: 'You wrote: “two weeks”',
		answer: ['A model answer: three years']
	},
	'fill-blanks': {
		question: fillBlanks(),
		wrong: { type: 'fill-blanks', blanks: ['Macron', 'peace'] },
		right: { type: 'fill-blanks', blanks: ['Macron', 'negotiating'] },
		hint: 'Partly right: 1 of 2. Gap 2 is not right.',
		key: ['negotiating'],
		chose: 'You wrote: “Macron” “peace”',
		answer: [
			'The sentence reads: “Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table.”'
		]
	},
	ordering: {
		question: ordering(),
		wrong: { type: 'ordering', order: [0, 1, 2, 3] },
		right: { type: 'ordering', order: ORDERING_SOLUTION },
		hint: 'Not quite. No item is in its place yet.',
		key: ['order:'],
		chose: 'Your order:',
		answer: ['The text’s order:']
	},
	matching: {
		question: matching(),
		wrong: { type: 'matching', meanings: [1, 0, 2] },
		right: { type: 'matching', meanings: [1, 2, 0] },
		hint: 'Partly right: 1 of 3. One of three pairs is right.',
		key: ['it means', 'Matches:'],
		chose: 'sanctions: “penalties one country puts on another”',
		answer: [
			'These pairs are not right:',
			"de-escalation: not “a country's right to govern itself”; it means “making a conflict less intense”"
		]
	},
	evidence: {
		question: evidence(),
		wrong: { type: 'evidence', sentence: 'Yeah, you heard that right!' },
		right: { type: 'evidence', sentence: evidence().answer },
		hint: 'Not quite. That sentence does not say it.',
		key: ['negotiating table', 'strongest support'],
		chose: 'You chose: “Yeah, you heard that right!”',
		answer: ['The strongest support: “For the first time in three whole years']
	}
};

/** Any mark an input shows once an answer is revealed: each would show part of the key. */
const MARKS =
	/^(Right|Correct answer|Your choice: not right|Not right|Also correct: you missed this one|Right place|Not in this place)$/;

describe.each(Object.entries(cases))('%s', (_type, each) => {
	const { question } = each;

	it('gives a wrong answer with a try left a hint, and nothing of the key', () => {
		render(QuestionHarness, { question, answered: [each.wrong] });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(each.hint);
		expect(status).toHaveTextContent('You have one more try.');
		for (const words of [
			...each.key,
			question.explanation,
			'The text says',
			...question.evidence
		]) {
			expect(status).not.toHaveTextContent(words);
		}
		expect(screen.queryAllByText(MARKS)).toEqual([]);
		expect(screen.queryByText(/^Matches:/)).toBeNull();
		expect(screen.queryByRole('button', { name: /^Show where the text says so/ })).toBeNull();
		expect(screen.getByRole('button', { name: /^Try again/ })).toHaveAccessibleDescription(
			expect.stringContaining(each.hint)
		);
	});

	it('reveals the choice, the answer and what the text says once the tries are used up', () => {
		render(QuestionHarness, { question, answered: [each.wrong, each.wrong] });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent(each.chose);
		for (const line of each.answer) {
			expect(status).toHaveTextContent(line);
		}
		expect(status).toHaveTextContent(`The text says: “${question.evidence[0]}”`);
		expect(status).toHaveTextContent(question.explanation);
		expect(screen.queryByRole('button', { name: /^Try again/ })).toBeNull();
		expect(
			screen.getByRole('button', { name: /^Show where the text says so/ })
		).toHaveAccessibleDescription(/^(Not quite|Partly right)/);
	});

	it('reveals everything after a right answer and offers no Try again', () => {
		render(QuestionHarness, { question, answered: [each.right] });
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Right.');
		expect(status).toHaveTextContent(`The text says: “${question.evidence[0]}”`);
		expect(status).toHaveTextContent(question.explanation);
		expect(screen.queryByRole('button', { name: /^Try again/ })).toBeNull();
		expect(
			screen.getByRole('button', { name: /^Show where the text says so/ })
		).toHaveAccessibleDescription('Right.');
	});
});

describe('the verdict after Check', () => {
	it('is the description of the Try again button that Check moves the focus to', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: singleChoice() });
		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: /^Check question/ }));
		const again = screen.getByRole('button', { name: /^Try again/ });
		await expect.poll(() => document.activeElement).toBe(again);
		expect(again).toHaveAccessibleDescription(
			expect.stringMatching(/^Not quite\. Not this one\..*You have one more try\.$/)
		);
	});

	it('shows the key on the second wrong try of two, in marks and in words', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: singleChoice() });
		const wrong = screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' });
		await user.click(wrong);
		await user.click(screen.getByRole('button', { name: /^Check question/ }));
		expect(screen.queryByText('Correct answer')).toBeNull();
		await user.click(screen.getByRole('button', { name: /^Try again/ }));
		await user.click(screen.getByRole('button', { name: /^Check question/ }));
		expect(screen.getByText('Correct answer')).toBeInTheDocument();
		expect(screen.getByRole('status')).toHaveTextContent(
			'The answer is: “Vladimir Putin and Emmanuel Macron”'
		);
		expect(screen.getByRole('status')).toHaveTextContent('Attempt 2.');
	});

	it('shows the text’s order of an ordering as a numbered list', () => {
		const question = ordering();
		render(QuestionHarness, { question, answered: [cases.ordering.wrong, cases.ordering.wrong] });
		const label = screen.getByText('The text’s order:');
		const list = label.nextElementSibling as HTMLElement;
		expect(list.tagName).toBe('OL');
		expect(
			within(list)
				.getAllByRole('listitem')
				.map((item) => item.textContent)
		).toEqual(question.answer);
	});
});
