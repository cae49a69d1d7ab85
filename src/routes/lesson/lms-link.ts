/**
 * A lesson page launched by an LMS from a SCORM package: finds the LMS's API, starts the session,
 * restores the state saved at the last visit, and after every change reports score, statuses,
 * new interactions and the state to resume from. Loaded only by a packaged lesson page, so no
 * other page downloads it.
 */
import type { Question } from '$lib/content/model';
import type { Lesson } from '$lib/lesson/lesson';
import { scoreLesson } from '$lib/lesson/lesson-score';
import { findScormApi, type WindowLike } from '$lib/lesson/scorm/api-finder';
import { toInteraction, type ScormVersion } from '$lib/lesson/scorm/interactions';
import { attemptsOfState, stateOfLesson, type Run } from '$lib/lesson/scorm/lesson-state';
import { ScormSession } from '$lib/lesson/scorm/runtime';
import {
	decodeLessonState,
	encodeLessonState,
	SUSPEND_DATA_LIMITS
} from '$lib/lesson/scorm/suspend-data';
import type { Attempt } from '$lib/progress/record';
// An LMS's stored answers are graded as the lesson opens, before any card could fetch a grader.
import '$lib/quiz/typed-graders';

export interface LmsLink {
	version: ScormVersion;
	learnerName: string;
	/** What the student had done when they last left, if they did. */
	restored: { run: Run; part: number; attempts: Attempt[] } | null;
	/** Reports the lesson as it now stands. */
	save(attempts: readonly Attempt[], run: Run, part: number): void;
	/** The student leaves: time spent, and whether they will come back. */
	end(): void;
}

export function isScormVersion(value: unknown): value is ScormVersion {
	return value === 'scorm12' || value === 'scorm2004';
}

/** Null when no LMS provides the API (the package opened outside one). */
export function connectLms(
	version: ScormVersion,
	lesson: Lesson,
	lessonId: string,
	/** The lesson's questions the bank has, in the lesson's order. */
	questions: readonly Question[]
): LmsLink | null {
	const session = ScormSession.start(
		findScormApi(window as unknown as WindowLike, version),
		version,
		Date.now()
	);
	if (!session) {
		return null;
	}
	const saved = session.suspendData ? decodeLessonState(session.suspendData, questions) : null;
	const restored = saved && {
		run: { startedAt: saved.startedAt, finishedAt: saved.finishedAt },
		part: saved.part,
		attempts: attemptsOfState(questions, saved, lessonId)
	};
	// Interactions already sent stay sent: each question's first try is reported once.
	const reported = new Set(restored?.attempts.map((attempt) => attempt.questionId));
	return {
		version,
		learnerName: session.learnerName,
		restored,
		save(attempts, run, part) {
			const firsts = new Map<string, Attempt>();
			for (const attempt of [...attempts].sort((a, b) => a.at.localeCompare(b.at))) {
				if (!firsts.has(attempt.questionId)) {
					firsts.set(attempt.questionId, attempt);
				}
			}
			for (const question of questions) {
				const first = firsts.get(question.id);
				if (first && !reported.has(question.id)) {
					session.addInteraction(toInteraction(question, first, version));
					reported.add(question.id);
				}
			}
			const state = stateOfLesson(questions, attempts, run, part);
			session.report({
				score: scoreLesson(lesson, lessonId, questions, attempts).score,
				passMark: lesson.passMark,
				finished: run.finishedAt !== null,
				suspendData: encodeLessonState(state, questions, SUSPEND_DATA_LIMITS[version])
			});
		},
		end() {
			session.end(Date.now());
		}
	};
}
