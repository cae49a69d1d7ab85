/**
 * The progress record: every attempt, and each reading opened, finished and timed. Scores and
 * streaks are derived from it (see `stats.ts`), never stored beside it. The record comes back
 * from localStorage, other tabs and imported files, so `parseProgress` checks every part of it.
 *
 * In memory it is the shape in `record-schema.ts` (each attempt a full object with its ISO time).
 * Storage keeps version 2, a compact form of the same data: `serializeProgress` writes it, and
 * `parseProgress` reads it, and version 1 too. Version 2, in short (`stored-progress.ts` has it all):
 *
 *   { "version": 2,
 *     "questions": [[questionId, readingId | null, lessonId | null], ...],  each context once
 *     "responses": [response, ...],                                        each distinct answer once
 *     "attempts": [[id, question, response, score, correct, at], ...],
 *     "readings": { [readingId]: { "openedAt", "finishedAt", "secondsSpent" } } }
 *
 *   id: the id's part after `newAttemptId`'s time stamp, or '=' and the whole id; question and
 *   response: positions in the lists; correct: 1 or 0; at: milliseconds since 1970, or the ISO
 *   text when it is not in `toISOString`'s form. Attempts in full (version 1's shape) are read too.
 *
 * A year of daily practice (10,000 attempts): 4.7 MB in version 1, about 0.8 MB in version 2
 * (as localStorage counts it, two bytes a character).
 */
import { LATEST_PROGRESS_VERSION } from './record-limits';
import type { Attempt, ProgressRecord, ReadingVisit } from './record-schema';
import type { Parsed } from '../storage/parsed';
import { BASE36, idStamp, readStoredProgress } from './stored-progress';
import { compareTimes, timeOf } from './times';

// The schemas stay in record-schema.ts: importing them from here would bring the validator into
// every page that reads progress.
export { LATEST_PROGRESS_VERSION } from './record-limits';
export type { Attempt, ProgressRecord, ReadingVisit } from './record-schema';
export { countDamagedAttempts, serializeProgress } from './stored-progress';

/** What merging reads of a record: any version in memory will do. */
export type RecordContent = Pick<ProgressRecord, 'attempts' | 'readings'>;

/** Upgrades a record from the version it is keyed by to the next one. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past version, keyed by the version it upgrades from; each change of shape adds
 * one, and a test that loads the old shape.
 */
export const migrations: Readonly<Record<number, Migration>> = {
	// Version 2 reads attempts in full as they are, so version 1's need no change to be read; the
	// next save writes them compactly (`serializeProgress`).
	1: (record) => ({ ...record, version: 2 })
};

export function emptyProgress(): ProgressRecord {
	return { version: LATEST_PROGRESS_VERSION, attempts: [], readings: {} };
}

/** Brings a record of any known version up to `latest`, one migration at a time. */
export function migrate(
	raw: unknown,
	table: Readonly<Record<number, Migration>> = migrations,
	latest: number = LATEST_PROGRESS_VERSION
): Parsed<Record<string, unknown>> {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { ok: false, reason: 'This is not a Close Read progress record.' };
	}
	let record = raw as Record<string, unknown>;
	let version = record.version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return { ok: false, reason: 'This progress has no version number Close Read can read.' };
	}
	if (version > latest) {
		return { ok: false, reason: 'This progress was saved by a newer version of Close Read.' };
	}
	while (version < latest) {
		const step = table[version];
		if (!step) {
			return { ok: false, reason: `Close Read can no longer read progress of version ${version}.` };
		}
		try {
			record = step(record);
		} catch {
			return {
				ok: false,
				reason: `Progress of version ${version} could not be brought up to date.`
			};
		}
		version += 1;
	}
	return { ok: true, value: record };
}

/** Checks a record from outside; a record with any unreadable attempt is refused whole. */
export function parseProgress(raw: unknown): Parsed<ProgressRecord> {
	const migrated = migrate(raw);
	if (!migrated.ok) {
		return migrated;
	}
	const read = readStoredProgress(migrated.value);
	if (!read.ok) {
		return read;
	}
	const united = unite(read.value.attempts, read.value.times);
	if (united.clash !== null) {
		return { ok: false, reason: `Two different answers are saved under the id ${united.clash}.` };
	}
	return {
		ok: true,
		value: {
			version: LATEST_PROGRESS_VERSION,
			attempts: united.attempts,
			readings: mergeReadings({}, read.value.readings)
		}
	};
}

/**
 * Everything either record knows: attempts united by id, each reading's earliest opening and
 * finish and longest time. Commutative, associative and idempotent, so tabs can merge in any order.
 */
export function mergeProgress(a: RecordContent, b: RecordContent): ProgressRecord {
	return {
		version: LATEST_PROGRESS_VERSION,
		attempts: unite([...a.attempts, ...b.attempts]).attempts,
		readings: mergeReadings(a.readings, b.readings)
	};
}

/**
 * Adds one attempt. `record` is one these functions made (attempts in order, each id once), so a
 * new attempt later than all the others, as every answer given now is, just goes at the end:
 * merging would put it there too, at a tenth of the cost on every Check.
 */
export function recordAttempt(record: ProgressRecord, attempt: Attempt): ProgressRecord {
	const last = record.attempts.at(-1);
	const latest =
		!last ||
		(timeOf(last.at) - timeOf(attempt.at) ||
			compareText(last.at, attempt.at) ||
			compareText(last.id, attempt.id)) < 0;
	if (latest && !record.attempts.some((kept) => kept.id === attempt.id)) {
		return { ...record, version: LATEST_PROGRESS_VERSION, attempts: [...record.attempts, attempt] };
	}
	return mergeProgress(record, { ...emptyProgress(), attempts: [attempt] });
}

/** Keeps the first opening: reopening a reading does not move it. */
export function markReadingOpened(
	record: ProgressRecord,
	readingId: string,
	at: string
): ProgressRecord {
	if (own(record.readings, readingId)) {
		return record;
	}
	return withVisit(record, readingId, { openedAt: at, finishedAt: null, secondsSpent: 0 });
}

/** Keeps the first finish; finishing a reading never opened counts as opening it then. */
export function markReadingFinished(
	record: ProgressRecord,
	readingId: string,
	at: string
): ProgressRecord {
	const visit = own(record.readings, readingId) ?? {
		openedAt: at,
		finishedAt: null,
		secondsSpent: 0
	};
	if (visit.finishedAt !== null) {
		return record;
	}
	return withVisit(record, readingId, { ...visit, finishedAt: at });
}

/** Adds reading time; negative or non-finite amounts (a clock jump) are ignored. */
export function addTimeSpent(
	record: ProgressRecord,
	readingId: string,
	seconds: number,
	at: string = new Date().toISOString()
): ProgressRecord {
	if (!Number.isFinite(seconds) || seconds <= 0) {
		return record;
	}
	const visit = own(record.readings, readingId) ?? {
		openedAt: at,
		finishedAt: null,
		secondsSpent: 0
	};
	return withVisit(record, readingId, { ...visit, secondsSpent: visit.secondsSpent + seconds });
}

/**
 * A new attempt id: the time in base 36 (so ids sort by time) and eight random characters (so
 * two tabs answering in the same millisecond still differ).
 */
export function newAttemptId(
	now: () => Date = () => new Date(),
	random: () => number = Math.random
): string {
	const time = idStamp(now().getTime());
	let suffix = '';
	for (let i = 0; i < 8; i++) {
		const index = Math.min(BASE36.length - 1, Math.floor(random() * BASE36.length));
		suffix += BASE36[Math.max(0, index)];
	}
	return `${time}-${suffix}`;
}

function withVisit(record: ProgressRecord, readingId: string, visit: ReadingVisit): ProgressRecord {
	// A computed key defines an own property, so even an id like '__proto__' stays data.
	return { ...record, readings: { ...record.readings, [readingId]: visit } };
}

function own(readings: Record<string, ReadingVisit>, readingId: string): ReadingVisit | undefined {
	return Object.hasOwn(readings, readingId) ? readings[readingId] : undefined;
}

/**
 * Attempts once per id, oldest first (then by the text of the time, then by id), and the first id
 * found with two different attempts. `times[i]` is `list[i].at` in ms, when the caller has them.
 */
function unite(
	list: readonly Attempt[],
	times: readonly number[] = list.map((attempt) => timeOf(attempt.at))
): { attempts: Attempt[]; clash: string | null } {
	const compare = (i: number, j: number): number =>
		times[i]! - times[j]! ||
		compareText(list[i]!.at, list[j]!.at) ||
		compareText(list[i]!.id, list[j]!.id);
	const kept = new Map<string, number>();
	let clash: string | null = null;
	let ordered = true;
	for (let i = 0; i < list.length; i++) {
		const attempt = list[i]!;
		const seen = kept.get(attempt.id);
		if (seen === undefined) {
			kept.set(attempt.id, i);
		} else if (!sameAttempt(list[seen]!, attempt)) {
			// Ids are unique, so a clash is a bug elsewhere; picking by content keeps merge symmetric.
			const mine = canonical(attempt);
			const theirs = canonical(list[seen]);
			if (mine !== theirs) {
				clash ??= attempt.id;
				if (mine < theirs) {
					kept.set(attempt.id, i);
				}
			}
		}
		if (ordered && i > 0 && compare(i - 1, i) > 0) {
			ordered = false;
		}
	}
	// A stored record, or a record and one new attempt, is usually in order already with no id twice.
	if (ordered && kept.size === list.length) {
		return { attempts: [...list], clash };
	}
	const order = [...kept.values()].sort(compare);
	return { attempts: order.map((i) => list[i]!), clash };
}

function mergeReadings(
	a: Record<string, ReadingVisit>,
	b: Record<string, ReadingVisit>
): Record<string, ReadingVisit> {
	const readingIds = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
	return Object.fromEntries(
		readingIds.map((readingId) => {
			const mine = own(a, readingId);
			const theirs = own(b, readingId);
			const visit: ReadingVisit =
				mine && theirs
					? {
							openedAt: earliest(mine.openedAt, theirs.openedAt),
							finishedAt:
								mine.finishedAt === null
									? theirs.finishedAt
									: theirs.finishedAt === null
										? mine.finishedAt
										: earliest(mine.finishedAt, theirs.finishedAt),
							secondsSpent: Math.max(mine.secondsSpent, theirs.secondsSpent)
						}
					: { ...(mine ?? theirs)! };
			return [readingId, visit];
		})
	);
}

function earliest(a: string, b: string): string {
	return compareTimes(a, b) <= 0 ? a : b;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether two attempts hold the same data: a quick answer to `canonical(a) === canonical(b)`. */
function sameAttempt(a: Attempt, b: Attempt): boolean {
	if (a === b) {
		return true;
	}
	const plain = fieldCount(a) === ATTEMPT_FIELDS && fieldCount(b) === ATTEMPT_FIELDS;
	return plain
		? a.id === b.id &&
				a.at === b.at &&
				a.questionId === b.questionId &&
				a.readingId === b.readingId &&
				a.lessonId === b.lessonId &&
				a.score === b.score &&
				a.correct === b.correct &&
				sameValue(a.response, b.response)
		: sameValue(a, b);
}

// The fields of an attempt in record-schema.ts. Merging with another tab's copy or an imported
// file compares every attempt kept on both sides, so plain attempts are compared field by field.
const ATTEMPT_FIELDS = 8;

function fieldCount(value: object): number {
	let count = 0;
	for (const key in value) {
		if (Object.hasOwn(value, key)) {
			count += 1;
		}
	}
	return count;
}

/** Whether two values hold the same data, as `canonical` would write it. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a === b) {
		return true;
	}
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
		return false;
	}
	if (Array.isArray(a) !== Array.isArray(b)) {
		return false;
	}
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	if (keys.length !== Object.keys(y).length) {
		return false;
	}
	for (const key of keys) {
		if (!Object.hasOwn(y, key) || !sameValue(x[key], y[key])) {
			return false;
		}
	}
	return true;
}

/** The attempt as text with keys in a fixed order, to compare two attempts by content. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(canonical).join(',')}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}
