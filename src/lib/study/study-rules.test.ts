import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import { buildAttempt, buildQuestion } from '../../test-data/progress';
import {
	attemptsInScope,
	finishesReading,
	hasTriesLeft,
	isRunFinished,
	offersTryAgain,
	revealsAnswer,
	revealsMarks,
	SELF_STUDY_TRIES,
	triesOffered,
	triesPerQuestion,
	type StudyScope
} from './study-rules';

const lessonScope = (overrides: Parameters<typeof buildLesson>[0] = {}): StudyScope => ({
	kind: 'lesson',
	lesson: buildLesson(overrides),
	lessonId: 'LESSON01'
});

describe('attemptsInScope', () => {
	const earlier = buildAttempt({ id: 'a-1', at: '2026-01-01T09:00:00.000Z' });
	const inLesson = buildAttempt({
		id: 'a-2',
		lessonId: 'LESSON01',
		at: '2026-01-02T09:00:00.000Z'
	});
	const otherLesson = buildAttempt({
		id: 'a-3',
		lessonId: 'LESSON02',
		at: '2026-01-03T09:00:00.000Z'
	});
	const all = [earlier, inLesson, otherLesson];

	it('shows every attempt on a reading and on the whole-article check', () => {
		expect(
			attemptsInScope(all, { kind: 'reading', readingId: 'r-1' }, '2026-02-01T00:00:00.000Z')
		).toEqual(all);
		expect(attemptsInScope(all, { kind: 'check' }, '2026-02-01T00:00:00.000Z')).toEqual(all);
	});

	it('shows in a review only what was answered since it started', () => {
		expect(attemptsInScope(all, { kind: 'review' }, '2026-01-02T00:00:00.000Z')).toEqual([
			inLesson,
			otherLesson
		]);
	});

	it('shows in a lesson only the attempts made in that lesson', () => {
		expect(attemptsInScope(all, lessonScope(), '2026-01-01T00:00:00.000Z')).toEqual([inLesson]);
	});
});

describe('finishesReading', () => {
	const questions = [buildQuestion({ id: 'q-1' }), buildQuestion({ id: 'q-2' })];

	it('finishes a reading when the last unanswered question is answered, right or wrong', () => {
		expect(finishesReading(questions, new Map([['q-1', []]]), 'q-2')).toBe(true);
	});

	it('does not finish a reading while another question is still unanswered', () => {
		expect(finishesReading(questions, new Map(), 'q-1')).toBe(false);
	});

	it('keeps a reading finished when an answered question is answered again', () => {
		const answered = new Map([
			['q-1', []],
			['q-2', []]
		]);
		expect(finishesReading(questions, answered, 'q-1')).toBe(true);
	});

	it('does not count a question from somewhere else toward the reading', () => {
		expect(finishesReading(questions, new Map([['q-1', []]]), 'q-9')).toBe(false);
	});
});

describe('tries and marks', () => {
	it('allows two tries per question outside a lesson, and shows marks at once', () => {
		expect(SELF_STUDY_TRIES).toBe(2);
		expect(triesPerQuestion({ kind: 'reading', readingId: 'r-1' })).toBe(2);
		expect(triesOffered({ kind: 'check' }, false)).toBe(2);
		expect(triesOffered({ kind: 'review' }, false)).toBe(2);
		expect(hasTriesLeft(1, 2)).toBe(true);
		expect(hasTriesLeft(2, 2)).toBe(false);
		expect(revealsMarks({ kind: 'review' }, false)).toBe(true);
	});

	it('allows the lesson’s tries per question until it is finished, then none', () => {
		const scope = lessonScope({ attemptsPerQuestion: 2 });
		expect(triesPerQuestion(scope)).toBe(2);
		expect(triesOffered(scope, false)).toBe(2);
		expect(hasTriesLeft(1, 2)).toBe(true);
		expect(hasTriesLeft(2, 2)).toBe(false);
		expect(triesOffered(scope, true)).toBe(0);
		expect(hasTriesLeft(0, 0)).toBe(false);
	});

	it('keeps a lesson’s marks for the end when the teacher asked, and shows them once finished', () => {
		const scope = lessonScope({ feedback: 'end' });
		expect(revealsMarks(scope, false)).toBe(false);
		expect(revealsMarks(scope, true)).toBe(true);
		expect(revealsMarks(lessonScope({ feedback: 'immediate' }), false)).toBe(true);
	});

	it('calls a run finished only once it has a finishing time', () => {
		expect(isRunFinished(null)).toBe(false);
		const run = { lessonId: 'LESSON01', startedAt: '2026-01-01T09:00:00.000Z', finishedAt: null };
		expect(isRunFinished(run)).toBe(false);
		expect(isRunFinished({ ...run, finishedAt: '2026-01-01T09:30:00.000Z' })).toBe(true);
	});

	it('keeps the key back after a wrong answer while tries are left, and offers another try', () => {
		const wrong = { correct: false };
		expect(revealsAnswer([wrong], 2)).toBe(false);
		expect(offersTryAgain([wrong], 2)).toBe(true);
	});

	it('shows the key once the tries are used up, without another try', () => {
		const wrong = { correct: false };
		expect(revealsAnswer([wrong, wrong], 2)).toBe(true);
		expect(offersTryAgain([wrong, wrong], 2)).toBe(false);
		expect(revealsAnswer([wrong], 1)).toBe(true);
	});

	it('shows the key after a right answer and never offers to try again', () => {
		expect(revealsAnswer([{ correct: true }], 3)).toBe(true);
		expect(offersTryAgain([{ correct: true }], 3)).toBe(false);
		expect(revealsAnswer([{ correct: false }, { correct: true }], 3)).toBe(true);
	});

	it('offers nothing and shows the key of a question never tried in a handed-in lesson', () => {
		expect(offersTryAgain([], 0)).toBe(false);
		expect(offersTryAgain([{ correct: false }], 0)).toBe(false);
		expect(revealsAnswer([{ correct: false }], 0)).toBe(true);
	});
});
