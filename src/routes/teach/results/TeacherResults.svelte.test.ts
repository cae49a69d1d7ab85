import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { lessonIdentity } from '$lib/lesson/lesson';
import type { LessonResult } from '$lib/lesson/lesson-result';
import { encodeResultsCode } from '$lib/lesson/results-code';
import { classRecord, teacherLessons } from '$lib/lesson/teacher-state.svelte';
import { buildLesson, buildResult } from '../../../test-data/lessons';
import TeacherResults from './TeacherResults.svelte';
import type { ResultsQuestion } from './results-question';

vi.setConfig({ testTimeout: 30_000 });

vi.mock('$app/navigation', () => ({ replaceState: vi.fn() }));
vi.mock('$app/paths', () => ({ resolve: (path: string) => path }));
vi.mock('$app/state', () => ({
	page: { url: new URL('http://localhost/teach/results/'), state: {} }
}));

const lesson = buildLesson({
	title: 'Back at the table',
	questionIds: ['when', 't-word'],
	dueDate: '2025-03-14'
});
const lessonId = lessonIdentity(lesson);
const questions: ResultsQuestion[] = [
	{
		id: 'when',
		readingId: 'back-at-the-table',
		skill: 'key-detail',
		type: 'single-choice',
		prompt: 'When do the talks take place?',
		difficulty: 1,
		choices: ['Next week', 'The talks have already ended', 'In Paris']
	}
];

function code(overrides: Partial<LessonResult>): string {
	return encodeResultsCode(buildResult({ lessonId, ...overrides }));
}

const chose = (choice: number, later: 'right' | null = null) => ({
	first: { type: 'single-choice' as const, choice },
	later
});
const codes = [
	code({
		studentName: 'Ana Lmia',
		outcomes: ['wrong', 'right'],
		score: 50,
		answers: [chose(1, 'right'), { first: { type: 'short-answer', text: 'truce' }, later: null }]
	}),
	code({
		studentName: 'Ben Okafor',
		outcomes: ['wrong', 'wrong'],
		score: 0,
		answers: [chose(1), { first: { type: 'short-answer', text: 'war' }, later: null }]
	}),
	code({
		studentName: 'Cleo Park',
		outcomes: ['right', 'right'],
		score: 100,
		answers: [chose(0), { first: { type: 'short-answer', text: 'truce' }, later: null }]
	})
];

beforeAll(() => {
	// Made the week before the class took it: the hand-ins below all finished after.
	vi.useFakeTimers({ now: new Date('2025-03-03T08:00:00.000Z'), toFake: ['Date'] });
	teacherLessons.save({ id: lessonId, lesson, fragment: 'v1.abc' }, true);
	vi.useRealTimers();
	classRecord.handIn(lessonId, { source: 'Pasted text', text: codes.join('\n') });
});

function students(): string[] {
	const table = screen.getByRole('table', { name: /Class results/ });
	return within(table)
		.getAllByRole('rowheader')
		.map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

describe('TeacherResults', () => {
	it('opens the only saved lesson without asking, with its due date in the local format', () => {
		render(TeacherResults, { questions, readings: [] });
		expect(screen.getByRole('heading', { level: 2, name: /Back at the table/ })).toBeVisible();
		expect(screen.getByRole('combobox', { name: 'Lesson' })).toHaveValue(lessonId);
		expect(document.body).toHaveTextContent(/due \w{3}, (14 Mar|Mar 14),? 2025/);
		expect(students()).toEqual(['Ana Lmia', 'Ben Okafor', 'Cleo Park']);
	});

	it('shows what each student answered and the most common wrong answer, a teacher’s own question included', async () => {
		const user = userEvent.setup();
		render(TeacherResults, { questions, readings: [] });
		const answers = screen.getByRole('region', { name: 'What each student answered' });
		expect(answers).toHaveTextContent('2 students chose B: “The talks have already ended”');
		expect(answers).toHaveTextContent('1 student fixed a wrong first answer on a later try.');
		expect(answers).toHaveTextContent('1 student wrote “war”');

		await user.click(within(answers).getByText('Each student’s answer to Q1'));
		const table = within(answers).getByRole('table', { name: 'Each student’s first answer to Q1' });
		const ana = within(table).getByRole('rowheader', { name: 'Ana Lmia' }).closest('tr')!;
		expect(ana).toHaveTextContent('B: “The talks have already ended”');
		expect(ana).toHaveTextContent('fixed on a later try');
	});

	it('removes one student’s hand-in, and Undo brings it back', async () => {
		const user = userEvent.setup();
		render(TeacherResults, { questions, readings: [] });
		await user.click(screen.getByRole('button', { name: 'Remove Ben Okafor’s hand-in' }));
		expect(students()).toEqual(['Ana Lmia', 'Cleo Park']);
		expect(screen.getByText(/Removed Ben Okafor’s hand-in from the table./)).toBeVisible();

		await user.click(screen.getByRole('button', { name: 'Undo' }));
		expect(students()).toEqual(['Ana Lmia', 'Ben Okafor', 'Cleo Park']);
		expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
	});

	it('corrects a mistyped name on one hand-in', async () => {
		const user = userEvent.setup();
		render(TeacherResults, { questions, readings: [] });
		await user.click(screen.getByRole('button', { name: 'Correct name of Ana Lmia' }));
		const field = screen.getByRole('textbox', { name: 'Name on this hand-in' });
		await user.clear(field);
		await user.type(field, 'Ana Lima{Enter}');
		expect(students()).toEqual(['Ana Lima', 'Ben Okafor', 'Cleo Park']);
		expect(
			within(screen.getByRole('region', { name: 'What each student answered' })).queryByText(
				'Ana Lmia'
			)
		).toBeNull();
	});

	it('keeps a class label with the lesson and shows it beside the title', async () => {
		const user = userEvent.setup();
		const { unmount } = render(TeacherResults, { questions, readings: [] });
		await user.type(screen.getByRole('textbox', { name: 'Class label' }), 'Period 3{Enter}');
		expect(
			screen.getByRole('heading', { level: 2, name: /Back at the table · Period 3/ })
		).toBeVisible();
		expect(screen.getByText('Class label saved: Period 3.')).toBeVisible();
		unmount();

		render(TeacherResults, { questions, readings: [] });
		expect(screen.getByRole('textbox', { name: 'Class label' })).toHaveValue('Period 3');
	});

	it('marks a hand-in that says it was finished before the lesson was made here', () => {
		classRecord.handIn(lessonId, {
			source: 'Pasted text',
			text: code({
				studentName: 'Dan Early',
				outcomes: ['right', 'wrong'],
				score: 50,
				startedAt: '2025-02-20T09:00:00.000Z',
				finishedAt: '2025-02-20T09:20:00.000Z'
			})
		});
		render(TeacherResults, { questions, readings: [] });
		const table = screen.getByRole('table', { name: /Class results/ });
		expect(within(table).getByRole('rowheader', { name: /Dan Early/ })).toHaveTextContent(
			'It says it was finished before you made this lesson'
		);
		expect(within(table).getByRole('rowheader', { name: /Cleo Park/ })).not.toHaveTextContent(
			'before you made this lesson'
		);
		expect(screen.getByText(/1 result is marked\./)).toBeVisible();
	});
});
