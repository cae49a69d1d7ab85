/**
 * What a screen reader says about each question type: the question is a heading, every button
 * names its question, gaps are named with the words around them, a mark describes the option it
 * sits in, word-bank words fill a gap, a meaning already used says so, and Enter checks a typed
 * answer.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuestionType } from '$lib/content/model';
import type { QuestionOf, ResponseOf } from '$lib/quiz/question-types';
import type { PartMark } from '$lib/quiz/response';
import {
	everyType,
	fillBlanks,
	matching,
	multipleSelect,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../../test-data/questions';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';
import FillBlanksInput from './FillBlanksInput.svelte';
import type { InputProps } from './inputs';
import MatchingInput from './MatchingInput.svelte';
import MultipleSelectInput from './MultipleSelectInput.svelte';
import OrderingInput from './OrderingInput.svelte';
import SingleChoiceInput from './SingleChoiceInput.svelte';
import VerdictInput from './VerdictInput.svelte';

/** The props every input takes, for a checked answer shown with `marks`. */
function checked<T extends QuestionType>(
	question: QuestionOf<T>,
	response: ResponseOf<T>,
	marks: (PartMark | null)[]
): InputProps<T> {
	return {
		id: `question-${question.id}`,
		number: 5,
		question,
		response,
		locked: true,
		marks,
		optionOrder: marks.map((_, index) => index),
		onchange: () => {},
		oncheck: () => {}
	};
}

// The first render loads the question inputs: slow on a busy machine, not a sign of trouble.
describe('every question type on its card', { timeout: 15_000 }, () => {
	beforeEach(() => {
		// jsdom cannot speak: pretend it can, so the read-aloud button is there.
		vi.stubGlobal('speechSynthesis', {});
		vi.stubGlobal('SpeechSynthesisUtterance', class {});
	});
	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it.each(everyType().map((question) => [question.type, question] as const))(
		'the %s type: the question is a heading under the page’s h2, and its buttons name it',
		(_, question) => {
			render(QuestionHarness, { question, number: 5 });
			const heading = screen.getByRole('heading', { level: 3 });
			expect(heading).toHaveAccessibleName(`Question 5 ${question.prompt}`);
			expect(screen.getByRole('group')).toHaveAccessibleName(`Question 5 ${question.prompt}`);
			expect(screen.getByRole('button', { name: 'Read question 5 aloud' })).toBeVisible();
			expect(screen.getByRole('button', { name: 'Check question 5' })).toHaveTextContent(
				/^Check\b/
			);
		}
	);

	it('names the buttons that come after checking by their question', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: singleChoice(), number: 5 });
		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Check question 5' }));
		await user.click(screen.getByRole('button', { name: 'Try again on question 5' }));
		// The second wrong try of two uses the tries up, and the evidence is offered.
		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Check question 5' }));
		expect(
			screen.getByRole('button', { name: 'Show where the text says so for question 5' })
		).toBeVisible();
	});
});

describe('marks once checked', () => {
	it('describes each choice by its own mark, inside that choice’s box', () => {
		const question = singleChoice();
		render(SingleChoiceInput, {
			props: checked(question, { type: 'single-choice', choice: 2 }, ['right', null, 'wrong'])
		});
		const [zelensky, macron, scholz] = question.choices.map((choice) =>
			screen.getByRole('radio', { name: choice })
		);
		expect(zelensky).toHaveAccessibleDescription('Correct answer');
		expect(macron).toHaveAccessibleDescription('');
		expect(scholz).toHaveAccessibleDescription('Your choice: not right');
		// The words sit in the option they describe, not between two options.
		const boxes = screen.getAllByRole('listitem');
		expect(boxes.map((box) => box.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			`${question.choices[0]} Correct answer`,
			`${question.choices[1]}`,
			`${question.choices[2]} Your choice: not right`
		]);
	});

	it('says a right pick is right, and a missed one is missed, on a multiple select', () => {
		const question = multipleSelect();
		render(MultipleSelectInput, {
			props: checked(question, { type: 'multiple-select', choices: [0, 1] }, [
				'right',
				'wrong',
				'missed',
				null
			])
		});
		expect(screen.getByRole('checkbox', { name: 'energy markets' })).toHaveAccessibleDescription(
			'Right'
		);
		expect(screen.getByRole('checkbox', { name: 'sports' })).toHaveAccessibleDescription(
			'Your choice: not right'
		);
		expect(
			screen.getByRole('checkbox', { name: 'international relations' })
		).toHaveAccessibleDescription('Also correct: you missed this one');
	});

	it('marks a verdict in its own option', () => {
		render(VerdictInput, {
			props: checked(trueFalseNotStated(), { type: 'true-false-not-stated', verdict: 'false' }, [
				'right',
				'wrong',
				null
			])
		});
		expect(screen.getByRole('radio', { name: 'True' })).toHaveAccessibleDescription(
			'Correct answer'
		);
		expect(screen.getByRole('radio', { name: 'False' })).toHaveAccessibleDescription(
			'Your choice: not right'
		);
		expect(screen.getByRole('radio', { name: 'Not stated' })).toHaveAccessibleDescription('');
	});

	it('describes each gap by its mark', () => {
		render(FillBlanksInput, {
			props: checked(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron', 'peace'] }, [
				'right',
				'wrong'
			])
		});
		const [first, second] = screen.getAllByRole('textbox');
		expect(first).toHaveAccessibleDescription('Right');
		expect(second).toHaveAccessibleDescription('Not right');
	});

	it('describes a wrong match by its mark and the meaning that matches', () => {
		const question = matching();
		render(MatchingInput, {
			props: checked(question, { type: 'matching', meanings: [1, 2, 1] }, [
				'right',
				'right',
				'wrong'
			])
		});
		expect(screen.getByRole('combobox', { name: 'sanctions' })).toHaveAccessibleDescription(
			'Right'
		);
		expect(screen.getByRole('combobox', { name: 'sovereignty' })).toHaveAccessibleDescription(
			"Not right Matches: a country's right to govern itself"
		);
	});

	it('keeps an ordering mark in the item it judges', () => {
		const question = ordering();
		render(OrderingInput, {
			props: checked(question, { type: 'ordering', order: [1, 0, 2, 3] }, [
				'right',
				'wrong',
				'wrong',
				'wrong'
			])
		});
		const items = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
		expect(items[0]).toHaveTextContent(`${question.items[1]}`);
		expect(items[0]).toHaveTextContent('Right place');
		expect(items[1]).toHaveTextContent('Not in this place');
	});
});

describe('fill in the blanks', () => {
	it('names each typed gap with the words before it', () => {
		render(QuestionHarness, { question: fillBlanks() });
		expect(screen.getAllByRole('textbox').map((gap) => gap.getAttribute('aria-label'))).toEqual([
			'Gap 1 of 2: after “Vladimir Putin and Emmanuel”',
			'Gap 2 of 2: after “are reportedly back at the”'
		]);
	});

	it('puts a tapped word in the first empty gap, or in the gap the student was in', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, {
			question: fillBlanks({ bank: ['Macron', 'dinner', 'negotiating', 'Scholz'] })
		});
		const first = screen.getByRole('combobox', { name: /^Gap 1 of 2: after “/ });
		const second = screen.getByRole('combobox', { name: /^Gap 2 of 2: after “/ });
		const bank = screen.getByRole('list', { name: /^Word bank/ });

		await user.click(within(bank).getByRole('button', { name: 'Put “Scholz” in gap 1' }));
		expect(first).toHaveValue('Scholz');
		expect(screen.getByText('“Scholz” is in gap 1 now.')).toBeInTheDocument();
		// The next word goes to the next empty gap; a word in use says where it is.
		expect(
			within(bank).getByRole('button', { name: 'Put “Scholz” in gap 2 (now in gap 1)' })
		).toBeInTheDocument();
		await user.click(within(bank).getByRole('button', { name: 'Put “negotiating” in gap 2' }));
		expect(second).toHaveValue('negotiating');

		// Back in the first gap, the next word replaces its word.
		first.focus();
		await user.click(within(bank).getByRole('button', { name: 'Put “Macron” in gap 1' }));
		expect(first).toHaveValue('Macron');
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
		expect(
			within(bank)
				.getAllByRole('button')
				.every((word) => word.hasAttribute('disabled'))
		).toBe(true);
	});
});

describe('matching', () => {
	it('says in a meaning’s option which other term already has it, and shows the chosen meaning whole', async () => {
		const user = userEvent.setup();
		const question = matching();
		render(QuestionHarness, { question });
		await user.selectOptions(
			screen.getByRole('combobox', { name: 'sanctions' }),
			'penalties one country puts on another'
		);
		const sovereignty = screen.getByRole('combobox', { name: 'sovereignty' });
		expect(
			within(sovereignty)
				.getAllByRole('option')
				.map((option) => option.textContent)
		).toEqual(
			expect.arrayContaining([
				'penalties one country puts on another (used for sanctions)',
				"a country's right to govern itself"
			])
		);
		// Not on the term that has it.
		expect(
			within(screen.getByRole('combobox', { name: 'sanctions' })).getByRole('option', {
				name: 'penalties one country puts on another'
			})
		).toBeInTheDocument();
		// A closed select cuts a long meaning off: the chosen one is also shown whole below it.
		const pair = screen.getByRole('combobox', { name: 'sanctions' }).closest('li')!;
		expect(
			within(pair).getByText('penalties one country puts on another', { selector: 'p' })
		).toBeVisible();
	});
});

describe('Enter checks a typed answer', () => {
	it('checks a short answer, and offers the phone’s Go key', async () => {
		const user = userEvent.setup();
		const answers: unknown[] = [];
		render(QuestionHarness, { question: shortAnswer(), onanswer: (a: unknown) => answers.push(a) });
		const box = screen.getByRole('textbox', { name: 'Your answer' });
		expect(box).toHaveAttribute('enterkeyhint', 'go');
		await user.type(box, 'three years{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
		// Enter again in the checked answer keeps no second attempt.
		await user.type(box, '{Enter}');
		expect(answers).toHaveLength(1);
	});

	it('moves to the next gap, then checks from the last one', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: fillBlanks() });
		const [first, second] = screen.getAllByRole('textbox');
		expect(first).toHaveAttribute('enterkeyhint', 'next');
		expect(second).toHaveAttribute('enterkeyhint', 'go');
		await user.type(first!, 'Macron{Enter}');
		expect(second).toHaveFocus();
		expect(screen.getByRole('status')).toHaveTextContent('');
		await user.keyboard('negotiating{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
	});
});
