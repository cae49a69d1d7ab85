/**
 * The progress file a student downloads to move their answers to another device, and the import
 * that reads it back. An import adds to what is kept and never replaces it, and nothing from the
 * file is used before the whole of it has passed the record's schema.
 */
import {
	LATEST_PROGRESS_VERSION,
	countDamagedAttempts,
	mergeProgress,
	newAttemptId,
	parseProgress,
	type Attempt,
	type ProgressRecord,
	type ReadingVisit
} from '../record';
import { parseJson, type Parsed, type Refused } from '../../storage/parsed';
import { timeOf } from '../times';

/** Files above this are refused unread: a year of daily practice is about half of it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ProgressFile {
	name: string;
	text: string;
}

export interface ImportSummary {
	attemptsAdded: number;
	attemptsAlreadyThere: number;
	readingsAdded: number;
	/**
	 * Answers whose id was already used here by a different answer: the one here is kept, the
	 * file's is added under a new id (counted in `attemptsAdded` too).
	 */
	attemptsRenamed: number;
	/** Answers or readings dated before 2000 or in the future: left out, as no one gave them then. */
	leftOutImpossibleDates: number;
}

/** Close Read did not exist before this; nothing in a progress file is older. */
const EARLIEST_PLAUSIBLE = Date.UTC(2000, 0, 1);
/** A device clock a day fast is still a real answer. */
const CLOCK_SLACK_MS = 24 * 60 * 60_000;

export type ImportResult = { ok: true; merged: ProgressRecord; summary: ImportSummary } | Refused;

/** The record inside a small envelope that says what the file is, dated in the student's day. */
export function exportProgressFile(record: ProgressRecord, now: Date): ProgressFile {
	const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
		.map((part) => String(part).padStart(2, '0'))
		.join('-');
	const envelope = { app: 'close-read', kind: 'progress', exportedAt: now.toISOString(), record };
	// No indentation: a year of answers is over 2 MB already, and indenting would near double it.
	return { name: `close-read-progress-${day}.json`, text: JSON.stringify(envelope) };
}

const NOTHING_CHANGED = 'Nothing was imported and your own progress is unchanged.';

/**
 * Reads a progress file (the envelope, or a bare record as kept in storage) and merges it into
 * `current`. Never throws: anything wrong with the file comes back as a reason in plain words.
 */
export function importProgressFile(
	text: string,
	current: ProgressRecord,
	now: Date = new Date()
): ImportResult {
	try {
		return importText(text, current, now.getTime());
	} catch {
		// Every step above is meant not to throw; this keeps a surprise from taking the page down.
		return refuse('This file could not be read.');
	}
}

function importText(text: string, current: ProgressRecord, now: number): ImportResult {
	if (typeof text !== 'string' || text.trim() === '') {
		return refuse('This file is empty.');
	}
	// Characters, not bytes: close enough for a limit, and no need to encode 5 MB to count.
	if (text.length > MAX_IMPORT_BYTES) {
		return refuse('This file is larger than 5 MB, too large to be a Close Read progress file.');
	}
	const json = parseJson(
		text,
		'This file is not a Close Read progress file: it is not in the JSON format Close Read ' +
			'saves, or it has been cut short or changed.'
	);
	if (!json.ok) {
		return refuse(json.reason);
	}

	const found = recordIn(json.value);
	if (!found.ok) {
		return refuse(found.reason);
	}
	const version = (found.value as { version?: unknown }).version;
	// Close Read numbers its versions 1, 2, 3: "2.5" or "-1" was never written by it.
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse(
			'This is not a Close Read progress file: its version number is not one Close Read writes.'
		);
	}
	if (version > LATEST_PROGRESS_VERSION) {
		return refuse(
			'This file was saved by a newer version of Close Read. Reload the page to get the newest ' +
				'version, then import it again.'
		);
	}

	const parsed = parseProgress(found.value);
	if (!parsed.ok) {
		return refuse(damage(found.value, parsed.reason));
	}
	const plausible = (at: string) => {
		const time = timeOf(at);
		return time >= EARLIEST_PLAUSIBLE && time <= now + CLOCK_SLACK_MS;
	};
	let leftOutImpossibleDates = 0;
	const stored = new Map(current.attempts.map((attempt) => [attempt.id, attempt]));
	const attempts: Attempt[] = [];
	let attemptsRenamed = 0;
	for (const attempt of parsed.value.attempts) {
		if (!plausible(attempt.at)) {
			leftOutImpossibleDates++;
			continue;
		}
		const here = stored.get(attempt.id);
		if (here && !sameContent(here, attempt)) {
			// The answer kept here stays as it is; the file's is a different answer, kept beside it.
			attempts.push({ ...attempt, id: renamedId(attempt) });
			attemptsRenamed++;
		} else {
			attempts.push(attempt);
		}
	}
	const readings: Record<string, ReadingVisit> = {};
	for (const [id, visit] of Object.entries(parsed.value.readings)) {
		if (plausible(visit.openedAt) && (visit.finishedAt === null || plausible(visit.finishedAt))) {
			// A computed key defines an own property, so an id like '__proto__' stays data.
			Object.defineProperty(readings, id, {
				value: visit,
				enumerable: true,
				writable: true,
				configurable: true
			});
		} else {
			leftOutImpossibleDates++;
		}
	}
	const imported: ProgressRecord = { ...parsed.value, attempts, readings };
	const merged = mergeProgress(current, imported);
	const known = new Set(current.attempts.map((attempt) => attempt.id));
	const attemptsAdded = imported.attempts.filter((attempt) => !known.has(attempt.id)).length;
	return {
		ok: true,
		merged,
		summary: {
			attemptsAdded,
			attemptsAlreadyThere: imported.attempts.length - attemptsAdded,
			readingsAdded: Object.keys(imported.readings).filter(
				(id) => !Object.hasOwn(current.readings, id)
			).length,
			attemptsRenamed,
			leftOutImpossibleDates
		}
	};
}

/** What an import did, exactly, in words for the student. */
export function describeImport(fileName: string, summary: ImportSummary): string {
	const plural = (count: number, one: string, many: string) =>
		`${count} ${count === 1 ? one : many}`;
	const parts = [
		`${plural(summary.attemptsAdded, 'answer', 'answers')} added`,
		`${summary.attemptsAlreadyThere} already here`,
		`${plural(summary.readingsAdded, 'reading', 'readings')} added`
	];
	const notes: string[] = [];
	if (summary.attemptsRenamed > 0) {
		notes.push(
			`${plural(summary.attemptsRenamed, 'answer in the file was', 'answers in the file were')} saved under an id already used here by a different answer: the answer here was kept as it was, and the file’s was added beside it.`
		);
	}
	if (summary.leftOutImpossibleDates > 0) {
		notes.push(
			`${plural(summary.leftOutImpossibleDates, 'answer or reading was', 'answers or readings were')} left out, dated before 2000 or in the future.`
		);
	}
	notes.push(
		summary.attemptsRenamed === 0 ? 'Nothing here was overwritten.' : 'Nothing here was changed.'
	);
	return `Imported “${fileName}”: ${parts.join(', ')}. ${notes.join(' ')}`;
}

function sameContent(a: Attempt, b: Attempt): boolean {
	return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(canonicalJson).join(',')}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const record = value as Record<string, unknown>;
		return `{${Object.keys(record)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
			.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * A new id for an imported answer whose id was taken: from its time and content, so importing
 * the same file again finds it already here rather than adding it twice.
 */
function renamedId(attempt: Attempt): string {
	let h = 0x811c9dc5;
	const content = canonicalJson(attempt);
	for (let i = 0; i < content.length; i++) {
		h ^= content.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	let state = h >>> 0;
	const random = () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
	return newAttemptId(() => new Date(timeOf(attempt.at)), random);
}

/** The record in an envelope, or the file itself when it is a bare record. */
function recordIn(data: unknown): Parsed<object> {
	const notOurs = {
		ok: false as const,
		reason: 'This is not a Close Read progress file.'
	};
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return notOurs;
	}
	const file = data as Record<string, unknown>;
	if ('app' in file || 'kind' in file) {
		if (file.app !== 'close-read') {
			return notOurs;
		}
		if (file.kind !== 'progress') {
			return {
				ok: false,
				reason: 'This is a Close Read file, but not a progress file (it may hold lesson results).'
			};
		}
		const record = file.record;
		if (typeof record !== 'object' || record === null || Array.isArray(record)) {
			return { ok: false, reason: 'This progress file has no progress in it: it is damaged.' };
		}
		return { ok: true, value: record };
	}
	return 'version' in file && 'attempts' in file ? { ok: true, value: file } : notOurs;
}

/** Says how much of the file is damaged when it is answers, which the student can picture. */
function damage(record: object, reason: string): string {
	const counted = countDamagedAttempts(record);
	if (counted && counted.damaged > 0) {
		const { damaged, total } = counted;
		return damaged === 1
			? `1 of the ${total} answers in this file is damaged.`
			: `${damaged} of the ${total} answers in this file are damaged.`;
	}
	return `This progress file is damaged. ${reason}`;
}

function refuse(reason: string): Refused {
	return { ok: false, reason: `${reason} ${NOTHING_CHANGED}` };
}
