/**
 * Everything the progress page shows, derived in one pass from the record and the bank's
 * question list: per reading, per skill, days, the review queue and one next step.
 */
import type { Skill } from '$lib/content/model';
import { skillMastery, type SkillMastery } from './mastery';
import { suggestNextStep, type NextStep } from './next-step';
import type { ProgressRecord } from './record';
import { reviewQueue, type ReviewItem } from './review';
import {
	articleTotals,
	currentStreak,
	daysPractised,
	firstTries,
	readingProgress,
	type ArticleTotals,
	type ReadingProgress
} from './stats';

export interface DashboardQuestion {
	id: string;
	readingId: string | null;
	skill: Skill;
}

export interface DashboardReading {
	id: string;
	title: string;
}

export interface Dashboard {
	readings: (DashboardReading & ReadingProgress)[];
	totals: ArticleTotals;
	mastery: SkillMastery[];
	reviews: ReviewItem[];
	daysPractised: number;
	streak: number;
	articleCheck: { answered: number; total: number; correctFirstTry: number } | null;
	next: NextStep;
}

export function buildDashboard(
	record: ProgressRecord,
	readings: readonly DashboardReading[],
	questions: readonly DashboardQuestion[],
	articleId: string,
	now: Date
): Dashboard {
	const perReading = readings.map((reading) => ({
		...reading,
		...readingProgress(record, questions, reading.id)
	}));
	const mastery = skillMastery(record.attempts, questions, now);
	const reviews = reviewQueue(record.attempts, new Set(questions.map((q) => q.id)), now);
	const days = daysPractised(record.attempts);
	const checkQuestions = questions.filter((question) => question.readingId === null);
	const answeredIds = new Set(record.attempts.map((attempt) => attempt.questionId));
	const firstRight = new Set(
		firstTries(record.attempts)
			.filter((attempt) => attempt.correct)
			.map((attempt) => attempt.questionId)
	);
	const articleCheck =
		checkQuestions.length === 0
			? null
			: {
					total: checkQuestions.length,
					answered: checkQuestions.filter((q) => answeredIds.has(q.id)).length,
					correctFirstTry: checkQuestions.filter((q) => firstRight.has(q.id)).length
				};
	return {
		readings: perReading,
		totals: articleTotals(record, questions, readings),
		mastery,
		reviews,
		daysPractised: days.length,
		streak: currentStreak(record.attempts, now),
		articleCheck,
		next: suggestNextStep({
			readings: perReading,
			articleCheck:
				checkQuestions.length === 0
					? null
					: {
							articleId,
							unanswered: checkQuestions.filter((q) => !answeredIds.has(q.id)).map((q) => q.id)
						},
			reviews,
			mastery
		})
	};
}
