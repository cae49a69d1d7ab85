/**
 * The review schedule, worked out each time by replaying every attempt through FSRS (ts-fsrs):
 * nothing about it is stored, so answering in /review is just another attempt and the schedule
 * follows by itself, and two devices with the same attempts agree on it.
 */
import { Rating, fsrs, type FSRSState } from 'ts-fsrs';
import type { Attempt } from '../record';
import { timeline } from './timeline';

const DAY = 86_400_000;

export type ReviewRating = Rating.Again | Rating.Hard | Rating.Good;

/**
 * No fuzz, so the same attempts always give the same dates. No short-term learning steps: they
 * bring a card back after minutes, which suits flashcards drilled in one sitting; a reading
 * question answered right should come back after days (and one answered wrong is due at once
 * anyway, see `reviewQueue`).
 */
export const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/**
 * How an attempt counts as a review: fully right is Good, partly right (some credit) is Hard,
 * no credit is Again. Nothing is Easy: a right answer says nothing about how easy it felt.
 */
export function ratingOf(attempt: Pick<Attempt, 'score' | 'correct'>): ReviewRating {
	if (attempt.correct) {
		return Rating.Good;
	}
	return attempt.score > 0 ? Rating.Hard : Rating.Again;
}

/** One question's place in the schedule after all its attempts. */
export interface ScheduledQuestion {
	questionId: string;
	/** When FSRS next wants it, from the latest attempt. */
	due: string;
	lastScore: number;
	lastCorrect: boolean;
	lastAnsweredAt: string;
	/** Attempts replayed. */
	reviews: number;
	stability: number;
	difficulty: number;
}

export interface ReviewItem {
	questionId: string;
	/** For an answer that went wrong, the time of that answer: it is due at once. */
	due: string;
	reason: 'answered-wrong' | 'due-again';
	lastScore: number;
}

interface Replayed {
	memory: FSRSState;
	day: number;
	dueTime: number;
	last: Attempt;
	lastTime: number;
	reviews: number;
}

/**
 * Every answered question's schedule, in order of first answer. Only questions in `questionIds`
 * count when it is given (a question removed from the bank keeps its attempts, but drops out).
 */
export function reviewSchedule(
	attempts: readonly Attempt[],
	questionIds?: ReadonlySet<string> | null
): ScheduledQuestion[] {
	return [...replay(attempts, questionIds).entries()].map(([questionId, card]) => ({
		questionId,
		due: new Date(card.dueTime).toISOString(),
		lastScore: card.last.score,
		lastCorrect: card.last.correct,
		lastAnsweredAt: new Date(card.lastTime).toISOString(),
		reviews: card.reviews,
		stability: card.memory.stability,
		difficulty: card.memory.difficulty
	}));
}

/**
 * What to review now: every question whose latest answer was not fully right (due at once, and
 * first), then every question FSRS says is due, each group oldest due first.
 */
export function reviewQueue(
	attempts: readonly Attempt[],
	questionIds: ReadonlySet<string> | null | undefined,
	now: Date
): ReviewItem[] {
	const cutoff = now.getTime();
	const wrong: Pending[] = [];
	const due: Pending[] = [];
	for (const [questionId, card] of replay(attempts, questionIds)) {
		const lastScore = card.last.score;
		if (!card.last.correct) {
			wrong.push({ questionId, time: card.lastTime, reason: 'answered-wrong', lastScore });
		} else if (card.dueTime <= cutoff) {
			due.push({ questionId, time: card.dueTime, reason: 'due-again', lastScore });
		}
	}
	return [...wrong.sort(byDue), ...due.sort(byDue)].map(({ time, ...item }) => ({
		questionId: item.questionId,
		due: new Date(time).toISOString(),
		reason: item.reason,
		lastScore: item.lastScore
	}));
}

export function dueCount(
	attempts: readonly Attempt[],
	questionIds: ReadonlySet<string> | null | undefined,
	now: Date
): number {
	return reviewQueue(attempts, questionIds, now).length;
}

type Pending = Omit<ReviewItem, 'due'> & { time: number };

function byDue(a: Pending, b: Pending): number {
	return a.time - b.time || (a.questionId < b.questionId ? -1 : 1);
}

function replay(
	attempts: readonly Attempt[],
	questionIds: ReadonlySet<string> | null | undefined
): Map<string, Replayed> {
	const ordered = timeline(attempts);
	const cards = new Map<string, Replayed>();
	for (let i = 0; i < ordered.attempts.length; i++) {
		const attempt = ordered.attempts[i]!;
		if (questionIds && !questionIds.has(attempt.questionId)) {
			continue;
		}
		const time = ordered.times[i]!;
		// Whole days between reviews, counted on UTC dates as ts-fsrs counts them.
		const day = Math.floor(time / DAY);
		const card = cards.get(attempt.questionId);
		const next = card
			? review(card.memory, day - card.day, ratingOf(attempt))
			: review(null, 0, ratingOf(attempt));
		if (card) {
			card.memory = next.memory;
			card.day = day;
			card.dueTime = time + next.days * DAY;
			card.last = attempt;
			card.lastTime = time;
			card.reviews += 1;
		} else {
			cards.set(attempt.questionId, {
				memory: next.memory,
				day,
				dueTime: time + next.days * DAY,
				last: attempt,
				lastTime: time,
				reviews: 1
			});
		}
	}
	return cards;
}

/**
 * One review, as ts-fsrs's long-term scheduler (`scheduler.next` with short-term steps off) does
 * it, from the same FSRS functions: the new memory state for the rating, and its interval kept
 * above the lower ratings' intervals, as that scheduler keeps them. `next` works out the card for
 * all four ratings and copies it several times, three times slower over a year of attempts; the
 * tests check that both give the same dates.
 */
function review(
	memory: FSRSState | null,
	elapsedDays: number,
	rating: ReviewRating
): { memory: FSRSState; days: number } {
	// How likely the answer was still remembered, worked out once for every rating.
	const recall = memory ? scheduler.forgetting_curve(elapsedDays, memory.stability) : undefined;
	const hard = scheduler.next_state(memory, elapsedDays, Rating.Hard, recall);
	let hardDays: number = scheduler.next_interval(hard.stability, elapsedDays);
	// A lapse never raises stability, so Again's interval is at most the current one's: when that
	// is already shorter than Hard's, Again cannot push Hard's up and need not be worked out.
	const againBelowHard =
		memory !== null && scheduler.next_interval(memory.stability, elapsedDays) < hardDays;
	if (rating === Rating.Again || !againBelowHard) {
		const again = scheduler.next_state(memory, elapsedDays, Rating.Again, recall);
		const againDays = Math.min(scheduler.next_interval(again.stability, elapsedDays), hardDays);
		if (rating === Rating.Again) {
			return { memory: again, days: againDays };
		}
		hardDays = Math.max(hardDays, againDays + 1);
	}
	if (rating === Rating.Hard) {
		return { memory: hard, days: hardDays };
	}
	const good = scheduler.next_state(memory, elapsedDays, Rating.Good, recall);
	return {
		memory: good,
		days: Math.max(scheduler.next_interval(good.stability, elapsedDays), hardDays + 1)
	};
}
