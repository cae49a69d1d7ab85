/**
 * What a study session keeps, and where: the attempts, the time on each reading and the lesson
 * runs. The device's records (`device-record.ts`, `device-runs.ts`) keep them in this browser; a
 * teacher's preview (`memory-record.svelte.ts`) holds them for the visit and keeps nothing.
 */
import type { Question } from '$lib/content/model';
import type { LessonRun } from '$lib/lesson/lesson-runs';
import type { Attempt } from '$lib/progress/record';
import type { Response } from '$lib/quiz/response';

/** What else an answer means, so a record can keep it all in one go. */
export interface AnswerContext {
	/** The lesson it was given in, or null outside lessons. */
	lessonId: string | null;
	/** The reading this answer finishes (its last unanswered question), or null. */
	finishesReading: string | null;
}

export interface StudyRecord {
	/** False until the stored attempts have been read (pages are prerendered empty). */
	readonly answersReady: boolean;
	/** Every attempt kept, in stored order. */
	readonly attempts: readonly Attempt[];
	/** Grades and keeps an answer; returns the attempt kept. */
	answer(question: Question, response: Response, context: AnswerContext): Attempt;
	openReading(readingId: string): void;
	addTime(readingId: string, seconds: number): void;
}

/** The lesson runs: kept apart, so a reading page loads no lesson code. */
export interface LessonRunRecord {
	/** False until the stored lesson runs have been read. */
	readonly runsReady: boolean;
	/** The name remembered for the next lesson, or ''. */
	readonly studentName: string;
	runOf(lessonId: string): LessonRun | null;
	startRun(lessonId: string, studentName: string): void;
	finishRun(lessonId: string): void;
}
