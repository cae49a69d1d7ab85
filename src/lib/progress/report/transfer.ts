/**
 * The progress file a student downloads to move their answers to another device, and the import
 * that reads it back. An import adds to what is kept and never replaces it, and nothing from the
 * file is used before the whole of it has passed the record's schema.
 */
import {
	LATEST_PROGRESS_VERSION,
	countDamagedAttempts,
	mergeProgress,
	parseProgress,
	type ProgressRecord
} from '../record';

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
}

export type ImportResult =
	{ ok: true; merged: ProgressRecord; summary: ImportSummary } | { ok: false; reason: string };

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
export function importProgressFile(text: string, current: ProgressRecord): ImportResult {
	try {
		return importText(text, current);
	} catch {
		// Every step above is meant not to throw; this keeps a surprise from taking the page down.
		return refuse('This file could not be read.');
	}
}

function importText(text: string, current: ProgressRecord): ImportResult {
	if (typeof text !== 'string' || text.trim() === '') {
		return refuse('This file is empty.');
	}
	// Characters, not bytes: close enough for a limit, and no need to encode 5 MB to count.
	if (text.length > MAX_IMPORT_BYTES) {
		return refuse('This file is larger than 5 MB, too large to be a Close Read progress file.');
	}
	let data: unknown;
	try {
		// Some editors save a byte order mark in front, which JSON.parse does not accept.
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return refuse(
			'This file is not a Close Read progress file: it is not in the JSON format Close Read ' +
				'saves, or it has been cut short or changed.'
		);
	}

	const found = recordIn(data);
	if (!found.ok) {
		return refuse(found.reason);
	}
	const version = (found.record as { version?: unknown }).version;
	if (typeof version === 'number' && version > LATEST_PROGRESS_VERSION) {
		return refuse(
			'This file was saved by a newer version of Close Read. Reload the page to get the newest ' +
				'version, then import it again.'
		);
	}

	const parsed = parseProgress(found.record);
	if (!parsed.ok) {
		return refuse(damage(found.record, parsed.reason));
	}
	const imported = parsed.value;
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
			).length
		}
	};
}

/** The record in an envelope, or the file itself when it is a bare record. */
function recordIn(data: unknown): { ok: true; record: object } | { ok: false; reason: string } {
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
		return { ok: true, record };
	}
	return 'version' in file && 'attempts' in file ? { ok: true, record: file } : notOurs;
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

function refuse(reason: string): { ok: false; reason: string } {
	return { ok: false, reason: `${reason} ${NOTHING_CHANGED}` };
}
