import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import { lessonRuns } from '$lib/lesson/student-state.svelte';
import { progress } from '$lib/progress/progress.svelte';
import { singleChoice, trueFalseNotStated } from '../../test-data/questions';
import type { Response } from '$lib/quiz/response';
import { deviceRecord } from './device-record';
import { deviceRuns } from '$lib/lesson/device-runs';
import { MemoryRecord } from '$lib/lesson/memory-record.svelte';
import type { AnswerContext, LessonRunRecord, StudyRecord } from './study-record';
import { StudySession } from './study-session.svelte';

const first = singleChoice({ id: 'back-at-the-table-who', readingId: 'back-at-the-table' });
const second = trueFalseNotStated({ id: 'back-at-the-table-why', readingId: 'back-at-the-table' });
const right: Response = { type: 'single-choice', choice: first.answer };
const wrong: Response = { type: 'single-choice', choice: first.answer === 0 ? 1 : 0 };
const verdict: Response = { type: 'true-false-not-stated', verdict: 'not-stated' };

/** A clock that moves on only when told, from 1 January 2026, 09:00 UTC. */
function clock() {
	let time = Date.UTC(2026, 0, 1, 9);
	return {
		now: () => time,
		wait: (seconds: number) => (time += seconds * 1000)
	};
}

/** A record in memory that also notes what a reading session asks it to keep. */
function notingRecord(now: () => number) {
	const kept = new MemoryRecord({ studentName: '' }, { now });
	const noted = {
		contexts: [] as AnswerContext[],
		opened: [] as string[],
		seconds: [] as number[]
	};
	const record: StudyRecord = {
		get answersReady() {
			return kept.answersReady;
		},
		get attempts() {
			return kept.attempts;
		},
		answer(question, response, context) {
			noted.contexts.push(context);
			return kept.answer(question, response, context);
		},
		openReading: (readingId) => noted.opened.push(readingId),
		addTime: (_readingId, seconds) => noted.seconds.push(seconds)
	};
	return { record, noted };
}

beforeEach(() => {
	progress.reset();
	localStorage.clear();
});

describe('StudySession on a reading', () => {
	const readingSession = (record: StudyRecord = deviceRecord, now?: () => number) =>
		new StudySession({
			record,
			scope: { kind: 'reading', readingId: 'back-at-the-table' },
			questions: [first, second],
			now
		});

	it('records an answer as a graded attempt in the student’s progress', () => {
		const session = readingSession();

		const attempt = session.answer(first, right);

		expect(attempt).toMatchObject({ questionId: first.id, correct: true, lessonId: null });
		expect(progress.record.attempts).toEqual([attempt]);
		expect(session.attemptsByQuestion.get(first.id)).toEqual([attempt]);
		expect(session.answered).toBe(1);
	});

	it('finishes the reading when its last question is answered, even wrongly', () => {
		const session = readingSession();

		session.answer(first, wrong);
		expect(progress.record.readings['back-at-the-table']?.finishedAt ?? null).toBeNull();
		session.answer(second, verdict);

		expect(progress.record.readings['back-at-the-table']?.finishedAt).toEqual(expect.any(String));
		expect(session.answered).toBe(2);
	});

	it('asks the record to finish the reading only with the answer that completes it', () => {
		const { record, noted } = notingRecord(clock().now);
		const session = readingSession(record);

		session.answer(first, wrong);
		session.answer(first, right);
		session.answer(second, verdict);

		expect(noted.contexts.map((context) => context.finishesReading)).toEqual([
			null,
			null,
			'back-at-the-table'
		]);
	});

	it('allows two tries at a question, keeping both, and refuses a third', () => {
		const session = readingSession();

		expect(session.maxAttempts).toBe(2);
		expect(session.answer(first, wrong)).not.toBeNull();
		expect(session.answer(first, wrong)).not.toBeNull();
		expect(session.answer(first, right)).toBeNull();
		expect(session.attemptsByQuestion.get(first.id)?.map((attempt) => attempt.correct)).toEqual([
			false,
			false
		]);
	});

	it('marks the reading opened and counts only the time the page is in view', () => {
		const time = clock();
		const { record, noted } = notingRecord(time.now);
		const session = readingSession(record, time.now);

		const stop = session.visit();
		time.wait(30);
		window.dispatchEvent(new Event('pagehide'));
		time.wait(12);
		stop();

		expect(noted.opened).toEqual(['back-at-the-table']);
		expect(noted.seconds).toEqual([30, 12]);
	});
});

describe('StudySession in a review', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('shows as checked only what is answered after the review began', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(Date.UTC(2026, 0, 1, 9));
		progress.answer(first, wrong);
		vi.setSystemTime(Date.UTC(2026, 0, 2, 9));
		const session = new StudySession({
			record: deviceRecord,
			scope: { kind: 'review' },
			questions: [first]
		});
		expect(session.attemptsByQuestion.has(first.id)).toBe(false);

		session.answer(first, right);

		expect(session.attemptsByQuestion.get(first.id)?.map((a) => a.correct)).toEqual([true]);
		expect(progress.record.attempts).toHaveLength(2);
	});
});

describe('StudySession in a lesson', () => {
	const lessonSession = (
		overrides: Parameters<typeof buildLesson>[0] = {},
		kept: { record: StudyRecord; runs: LessonRunRecord } = {
			record: deviceRecord,
			runs: deviceRuns
		}
	) =>
		new StudySession({
			...kept,
			scope: { kind: 'lesson', lesson: buildLesson(overrides), lessonId: 'LESSON01' },
			questions: [first, second]
		});

	it('tags each answer with the lesson and counts only the lesson’s attempts', () => {
		progress.answer(first, wrong);
		const session = lessonSession();

		const attempt = session.answer(first, right);

		expect(attempt?.lessonId).toBe('LESSON01');
		expect(session.attempts).toEqual([attempt]);
	});

	it('refuses a try beyond the lesson’s tries per question', () => {
		const session = lessonSession({ attemptsPerQuestion: 2 });

		expect(session.maxAttempts).toBe(2);
		expect(session.answer(first, wrong)).not.toBeNull();
		expect(session.answer(first, wrong)).not.toBeNull();
		expect(session.answer(first, right)).toBeNull();

		expect(progress.record.attempts).toHaveLength(2);
	});

	it('starts and finishes a run under the student’s name, then offers no more tries', () => {
		const session = lessonSession({ feedback: 'end' });
		expect(session.run).toBeNull();
		expect(session.reveal).toBe(false);

		session.start('Ana Lima');
		expect(session.run?.finishedAt).toBeNull();
		expect(session.studentName).toBe('Ana Lima');
		session.finish();

		expect(session.finished).toBe(true);
		expect(session.maxAttempts).toBe(0);
		expect(session.reveal).toBe(true);
		expect(lessonRuns.runOf('LESSON01')).toEqual(session.run);
	});

	it('in a preview, runs the same and keeps nothing: no progress, no run, no name, no storage', () => {
		lessonRuns.start('LESSON00', 'Ms Duarte');
		const runsBefore = lessonRuns.value;
		const storedBefore = JSON.stringify({ ...localStorage });
		const preview = new MemoryRecord(deviceRuns);
		const session = lessonSession({ attemptsPerQuestion: 1 }, { record: preview, runs: preview });
		expect(session.runsReady).toBe(true);
		expect(session.studentName).toBe('Ms Duarte');

		session.start('Preview pupil');
		const attempt = session.answer(first, right);
		expect(session.answer(first, wrong)).toBeNull();
		session.finish();

		expect(attempt).toMatchObject({ questionId: first.id, correct: true, lessonId: 'LESSON01' });
		expect(session.attempts).toEqual([attempt]);
		expect(session.finished).toBe(true);
		expect(progress.record.attempts).toEqual([]);
		expect(lessonRuns.value).toEqual(runsBefore);
		expect(JSON.stringify({ ...localStorage })).toBe(storedBefore);
	});
});
