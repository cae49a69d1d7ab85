import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { matching, shortAnswer, singleChoice } from '../../test-data/questions';
import QuestionPicker, { type PickerEntry } from './QuestionPicker.svelte';

const reading = {
	id: 'back-at-the-table',
	articleId: 'putin-macron-talks',
	title: 'Back at the table',
	section: 1,
	heading: null,
	text: 'Hey guys.',
	sentences: ['Hey guys.'],
	wordCount: 2
};

const entry = (
	question: PickerEntry['question'] & object,
	origin: PickerEntry['origin'] = 'bank'
) => ({
	...question,
	question,
	origin
});

function setup() {
	const handlers = { onchoose: vi.fn(), onedit: vi.fn(), onadd: vi.fn(), onremove: vi.fn() };
	const edited = singleChoice({ id: 't-who', prompt: 'Who is talking again?' });
	render(QuestionPicker, {
		readings: [reading],
		questions: [
			entry(edited, 'edited'),
			entry(shortAnswer()),
			entry(
				matching({
					id: 't-words',
					readingId: 'back-at-the-table',
					meanings: [...matching().meanings, 'a meeting of leaders']
				}),
				'added'
			)
		],
		chosen: ['t-who'],
		...handlers
	});
	return { ...handlers, edited };
}

describe('the questions of each reading in the lesson builder', () => {
	it('lists each reading behind a control that plainly opens', async () => {
		const user = userEvent.setup();
		setup();
		const group = screen.getByText('Back at the table').closest('details')!;
		expect(group).not.toHaveAttribute('open');
		await user.click(screen.getByText('Back at the table'));
		expect(group).toHaveAttribute('open');
		expect(group.querySelector('summary .chevron')).not.toBeNull();
	});

	it('shows a question whole on asking: its options, the key, the evidence and the explanation', async () => {
		const user = userEvent.setup();
		const { edited } = setup();
		const item = screen.getByRole('listitem', { name: 'Who is talking again?' });
		const whole = within(item).getByText('The whole question').closest('details')!;
		expect(whole).not.toHaveAttribute('open');
		await user.click(within(item).getByText('The whole question'));
		expect(whole).toHaveAttribute('open');
		const key = within(whole).getByText('✓ right').closest('li');
		expect(key).toHaveTextContent(edited.choices[edited.answer]!);
		expect(whole).toHaveTextContent(edited.explanation);
		expect(whole).toHaveTextContent(edited.evidence[0]!);
	});

	it('shows a matching question’s pairs and its spare meaning', () => {
		setup();
		const item = screen.getByRole('listitem', { name: matching().prompt });
		const question = matching();
		question.terms.forEach((term, index) => {
			expect(item).toHaveTextContent(`${term} → ${question.meanings[question.answer[index]!]}`);
		});
		expect(item).toHaveTextContent('Spare meanings: a meeting of leaders');
	});

	it('narrows the questions by skill and by type, and shows them all again on “Every”', async () => {
		const user = userEvent.setup();
		setup();
		const listed = () => screen.queryAllByRole('listitem', { name: /./ }).length;
		const all = listed();

		await user.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'vocabulary');
		expect(screen.getByRole('listitem', { name: matching().prompt })).toBeInTheDocument();
		expect(screen.queryByRole('listitem', { name: shortAnswer().prompt })).toBeNull();

		await user.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'Every skill');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'short-answer');
		expect(screen.getByRole('listitem', { name: shortAnswer().prompt })).toBeInTheDocument();
		expect(screen.queryByRole('listitem', { name: matching().prompt })).toBeNull();

		await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Every type');
		expect(listed()).toBe(all);
		expect(
			within(screen.getByRole('combobox', { name: 'Difficulty' }))
				.getAllByRole('option')
				.map((option) => option.textContent)
		).toEqual(['Any', '1 (easier)', '2', '3 (harder)']);
	});

	it('tells the teacher’s own questions apart, and offers to edit, undo or remove them', async () => {
		const user = userEvent.setup();
		const { onedit, onremove, onadd } = setup();
		const edited = screen.getByRole('listitem', { name: 'Who is talking again?' });
		expect(edited).toHaveTextContent('Edited by you');
		await user.click(
			within(edited).getByRole('button', { name: 'Undo your edit of “Who is talking again?”' })
		);
		expect(onremove).toHaveBeenCalledWith('t-who');

		const bank = screen.getByRole('listitem', { name: shortAnswer().prompt });
		await user.click(within(bank).getByRole('button', { name: /^Edit a copy of/ }));
		expect(onedit).toHaveBeenCalledWith(shortAnswer().id);

		await user.selectOptions(screen.getByLabelText('New question’s type'), 'Ordering');
		await user.click(screen.getByRole('button', { name: 'Add a question to “Back at the table”' }));
		expect(onadd).toHaveBeenCalledWith('back-at-the-table', 'ordering');
	});
});
