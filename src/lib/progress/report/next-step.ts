/**
 * The one next step the progress page suggests, from what the page has already derived: a
 * student should see a single clear thing to do, not a list to choose from.
 */
import type { Skill } from '../../content/kinds';
import type { SkillMastery } from './mastery';
import type { ReviewItem } from './review';
import type { ReadingProgress, ReadingRef } from './reading-progress';

export type NextStep =
	/** Nothing done yet: the first reading. */
	| { kind: 'start'; readingId: string }
	/** A reading begun and not finished, or else the next one not yet begun. */
	| { kind: 'continue-reading'; readingId: string }
	/** Questions to review now, in queue order. */
	| { kind: 'review'; questionIds: string[] }
	/** Every reading done: the whole-article check's questions still to answer. */
	| { kind: 'article-check'; articleId: string; questionIds: string[] }
	/** Everything answered: the weakest skill, and its questions that need work, weakest first. */
	| { kind: 'practise-skill'; skill: Skill; questionIds: string[] }
	| { kind: 'done' };

export interface NextStepFacts {
	/** Every reading in article order, with its `readingProgress`. */
	readings: readonly (ReadingRef & Pick<ReadingProgress, 'opened' | 'answered' | 'finished'>)[];
	/** The whole-article check and the ids of its questions not answered yet; null if none. */
	articleCheck: { articleId: string; unanswered: readonly string[] } | null;
	/** `reviewQueue` now. */
	reviews: readonly ReviewItem[];
	/** `skillMastery`. */
	mastery: readonly SkillMastery[];
}

/**
 * In this order: finish the reading in hand; review what is due (it was wrong or is being
 * forgotten, and a short review beats new work); go on through the article; take the article
 * check; practise the weakest skill that is not yet secure; else all is done.
 */
export function suggestNextStep(facts: NextStepFacts): NextStep {
	const { readings, articleCheck, reviews, mastery } = facts;
	const begun = (reading: NextStepFacts['readings'][number]) =>
		reading.opened || reading.answered > 0;

	const first = readings[0];
	const nothingDone =
		!readings.some(begun) && reviews.length === 0 && mastery.every((skill) => skill.answered === 0);
	if (first && nothingDone) {
		return { kind: 'start', readingId: first.id };
	}

	const inHand = readings.find((reading) => begun(reading) && !reading.finished);
	if (inHand) {
		return { kind: 'continue-reading', readingId: inHand.id };
	}
	if (reviews.length > 0) {
		return { kind: 'review', questionIds: reviews.map((item) => item.questionId) };
	}
	const next = readings.find((reading) => !reading.finished);
	if (next) {
		return { kind: 'continue-reading', readingId: next.id };
	}
	if (articleCheck && articleCheck.unanswered.length > 0) {
		return {
			kind: 'article-check',
			articleId: articleCheck.articleId,
			questionIds: [...articleCheck.unanswered]
		};
	}

	const weakest = mastery
		.filter((skill) => skill.level !== 'secure' && skill.needsWork.length > 0)
		.reduce<SkillMastery | null>(
			(weakest, skill) => (weakest === null || skill.score < weakest.score ? skill : weakest),
			null
		);
	if (weakest) {
		return { kind: 'practise-skill', skill: weakest.skill, questionIds: [...weakest.needsWork] };
	}
	return { kind: 'done' };
}
