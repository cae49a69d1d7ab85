/**
 * The short summary a finished reading ends with: the first-try score (the one that counts, as on
 * the progress page), the skills its questions practised, and what to do next.
 */
import type { Question, Skill } from '$lib/content/model';
import { SKILL_LABELS } from '$lib/content/skills';
import type { Attempt } from '$lib/progress/record';
import { firstTries } from '$lib/progress/report/reading-progress';

export interface ReadingSummary {
	/** First-try score out of every question on the reading, partial credit included, 0 to 100. */
	percent: number;
	correctFirstTry: number;
	total: number;
	/** The skills practised, in the words teachers use, in the order the questions come. */
	skills: string[];
	/** Questions not fully right on the first try, in the order they are shown. */
	missed: number[];
}

/**
 * The summary of a reading whose questions are all answered, or null while one is not. Only the
 * first attempt at each question counts, so trying again never changes the score.
 */
export function summariseReading(
	questions: readonly Question[],
	attempts: readonly Attempt[]
): ReadingSummary | null {
	const first = new Map(firstTries(attempts).map((attempt) => [attempt.questionId, attempt]));
	if (questions.length === 0 || questions.some((question) => !first.has(question.id))) {
		return null;
	}
	const points = questions.reduce((sum, question) => sum + (first.get(question.id)?.score ?? 0), 0);
	const skills = [...new Set<Skill>(questions.map((question) => question.skill))];
	return {
		percent: Math.round((100 * points) / questions.length),
		correctFirstTry: questions.filter((question) => first.get(question.id)?.correct).length,
		total: questions.length,
		skills: skills.map((skill) => SKILL_LABELS[skill]),
		missed: questions.flatMap((question, index) =>
			first.get(question.id)?.correct ? [] : [index + 1]
		)
	};
}
