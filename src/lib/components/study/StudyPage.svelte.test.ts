import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buildLesson } from '../../../test-data/lessons';
import { singleChoice, trueFalseNotStated } from '../../../test-data/questions';
import { MemoryRecord } from '$lib/lesson/memory-record.svelte';
import StudyHarness from '../../../test-data/StudyHarness.svelte';

const first = singleChoice();
const second = trueFalseNotStated({ id: 'back-at-the-table-why' });
const sentences = first.evidence;

// The first render loads every question input: slow on a busy machine, not a sign of trouble.
describe('StudyPage', { timeout: 15_000 }, () => {
	it('answers into the session: the question is marked and the count goes up', async () => {
		const user = userEvent.setup();
		const record = new MemoryRecord({ studentName: '' });
		render(StudyHarness, {
			record,
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions: [first, second],
			sentences
		});

		const card = screen.getByRole('group', { name: /Who is reported to be back/ });
		await user.click(
			within(card).getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' })
		);
		await user.click(within(card).getByRole('button', { name: 'Check question 1' }));

		expect(within(card).getByRole('status')).toHaveTextContent('Right.');
		expect(screen.getByText('1 of 2 questions answered')).toBeInTheDocument();
		expect(record.attempts).toHaveLength(1);
	});

	it('in a lesson that shows marks at the end, saves the answer and offers no second try', async () => {
		const user = userEvent.setup();
		const record = new MemoryRecord({ studentName: '' });
		render(StudyHarness, {
			record,
			scope: {
				kind: 'lesson',
				lesson: buildLesson({ feedback: 'end', attemptsPerQuestion: 1 }),
				lessonId: 'LESSON01'
			},
			questions: [first],
			sentences
		});

		await user.click(screen.getByRole('radio', { name: 'Emmanuel Macron and Olaf Scholz' }));
		await user.click(screen.getByRole('button', { name: 'Save answer to question 1' }));

		expect(screen.getByRole('status')).toHaveTextContent('Answer saved.');
		expect(
			screen.queryByRole('button', { name: 'Try again on question 1' })
		).not.toBeInTheDocument();
		expect(record.attempts.map((attempt) => attempt.lessonId)).toEqual(['LESSON01']);
	});

	it('"Show where the text says so" focuses the first highlight, named, and offers the way back', async () => {
		const user = userEvent.setup();
		const lastSpoke = 'They had last spoken in 2022.';
		const both = singleChoice({ evidence: [...sentences, lastSpoke] });
		render(StudyHarness, {
			record: new MemoryRecord({ studentName: '' }),
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions: [second, both],
			sentences: [...sentences, 'Talks had stalled.', lastSpoke]
		});

		const card = screen.getByRole('group', { name: /Who is reported to be back/ });
		await user.click(
			within(card).getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' })
		);
		await user.click(within(card).getByRole('button', { name: /^Check question/ }));
		const show = within(card).getByRole('button', { name: /^Show where the text says so/ });
		await user.click(show);

		const evidence = screen.getByRole('group', { name: 'Evidence 1 of 2' });
		await vi.waitFor(() => expect(evidence).toHaveFocus());
		expect(evidence).toHaveTextContent(sentences[0] ?? '');
		expect(screen.getByRole('group', { name: 'Evidence 2 of 2' })).toHaveTextContent(lastSpoke);

		// Tab from the evidence reaches the way back at once; it returns to the button pressed.
		await user.tab();
		const back = screen.getByRole('button', { name: 'Back to question 2' });
		expect(back).toHaveFocus();
		await user.click(back);
		expect(show).toHaveFocus();
		expect(screen.queryByRole('button', { name: /Back to question/ })).not.toBeInTheDocument();
		// The evidence stays highlighted.
		expect(screen.getByRole('group', { name: 'Evidence 1 of 2' })).toBeInTheDocument();
	});

	it('Escape from the evidence goes back to the question', async () => {
		const user = userEvent.setup();
		render(StudyHarness, {
			record: new MemoryRecord({ studentName: '' }),
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions: [first],
			sentences
		});

		await user.click(screen.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }));
		await user.click(screen.getByRole('button', { name: /^Check question/ }));
		const show = screen.getByRole('button', { name: /^Show where the text says so/ });
		await user.click(show);
		await vi.waitFor(() =>
			expect(screen.getByRole('group', { name: 'Evidence 1 of 1' })).toHaveFocus()
		);

		await user.keyboard('{Escape}');
		expect(show).toHaveFocus();
		expect(screen.queryByRole('button', { name: 'Back to question 1' })).not.toBeInTheDocument();
	});

	it('offers a taller strip of text and back, by a button that says which', async () => {
		const user = userEvent.setup();
		render(StudyHarness, {
			record: new MemoryRecord({ studentName: '' }),
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions: [first],
			sentences
		});

		await user.click(screen.getByRole('button', { name: 'Show more of the text' }));
		await user.click(screen.getByRole('button', { name: 'Show less of the text' }));
		expect(screen.getByRole('button', { name: 'Show more of the text' })).toBeInTheDocument();
	});
});
