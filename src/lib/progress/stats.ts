/**
 * Everything the pages show about how a student is doing, derived from the attempts each time:
 * nothing here is stored, so a rule can change without a migration.
 */
import type { Question, Reading } from '../content/model';
import { compareTimes, type Attempt, type ProgressRecord } from './record';

/** All statistics need of a question or reading, so pages need not ship the whole bank. */
export type QuestionRef = Pick<Question, 'id' | 'readingId'>;
export type ReadingRef = Pick<Reading, 'id'>;

export interface ReadingProgress {
	/** Questions on this reading. */
	total: number;
	/** Questions with at least one attempt. */
	answered: number;
	correctFirstTry: number;
	/** First-try score out of every question on the reading, partial credit included, 0 to 100. */
	percent: number;
	/** Every question answered (a reading without questions: marked finished). */
	finished: boolean;
	opened: boolean;
	secondsSpent: number;
}

export interface ArticleTotals extends ReadingProgress {
	readings: number;
	readingsOpened: number;
	readingsFinished: number;
}

/**
 * The first attempt at each question, in time order: only these count toward scores, so trying
 * again after seeing the explanation does not inflate them. Later attempts stay in the record.
 */
export function firstTries(attempts: readonly Attempt[]): Attempt[] {
	const first = new Map<string, Attempt>();
	for (const attempt of inTimeOrder(attempts)) {
		if (!first.has(attempt.questionId)) {
			first.set(attempt.questionId, attempt);
		}
	}
	return [...first.values()];
}

/** Each question's attempts, oldest first. */
export function groupByQuestion(attempts: readonly Attempt[]): Map<string, Attempt[]> {
	const groups = new Map<string, Attempt[]>();
	for (const attempt of inTimeOrder(attempts)) {
		const group = groups.get(attempt.questionId);
		if (group) {
			group.push(attempt);
		} else {
			groups.set(attempt.questionId, [attempt]);
		}
	}
	return groups;
}

export function latestAttempt(attempts: readonly Attempt[], questionId: string): Attempt | null {
	return inTimeOrder(attempts.filter((a) => a.questionId === questionId)).at(-1) ?? null;
}

export function readingProgress(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readingId: string
): ReadingProgress {
	const visit = Object.hasOwn(record.readings, readingId) ? record.readings[readingId] : undefined;
	const scored = score(
		record.attempts,
		questions.filter((q) => q.readingId === readingId)
	);
	return {
		...scored,
		finished:
			scored.total > 0 ? scored.answered === scored.total : (visit?.finishedAt ?? null) !== null,
		opened: visit !== undefined,
		secondsSpent: visit?.secondsSpent ?? 0
	};
}

/** Totals over the given readings; whole-article questions (no reading) are not counted. */
export function articleTotals(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readings: readonly ReadingRef[]
): ArticleTotals {
	const each = readings.map((reading) => readingProgress(record, questions, reading.id));
	const readingIds = new Set(readings.map((reading) => reading.id));
	const scored = score(
		record.attempts,
		questions.filter((q) => q.readingId !== null && readingIds.has(q.readingId))
	);
	return {
		...scored,
		finished: each.every((reading) => reading.finished),
		opened: each.some((reading) => reading.opened),
		secondsSpent: each.reduce((sum, reading) => sum + reading.secondsSpent, 0),
		readings: each.length,
		readingsOpened: each.filter((reading) => reading.opened).length,
		readingsFinished: each.filter((reading) => reading.finished).length
	};
}

/** The first reading, in the order given, that is not finished; null when all are. */
export function nextReading<R extends ReadingRef>(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readings: readonly R[]
): R | null {
	return (
		readings.find((reading) => !readingProgress(record, questions, reading.id).finished) ?? null
	);
}

/**
 * The distinct dates (YYYY-MM-DD, ascending) with at least one attempt, in the student's time
 * zone unless one is given: an answer at 23:30 belongs to that evening, not to the next day in UTC.
 */
export function daysPractised(attempts: readonly Attempt[], timeZone?: string): string[] {
	const format = dateFormat(timeZone);
	const days = new Set<string>();
	for (const attempt of attempts) {
		const at = new Date(attempt.at);
		if (!Number.isNaN(at.getTime())) {
			days.add(format(at));
		}
	}
	return [...days].sort();
}

/**
 * Days in a row with practice, ending today, or yesterday when today has none yet (the streak is
 * still alive until today ends). A missed day ends it; `daysPractised` still counts every day.
 */
export function currentStreak(
	attempts: readonly Attempt[],
	today: Date,
	timeZone?: string
): number {
	const days = new Set(daysPractised(attempts, timeZone));
	let day = dateFormat(timeZone)(today);
	if (!days.has(day)) {
		day = dayBefore(day);
	}
	let streak = 0;
	while (days.has(day)) {
		streak += 1;
		day = dayBefore(day);
	}
	return streak;
}

function score(attempts: readonly Attempt[], questions: readonly QuestionRef[]) {
	const ids = new Set(questions.map((q) => q.id));
	const first = firstTries(attempts.filter((a) => ids.has(a.questionId)));
	const points = first.reduce((sum, attempt) => sum + attempt.score, 0);
	return {
		total: ids.size,
		answered: first.length,
		correctFirstTry: first.filter((attempt) => attempt.correct).length,
		percent: ids.size === 0 ? 0 : Math.round((100 * points) / ids.size)
	};
}

function inTimeOrder(attempts: readonly Attempt[]): Attempt[] {
	return [...attempts].sort(
		(a, b) => compareTimes(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

function dateFormat(timeZone: string | undefined): (date: Date) => string {
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	});
	return (date) => {
		const parts = Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
		return `${parts.year}-${parts.month}-${parts.day}`;
	};
}

/** Calendar arithmetic on the date alone, so time zones and daylight saving cannot skew it. */
function dayBefore(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}
