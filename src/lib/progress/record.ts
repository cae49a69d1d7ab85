/**
 * The progress record: every attempt, and each reading opened, finished and timed. Scores and
 * streaks are derived from it (see `stats.ts`), never stored beside it. The record comes back
 * from localStorage, other tabs and imported files, so `parseProgress` checks every part of it.
 */
import * as v from 'valibot';
import { responseSchema } from '../quiz/response';

export const LATEST_PROGRESS_VERSION = 1;

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

// The regex alone lets through dates such as 10 o'clock at offset ' +01' that Date cannot read.
const dateTime = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((text) => !Number.isNaN(Date.parse(text)), 'Invalid date')
);

export const attemptSchema = v.object({
	id,
	questionId: id,
	readingId: v.nullable(id),
	lessonId: v.nullable(id),
	response: responseSchema,
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	correct: v.boolean(),
	at: dateTime
});

export const readingVisitSchema = v.object({
	openedAt: dateTime,
	finishedAt: v.nullable(dateTime),
	secondsSpent: v.pipe(v.number(), v.finite(), v.minValue(0))
});

export const progressRecordSchema = v.object({
	version: v.literal(LATEST_PROGRESS_VERSION),
	attempts: v.array(attemptSchema),
	// Not v.record: it skips keys such as 'constructor' without a word, and nothing is dropped silently.
	readings: v.pipe(
		v.custom<Record<string, unknown>>(
			(value) => typeof value === 'object' && value !== null && !Array.isArray(value),
			'Expected an object of readings'
		),
		v.transform((readings) => Object.entries(readings)),
		v.array(v.tuple([id, readingVisitSchema])),
		v.transform((entries) => Object.fromEntries(entries))
	)
});

export type Attempt = v.InferOutput<typeof attemptSchema>;
export type ReadingVisit = v.InferOutput<typeof readingVisitSchema>;
export type ProgressRecord = v.InferOutput<typeof progressRecordSchema>;

export type ParsedProgress = { ok: true; value: ProgressRecord } | { ok: false; reason: string };

/** Upgrades a record from the version it is keyed by to the next one. */
export type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

/**
 * One entry per past version, keyed by the version it upgrades from. Empty while version 1 is
 * the only one; a change of shape adds an entry here and a test that loads the old shape.
 */
export const migrations: Readonly<Record<number, Migration>> = {};

export function emptyProgress(): ProgressRecord {
	return { version: LATEST_PROGRESS_VERSION, attempts: [], readings: {} };
}

/** Brings a record of any known version up to `latest`, one migration at a time. */
export function migrate(
	raw: unknown,
	table: Readonly<Record<number, Migration>> = migrations,
	latest: number = LATEST_PROGRESS_VERSION
): { ok: true; value: Record<string, unknown> } | { ok: false; reason: string } {
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
export function parseProgress(raw: unknown): ParsedProgress {
	const migrated = migrate(raw);
	if (!migrated.ok) {
		return migrated;
	}
	const result = v.safeParse(progressRecordSchema, migrated.value);
	if (!result.success) {
		const [issue] = result.issues;
		return {
			ok: false,
			reason: `Part of this progress could not be read (${where(issue)}: ${issue.message}).`
		};
	}
	const byId = new Map<string, Attempt>();
	for (const attempt of result.output.attempts) {
		const seen = byId.get(attempt.id);
		if (seen && canonical(seen) !== canonical(attempt)) {
			return { ok: false, reason: `Two different answers are saved under the id ${attempt.id}.` };
		}
		byId.set(attempt.id, attempt);
	}
	return { ok: true, value: mergeProgress(emptyProgress(), result.output) };
}

/**
 * Everything either record knows: attempts united by id, each reading's earliest opening and
 * finish and longest time. Commutative, associative and idempotent, so tabs can merge in any order.
 */
export function mergeProgress(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
	const byId = new Map<string, Attempt>();
	for (const attempt of [...a.attempts, ...b.attempts]) {
		const seen = byId.get(attempt.id);
		// Ids are unique, so a clash is a bug elsewhere; picking by content keeps merge symmetric.
		if (!seen || canonical(attempt) < canonical(seen)) {
			byId.set(attempt.id, attempt);
		}
	}
	const attempts = [...byId.values()].sort(byTime);

	const readingIds = [...new Set([...Object.keys(a.readings), ...Object.keys(b.readings)])].sort();
	const readings = Object.fromEntries(
		readingIds.map((readingId) => {
			const mine = own(a.readings, readingId);
			const theirs = own(b.readings, readingId);
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
	return { version: LATEST_PROGRESS_VERSION, attempts, readings };
}

export function recordAttempt(record: ProgressRecord, attempt: Attempt): ProgressRecord {
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

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new attempt id: the time in base 36 (so ids sort by time) and eight random characters (so
 * two tabs answering in the same millisecond still differ).
 */
export function newAttemptId(
	now: () => Date = () => new Date(),
	random: () => number = Math.random
): string {
	const time = Math.max(0, now().getTime()).toString(36).padStart(9, '0');
	let suffix = '';
	for (let i = 0; i < 8; i++) {
		const index = Math.min(ID_ALPHABET.length - 1, Math.floor(random() * ID_ALPHABET.length));
		suffix += ID_ALPHABET[Math.max(0, index)];
	}
	return `${time}-${suffix}`;
}

/** Where an issue is, as a dotted path that names readings by id rather than by position. */
function where(issue: v.BaseIssue<unknown>): string {
	const path = issue.path ?? [];
	const keys = path.map((item) => String(item.key));
	const entry = path[1]?.value;
	if (keys[0] === 'readings' && path.length > 2 && Array.isArray(entry)) {
		return ['readings', String(entry[0]), ...keys.slice(3)].join('.');
	}
	return keys.join('.') || 'the record';
}

function withVisit(record: ProgressRecord, readingId: string, visit: ReadingVisit): ProgressRecord {
	// A computed key defines an own property, so even an id like '__proto__' stays data.
	return { ...record, readings: { ...record.readings, [readingId]: visit } };
}

function own(readings: Record<string, ReadingVisit>, readingId: string): ReadingVisit | undefined {
	return Object.hasOwn(readings, readingId) ? readings[readingId] : undefined;
}

/** Earlier instant first; the same instant written two ways is settled by the text. */
export function compareTimes(a: string, b: string): number {
	return Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function earliest(a: string, b: string): string {
	return compareTimes(a, b) <= 0 ? a : b;
}

function byTime(a: Attempt, b: Attempt): number {
	return compareTimes(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
