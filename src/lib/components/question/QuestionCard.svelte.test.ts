import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PassageState } from '$lib/components/passage/passage-state.svelte';
import { multipleSelect, singleChoice, trueFalseNotStated } from '../../../test-data/questions';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';

describe('QuestionCard', () => {
	it('shows a right answer as right, with the explanation, and highlights the evidence', async () => {
		const user = userEvent.setup();
		const question = singleChoice();
		const passage = new PassageState();
		render(QuestionHarness, { question, passage });

		const card = screen.getByRole('group', { name: /Who is reported to be back/ });
		await user.click(
			within(card).getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' })
		);
		await user.click(within(card).getByRole('button', { name: 'Check question 1' }));

		const status = within(card).getByRole('status');
		expect(status).toHaveTextContent('Right.');
		expect(status).toHaveTextContent(question.explanation);
		expect(passage.highlighted).toEqual(question.evidence);
	});

	it('with its one try used, says a wrong choice is not right and names the correct one', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: singleChoice(), maxAttempts: 1 });

		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(screen.getByRole('status')).toHaveTextContent('Not quite.');
		const correct = screen.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' });
		expect(correct.closest('li')).toHaveTextContent('Correct answer');
		expect(
			screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }).closest('li')
		).toHaveTextContent('Your choice: not right');
	});

	it('is answered with the keyboard alone: arrows pick a verdict, Enter checks', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: trueFalseNotStated({ answer: 'false' }) });

		await user.tab();
		expect(screen.getByRole('radio', { name: 'True' })).toHaveFocus();
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('radio', { name: 'False' })).toBeChecked();
		await user.tab();
		expect(screen.getByRole('button', { name: 'Check question 1' })).toHaveFocus();
		await user.keyboard('{Enter}');

		expect(screen.getByRole('status')).toHaveTextContent('Right.');
	});

	it('gives partial credit on a multiple select and says which pick was wrong', async () => {
		const user = userEvent.setup();
		const question = multipleSelect();
		render(QuestionHarness, { question, maxAttempts: 1 });
		const rightChoice = question.choices[question.answer[0] ?? 0] ?? '';
		const wrongChoice = question.choices.find((_, i) => !question.answer.includes(i)) ?? '';

		await user.click(screen.getByRole('checkbox', { name: rightChoice }));
		await user.click(screen.getByRole('checkbox', { name: wrongChoice }));
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(screen.getByRole('status')).not.toHaveTextContent('Right.');
		expect(screen.getByRole('checkbox', { name: wrongChoice }).closest('li')).toHaveTextContent(
			'Your choice: not right'
		);
	});

	it('asks for an answer instead of checking an empty one, and keeps nothing', async () => {
		const user = userEvent.setup();
		const answers: unknown[] = [];
		render(QuestionHarness, {
			question: singleChoice(),
			onanswer: (a: unknown) => answers.push(a)
		});

		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(screen.getByRole('status')).toHaveTextContent('Choose an answer before checking.');
		expect(answers).toEqual([]);
	});

	it('lets the student try again, keeping every attempt', async () => {
		const user = userEvent.setup();
		const answers: unknown[] = [];
		render(QuestionHarness, {
			question: singleChoice(),
			onanswer: (a: unknown) => answers.push(a)
		});

		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		await user.click(screen.getByRole('button', { name: 'Try again on question 1' }));
		await user.click(screen.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }));
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(answers).toHaveLength(2);
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
		expect(screen.getByRole('status')).toHaveTextContent('first try is the one that counts');
	});

	it('keeps keyboard focus in the card: on Try again after checking, on Check after trying again', async () => {
		const user = userEvent.setup();
		render(QuestionHarness, { question: singleChoice() });

		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));
		await expect
			.poll(() => screen.getByRole('button', { name: 'Try again on question 1' }))
			.toHaveFocus();

		await user.keyboard('{Enter}');
		await expect.poll(() => screen.getByRole('button', { name: 'Check question 1' })).toHaveFocus();
	});
});
