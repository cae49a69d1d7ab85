/**
 * Everything the progress page shows, derived in one pass from the record and the bank's
 * question list: per reading, per skill, days, the review queue and one next step.
 */
import type { Skill } from '$lib/content/model';
import { skillMastery, type SkillMastery } from './mastery';
import { suggestNextStep, type NextStep } from './next-step';
import type { ProgressRecord } from '../record';
import { reviewQueue, type ReviewItem } from './review';
import {
	articleTotals,
	firstTries,
	readingProgress,
	type ArticleTotals,
	type ReadingProgress
} from './reading-progress';
import { currentStreak, daysPractised } from './practice-days';

export interface DashboardQuestion {
	id: string;
	articleId: string;
	readingId: string | null;
	skill: Skill;
}

export interface DashboardArticle {
	id: string;
	title: string;
}

/** How far a student is through one article's whole-article check. */
export interface ArticleCheckProgress {
	articleId: string;
	title: string;
	answered: number;
	total: number;
	correctFirstTry: number;
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
	/** One per article that has a check, in the order the articles are given. */
	articleChecks: ArticleCheckProgress[];
	next: NextStep;
}

export function buildDashboard(
	record: ProgressRecord,
	readings: readonly DashboardReading[],
	questions: readonly DashboardQuestion[],
	articles: readonly DashboardArticle[],
	now: Date
): Dashboard {
	const perReading = readings.map((reading) => ({
		...reading,
		...readingProgress(record, questions, reading.id)
	}));
	const mastery = skillMastery(record.attempts, questions, now);
	const reviews = reviewQueue(record.attempts, new Set(questions.map((q) => q.id)), now);
	const days = daysPractised(record.attempts);
	const answeredIds = new Set(record.attempts.map((attempt) => attempt.questionId));
	const firstRight = new Set(
		firstTries(record.attempts)
			.filter((attempt) => attempt.correct)
			.map((attempt) => attempt.questionId)
	);
	const checks = articles.flatMap((article) => {
		const checkQuestions = questions.filter(
			(question) => question.readingId === null && question.articleId === article.id
		);
		return checkQuestions.length === 0 ? [] : [{ article, checkQuestions }];
	});
	const articleChecks = checks.map(({ article, checkQuestions }): ArticleCheckProgress => ({
		articleId: article.id,
		title: article.title,
		total: checkQuestions.length,
		answered: checkQuestions.filter((q) => answeredIds.has(q.id)).length,
		correctFirstTry: checkQuestions.filter((q) => firstRight.has(q.id)).length
	}));
	// The check to suggest: one with questions still open, else any (which suggests nothing).
	const unanswered = checks.map(({ article, checkQuestions }) => ({
		articleId: article.id,
		unanswered: checkQuestions.filter((q) => !answeredIds.has(q.id)).map((q) => q.id)
	}));
	const openCheck = unanswered.find((check) => check.unanswered.length > 0) ?? unanswered[0];
	return {
		readings: perReading,
		totals: articleTotals(record, questions, readings),
		mastery,
		reviews,
		daysPractised: days.length,
		streak: currentStreak(record.attempts, now),
		articleChecks,
		next: suggestNextStep({
			readings: perReading,
			articleCheck: openCheck ?? null,
			reviews,
			mastery
		})
	};
}
