/**
 * The rules of a study session, the same on every page that asks questions: which attempts it
 * shows, when a reading counts as finished, and how many tries a question allows. Pure, so the
 * session class (`study-session.svelte.ts`) and its tests share one definition.
 */
import type { Question } from '$lib/content/model';
import type { Lesson } from '$lib/lesson/lesson';
import type { LessonRun } from '$lib/lesson/lesson-runs';
import type { Attempt } from '$lib/progress/record';

/** What is being studied: it decides which attempts count and what finishing means. */
export type StudyScope =
	/** One reading: every attempt at its questions counts, from any day or lesson. */
	| { kind: 'reading'; readingId: string }
	/** Questions brought back for review: only what is answered in this session shows. */
	| { kind: 'review' }
	/** The whole-article check: every attempt counts. */
	| { kind: 'check' }
	/** A teacher's lesson: only attempts made in it count, and its run can be finished. */
	| { kind: 'lesson'; lesson: Lesson; lessonId: string };

/** The attempts a session shows as checked, oldest first as stored. */
export function attemptsInScope(
	attempts: readonly Attempt[],
	scope: StudyScope,
	startedAt: string
): readonly Attempt[] {
	switch (scope.kind) {
		case 'reading':
		case 'check':
			return attempts;
		case 'review':
			// Older attempts are why the question is back; they must not show it as done.
			return attempts.filter((attempt) => attempt.at >= startedAt);
		case 'lesson':
			return attempts.filter((attempt) => attempt.lessonId === scope.lessonId);
	}
}

/**
 * Whether answering `answering` leaves every question of a reading answered at least once: a
 * reading counts as finished then, right or wrong.
 */
export function finishesReading(
	questions: readonly Question[],
	answered: ReadonlyMap<string, unknown>,
	answering: string
): boolean {
	return (
		questions.some((question) => question.id === answering) &&
		questions.every((question) => question.id === answering || answered.has(question.id))
	);
}

export function isRunFinished(run: LessonRun | null): boolean {
	return run?.finishedAt != null;
}

/**
 * How many tries a question allows on a reading, a review or the whole-article check: enough to
 * put right a slip after a hint, not so many that the key is found by elimination.
 */
export const SELF_STUDY_TRIES = 2;

/** How many tries a question allows: the teacher's setting in a lesson, else the self-study default. */
export function triesPerQuestion(scope: StudyScope): number {
	return scope.kind === 'lesson' ? scope.lesson.attemptsPerQuestion : SELF_STUDY_TRIES;
}

/**
 * How many tries a question offers on screen: a finished lesson offers no "Try again", since its
 * marks are what the student handed in.
 */
export function triesOffered(scope: StudyScope, finished: boolean): number {
	return finished ? 0 : triesPerQuestion(scope);
}

export function hasTriesLeft(triesMade: number, allowed: number): boolean {
	return triesMade < allowed;
}

/**
 * Whether a checked question shows its key, explanation and evidence: once it is answered right
 * or its tries are used up. Before that a wrong answer gets a hint, so the next try is thinking,
 * not copying.
 */
export function revealsAnswer(attempts: readonly { correct: boolean }[], allowed: number): boolean {
	return attempts.at(-1)?.correct === true || !hasTriesLeft(attempts.length, allowed);
}

/** Whether another try is offered: the last answer was wrong and tries are left. */
export function offersTryAgain(
	attempts: readonly { correct: boolean }[],
	allowed: number
): boolean {
	return attempts.at(-1)?.correct === false && hasTriesLeft(attempts.length, allowed);
}

/** Whether marks and explanations show as soon as an answer is checked. */
export function revealsMarks(scope: StudyScope, finished: boolean): boolean {
	return scope.kind !== 'lesson' || scope.lesson.feedback === 'immediate' || finished;
}
