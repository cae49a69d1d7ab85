/**
 * How a student did on a lesson, from their attempts tagged with the lesson: each question's
 * outcome on its first try, the score out of 100, pass or not, and how each skill went. Results
 * codes, the end-of-lesson summary and the results file all come from here.
 */
import type { Skill } from '$lib/content/model';
import type { Attempt } from '$lib/progress/record';
import { groupBy } from '$lib/group-by';
import type { Lesson } from './lesson';
import {
	keepResponse,
	laterTryOf,
	type GivenAnswer,
	type LessonResult,
	type Outcome
} from './lesson-result';

export interface LessonQuestionRef {
	id: string;
	skill: Skill;
	/** Where an evidence question's sentences are: its answer is kept as a sentence's index. */
	readingId?: string | null;
}

/** What scoring needs of a reading: its sentences, for evidence answers. */
export interface LessonReadingRef {
	id: string;
	sentences: readonly string[];
}

export interface LessonScore {
	/** In the lesson's question order. */
	outcomes: Outcome[];
	/** Out of 100: first tries, partial credit counted, over the questions that still exist. */
	score: number;
	passed: boolean;
	answered: number;
	/** Questions the bank still has. */
	total: number;
	bySkill: { skill: Skill; right: number; total: number }[];
	/** What was answered first and how the last try went, in the lesson's order; null if not. */
	answers: (GivenAnswer | null)[];
}

function outcomeOf(first: Attempt | undefined): Outcome {
	if (!first) {
		return 'unanswered';
	}
	return first.correct ? 'right' : first.score > 0 ? 'partial' : 'wrong';
}

/** Attempts of this lesson's questions, tagged with the lesson, first try first. */
export function firstTriesInLesson(
	attempts: readonly Attempt[],
	lessonId: string
): Map<string, Attempt> {
	const first = new Map<string, Attempt>();
	const ordered = attempts
		.filter((attempt) => attempt.lessonId === lessonId)
		.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
	for (const attempt of ordered) {
		if (!first.has(attempt.questionId)) {
			first.set(attempt.questionId, attempt);
		}
	}
	return first;
}

export function scoreLesson(
	lesson: Lesson,
	lessonId: string,
	questions: readonly LessonQuestionRef[],
	attempts: readonly Attempt[],
	readings: readonly LessonReadingRef[] = []
): LessonScore {
	const known = new Map(questions.map((question) => [question.id, question]));
	const first = firstTriesInLesson(attempts, lessonId);
	const sentences = new Map(readings.map((reading) => [reading.id, reading.sentences]));
	const tries = groupBy(
		attempts.filter((attempt) => attempt.lessonId === lessonId),
		(attempt) => attempt.questionId
	);
	const outcomes = lesson.questionIds.map((id) =>
		known.has(id) ? outcomeOf(first.get(id)) : ('missing' as const)
	);
	const present = lesson.questionIds.filter((id) => known.has(id));
	const points = present.reduce((sum, id) => sum + (first.get(id)?.score ?? 0), 0);
	const score = present.length === 0 ? 0 : Math.round((100 * points) / present.length);
	const skills = new Map<Skill, { right: number; total: number }>();
	for (const id of present) {
		const skill = known.get(id)?.skill;
		if (skill) {
			const tally = skills.get(skill) ?? { right: 0, total: 0 };
			tally.total += 1;
			tally.right += first.get(id)?.correct ? 1 : 0;
			skills.set(skill, tally);
		}
	}
	return {
		outcomes,
		score,
		passed: score >= lesson.passMark,
		answered: present.filter((id) => first.has(id)).length,
		total: present.length,
		bySkill: [...skills].map(([skill, tally]) => ({ skill, ...tally })),
		answers: lesson.questionIds.map((id, index) => {
			const firstTry = first.get(id);
			if (!firstTry || outcomes[index] === 'missing') {
				return null;
			}
			const readingId = known.get(id)?.readingId;
			const ordered = [...(tries.get(id) ?? [])].sort(
				(a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)
			);
			return {
				first: keepResponse(firstTry.response, readingId ? sentences.get(readingId) : []),
				later: laterTryOf(ordered)
			};
		})
	};
}

export function lessonResult(
	lessonId: string,
	studentName: string,
	scored: LessonScore,
	startedAt: string,
	finishedAt: string
): LessonResult {
	return {
		lessonId,
		studentName,
		outcomes: scored.outcomes,
		score: scored.score,
		answers: scored.answers,
		startedAt,
		finishedAt: finishedAt < startedAt ? startedAt : finishedAt
	};
}
