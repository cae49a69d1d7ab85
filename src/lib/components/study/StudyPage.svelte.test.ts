import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
