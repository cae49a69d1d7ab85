/**
 * How a student is doing, reading by reading and over the article, derived from the attempts each
 * time: nothing here is stored, so a rule can change without a migration. For the home and
 * progress pages; a reading's own page needs none of it.
 */
import type { Question, Reading } from '../../content/model';
import type { Attempt, ProgressRecord } from '../record';
import { byTime } from '../stats';

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
	return [...allFirstTries(attempts).values()].sort(byTime);
}

/** Each question's first attempt, in one pass over attempts in any order, without sorting. */
function firstTryByQuestion(attempts: readonly Attempt[]): Map<string, Attempt> {
	const first = new Map<string, Attempt>();
	for (const attempt of attempts) {
		const seen = first.get(attempt.questionId);
		if (!seen || byTime(attempt, seen) < 0) {
			first.set(attempt.questionId, attempt);
		}
	}
	return first;
}

export function readingProgress(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readingId: string
): ReadingProgress {
	const ids = new Set(questions.filter((q) => q.readingId === readingId).map((q) => q.id));
	return progressOf(record, readingId, ids, allFirstTries(record.attempts));
}

/** `readingProgress` of each reading, in the order given, from one pass over the attempts. */
export function readingsProgress(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readings: readonly ReadingRef[]
): ReadingProgress[] {
	const first = allFirstTries(record.attempts);
	const idsByReading = new Map<string | null, Set<string>>();
	for (const question of questions) {
		const ids = idsByReading.get(question.readingId);
		if (ids) {
			ids.add(question.id);
		} else {
			idsByReading.set(question.readingId, new Set([question.id]));
		}
	}
	return readings.map((reading) =>
		progressOf(record, reading.id, idsByReading.get(reading.id) ?? new Set(), first)
	);
}

/** Totals over the given readings; whole-article questions (no reading) are not counted. */
export function articleTotals(
	record: ProgressRecord,
	questions: readonly QuestionRef[],
	readings: readonly ReadingRef[]
): ArticleTotals {
	const each = readingsProgress(record, questions, readings);
	const readingIds = new Set(readings.map((reading) => reading.id));
	const ids = new Set(
		questions.filter((q) => q.readingId !== null && readingIds.has(q.readingId)).map((q) => q.id)
	);
	const scored = score(ids, allFirstTries(record.attempts));
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
	const each = readingsProgress(record, questions, readings);
	return readings.find((_, i) => !each[i]!.finished) ?? null;
}

interface FirstTries {
	length: number;
	head: Attempt | undefined;
	tail: Attempt | undefined;
	first: ReadonlyMap<string, Attempt>;
}

// Pages ask about one reading at a time, a dozen times over for the same record, and a pass over a
// year of attempts each time adds up: the first tries are found once per list. Lists of attempts
// are never changed in place (record.ts makes a new one for every change), and in case one is,
// its length and ends must still match.
const firstTriesOf = new WeakMap<readonly Attempt[], FirstTries>();

function allFirstTries(attempts: readonly Attempt[]): ReadonlyMap<string, Attempt> {
	const known = firstTriesOf.get(attempts);
	if (
		known &&
		known.length === attempts.length &&
		known.head === attempts[0] &&
		known.tail === attempts[attempts.length - 1]
	) {
		return known.first;
	}
	const first = firstTryByQuestion(attempts);
	firstTriesOf.set(attempts, {
		length: attempts.length,
		head: attempts[0],
		tail: attempts[attempts.length - 1],
		first
	});
	return first;
}

function progressOf(
	record: ProgressRecord,
	readingId: string,
	ids: ReadonlySet<string>,
	first: ReadonlyMap<string, Attempt>
): ReadingProgress {
	const visit = Object.hasOwn(record.readings, readingId) ? record.readings[readingId] : undefined;
	const scored = score(ids, first);
	return {
		...scored,
		finished:
			scored.total > 0 ? scored.answered === scored.total : (visit?.finishedAt ?? null) !== null,
		opened: visit !== undefined,
		secondsSpent: visit?.secondsSpent ?? 0
	};
}

function score(ids: ReadonlySet<string>, firstTries: ReadonlyMap<string, Attempt>) {
	const first: Attempt[] = [];
	for (const id of ids) {
		const attempt = firstTries.get(id);
		if (attempt) {
			first.push(attempt);
		}
	}
	// Added up in time order, as they were made, so the rounding never depends on the bank's order.
	first.sort(byTime);
	const points = first.reduce((sum, attempt) => sum + attempt.score, 0);
	return {
		total: ids.size,
		answered: first.length,
		correctFirstTry: first.filter((attempt) => attempt.correct).length,
		percent: ids.size === 0 ? 0 : Math.round((100 * points) / ids.size)
	};
}
