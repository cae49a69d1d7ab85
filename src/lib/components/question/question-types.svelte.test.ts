/**
 * Each question type, operated with the keyboard alone: Tab and Shift+Tab to move, Space, arrows,
 * typing and Enter to answer, and the feedback a student then perceives.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
	evidence,
	fillBlanks,
	matching,
	ordering,
	shortAnswer
} from '../../../test-data/questions';
import PassageHarness from '../../../test-data/PassageHarness.svelte';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';

async function tabUntil(user: ReturnType<typeof userEvent.setup>, element: HTMLElement) {
	for (let i = 0; i < 40 && document.activeElement !== element; i++) {
		await user.tab();
	}
	expect(element).toHaveFocus();
}

describe('short answer', () => {
	it('accepts a typed answer with a small typo and shows the right spelling', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: shortAnswer() });
		await tabUntil(user, screen.getByRole('textbox', { name: 'Your answer' }));
		await user.keyboard('Three yaers');
		await user.tab();
		await user.keyboard('{Enter}');
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Right.');
		expect(status).toHaveTextContent('Accepted, but check the spelling: three years');
	});

	it('marks a wrong typed answer and gives a model answer', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: shortAnswer(), maxAttempts: 1 });
		await user.type(screen.getByRole('textbox', { name: 'Your answer' }), 'two weeks{Tab}{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Not quite.');
		expect(screen.getByRole('status')).toHaveTextContent('A model answer: three years');
	});
});

describe('fill in the blanks', () => {
	// Each gap is named with the words before it, so it is found in the sentence without sight.
	const GAP_1 = 'Gap 1 of 2: after “Vladimir Putin and Emmanuel”';
	const GAP_2 = 'Gap 2 of 2: after “are reportedly back at the”';

	it('takes typed gaps and says which gap was wrong', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: fillBlanks(), maxAttempts: 1 });
		await tabUntil(user, screen.getByRole('textbox', { name: GAP_1 }));
		await user.keyboard('Macron{Tab}peace{Tab}{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Partly right: 1 of 2.');
		expect(screen.getByRole('textbox', { name: GAP_2 }).parentElement).toHaveTextContent(
			'Not right'
		);
	});

	it('fills gaps from a word bank with the arrow keys', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, {
			question: fillBlanks({ bank: ['Macron', 'dinner', 'negotiating', 'Scholz'] })
		});
		const first = screen.getByRole('combobox', { name: GAP_1 });
		const second = screen.getByRole('combobox', { name: GAP_2 });
		await tabUntil(user, first);
		await user.selectOptions(first, 'Macron');
		await user.tab();
		expect(second).toHaveFocus();
		await user.selectOptions(second, 'negotiating');
		await user.tab();
		await user.keyboard('{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
	});
});

describe('ordering', () => {
	it('moves items with buttons, keeps focus on the moved item and announces where it went', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: ordering() });
		// Shown: international pressure, protracted, power dynamics, global landscape.
		const up = screen.getByRole('button', {
			name: 'Move up: the protracted nature of the conflict'
		});
		await tabUntil(user, up);
		await user.keyboard('{Enter}');
		expect(screen.getByText(/Moved to position 1 of 4: the protracted nature/)).toBeInTheDocument();
		// Focus stays with the item, now first, on the button that can still move it.
		expect(
			screen.getByRole('button', { name: 'Move down: the protracted nature of the conflict' })
		).toHaveFocus();
		const items = screen.getAllByRole('listitem').map((item) => item.textContent ?? '');
		expect(items[0]).toContain('the protracted nature of the conflict');
	});

	it('checks an order and marks each place right or not', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: ordering(), maxAttempts: 1 });
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		expect(screen.getByRole('status')).toHaveTextContent('Not quite.');
		expect(screen.getAllByText('Not in this place')).toHaveLength(4);
		const order = screen.getByText('The text’s order:').nextElementSibling as HTMLElement;
		expect(within(order).getAllByRole('listitem')[0]).toHaveTextContent(
			'the protracted nature of the conflict'
		);
	});
});

describe('matching', () => {
	it('matches each term with the keyboard and grades every pair', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: matching(), maxAttempts: 1 });
		const sanctions = screen.getByRole('combobox', { name: 'sanctions' });
		await tabUntil(user, sanctions);
		await user.selectOptions(sanctions, 'penalties one country puts on another');
		await user.tab();
		await user.selectOptions(screen.getByRole('combobox', { name: 'de-escalation' }), [
			'making a conflict less intense'
		]);
		await user.tab();
		// A meaning another term has taken says so, and can still be chosen.
		await user.selectOptions(screen.getByRole('combobox', { name: 'sovereignty' }), [
			'penalties one country puts on another (used for sanctions)'
		]);
		await user.tab();
		await user.keyboard('{Enter}');
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Partly right: 2 of 3.');
		expect(screen.getByText("Matches: a country's right to govern itself")).toBeInTheDocument();
	});

	it('offers a spare meaning that belongs to no term, and marks a term given it wrong', async () => {
		const user = userEvent.setup();
		const spare = 'a meeting between two leaders';
		const question = matching({
			meanings: [...matching().meanings, spare]
		});
		render(QuestionHarness, { question });
		const sovereignty = screen.getByRole('combobox', { name: 'sovereignty' });
		expect(within(sovereignty).getByRole('option', { name: spare })).toBeInTheDocument();
		await user.selectOptions(screen.getByRole('combobox', { name: 'sanctions' }), [
			'penalties one country puts on another'
		]);
		await user.selectOptions(screen.getByRole('combobox', { name: 'de-escalation' }), [
			'making a conflict less intense'
		]);
		await user.selectOptions(sovereignty, [spare]);
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		expect(screen.getByRole('status')).toHaveTextContent('Partly right: 2 of 3.');
	});

	it('asks for every match before checking', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: matching() });
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		expect(screen.getByRole('status')).toHaveTextContent('Choose a match for every item');
	});
});

describe('evidence', () => {
	const sentences = [
		'Hey guys, what is up?',
		'For the first time in three whole years, Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table, discussing the possibility of ending the invasion of Ukraine.',
		'Yeah, you heard that right!'
	];

	it('turns the passage into sentences to pick from, by keyboard, and back', async () => {
		const user = userEvent.setup();
		render(PassageHarness, { question: evidence(), sentences });
		const choose = screen.getByRole('button', {
			name: 'Choose the sentence in the reading for question 1'
		});
		await tabUntil(user, choose);
		await user.keyboard('{Enter}');

		const passage = screen.getByRole('region', { name: 'The reading' });
		const options = within(passage).getAllByRole('button');
		expect(options.map((option) => option.textContent)).toEqual(sentences);
		expect(options[0]).toHaveFocus();
		await user.tab();
		await user.keyboard('{Enter}');

		expect(screen.getByText(/Your sentence:/)).toHaveTextContent(sentences[1] ?? '');
		const again = screen.getByRole('button', {
			name: 'Choose another sentence in the reading for question 1'
		});
		expect(again).toHaveFocus();
		await user.tab();
		await user.keyboard('{Enter}');
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
	});

	it('leaves sentence picking with Escape, keeping the answer unchanged', async () => {
		const user = userEvent.setup();
		render(PassageHarness, { question: evidence(), sentences });
		await user.click(
			screen.getByRole('button', {
				name: 'Choose the sentence in the reading for question 1'
			})
		);
		await user.keyboard('{Escape}');
		const passage = screen.getByRole('region', { name: 'The reading' });
		expect(within(passage).queryAllByRole('button')).toEqual([]);
		expect(screen.getByText('No sentence chosen yet.')).toBeInTheDocument();
		expect(
			screen.getByRole('button', {
				name: 'Choose the sentence in the reading for question 1'
			})
		).toHaveFocus();
	});
});
