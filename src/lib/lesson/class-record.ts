/**
 * What a teacher has handed in on the results page, kept in their browser: per lesson, what was
 * read from each paste and file (the codes, the results file), not the text around it. The class
 * table is derived from them every time (class-results.ts), so a better reader later reads the
 * same hand-ins better. A hand-in that cannot be read is set aside and shown, never dropped, and
 * never takes the others down with it.
 */
import * as v from 'valibot';
import { parseJson } from '../storage/parsed';
import { STUDENT_NAME_MAX_LENGTH } from './lesson-result';
import { hasNoHiddenControls } from './visible-text';

export const CLASS_RECORD_KEY = 'close-read:class-results';

/**
 * The most one kept hand-in may hold, checked when it is written as when it is read back. A
 * results file of 200 questions tried nine times is well under it; so are 1,000 codes.
 */
export const MAX_HAND_IN_CHARACTERS = 2_000_000;

const timestamp = v.pipe(v.string(), v.isoTimestamp());

const handInSchema = v.object({
	/** A hash of lesson and text: the same paste twice is one hand-in. */
	id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
	lessonId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	/** Where it came from, for the list of what was read: "pasted text", a file name. */
	source: v.pipe(v.string(), v.maxLength(300)),
	text: v.pipe(v.string(), v.maxLength(MAX_HAND_IN_CHARACTERS)),
	addedAt: timestamp,
	removedAt: v.nullable(timestamp)
});

/** The hand-in a teacher chose to count for a student whose hand-ins disagree. */
const choiceSchema = v.object({
	lessonId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	studentKey: v.pipe(v.string(), v.maxLength(400)),
	/** A `Submission.id`; empty to go back to the latest counting. */
	submissionId: v.pipe(v.string(), v.maxLength(100)),
	at: timestamp
});

/** A student's hand-in the teacher removed from the table, or brought back (Undo). */
const removalSchema = v.object({
	lessonId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	/** A `Submission.id`: one result, wherever it was pasted. */
	submissionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	removed: v.boolean(),
	at: timestamp
});

/** A student's name as the teacher corrected it, for one hand-in; empty for the name as typed. */
const renameSchema = v.object({
	lessonId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	submissionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	name: v.pipe(v.string(), v.maxLength(STUDENT_NAME_MAX_LENGTH), v.check(hasNoHiddenControls)),
	at: timestamp
});

export const CLASS_LABEL_MAX_LENGTH = 60;

/** The teacher's name for the class that took a lesson ("Period 3"), apart from its title. */
const labelSchema = v.object({
	lessonId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	label: v.pipe(v.string(), v.maxLength(CLASS_LABEL_MAX_LENGTH), v.check(hasNoHiddenControls)),
	at: timestamp
});

/** Something stored that this version cannot read, kept as it was so nothing is lost. */
const setAsideSchema = v.object({
	/** The part as JSON text. */
	text: v.string(),
	reason: v.string()
});

/** The stored shape: each part is checked on its own, so one bad hand-in is all that is lost to view. */
const storedSchema = v.object({
	version: v.literal(1),
	handIns: v.array(v.unknown()),
	choices: v.optional(v.array(v.unknown()), []),
	removals: v.optional(v.array(v.unknown()), []),
	renames: v.optional(v.array(v.unknown()), []),
	labels: v.optional(v.array(v.unknown()), []),
	setAside: v.optional(v.array(setAsideSchema), [])
});

export type HandIn = v.InferOutput<typeof handInSchema>;
export type CountChoice = v.InferOutput<typeof choiceSchema>;
export type SetAside = v.InferOutput<typeof setAsideSchema>;
export type Removal = v.InferOutput<typeof removalSchema>;
export type Rename = v.InferOutput<typeof renameSchema>;
export type ClassLabel = v.InferOutput<typeof labelSchema>;
export interface ClassRecord {
	version: 1;
	handIns: HandIn[];
	choices: CountChoice[];
	removals: Removal[];
	renames: Rename[];
	labels: ClassLabel[];
	setAside: SetAside[];
}

export function emptyClassRecord(): ClassRecord {
	return {
		version: 1,
		handIns: [],
		choices: [],
		removals: [],
		renames: [],
		labels: [],
		setAside: []
	};
}

/**
 * Reads the stored record. Only a record of another shape altogether is refused (and backed up
 * whole by the storage layer); a hand-in that cannot be read is set aside with the reason.
 */
export function parseClassRecord(
	raw: unknown
): { ok: true; value: ClassRecord } | { ok: false; reason: string } {
	const outer = v.safeParse(storedSchema, raw);
	if (!outer.success) {
		return {
			ok: false,
			reason: 'The saved class results are not in a shape this version of Close Read knows.'
		};
	}
	const record = emptyClassRecord();
	const setAside = [...outer.output.setAside];
	for (const item of outer.output.handIns) {
		const handIn = v.safeParse(handInSchema, item);
		if (handIn.success) {
			record.handIns.push(handIn.output);
		} else {
			setAside.push({ text: jsonText(item), reason: unreadableReason(item, handIn.issues) });
		}
	}
	for (const item of outer.output.choices) {
		const choice = v.safeParse(choiceSchema, item);
		if (choice.success) {
			record.choices.push(choice.output);
		} else {
			setAside.push({ text: jsonText(item), reason: 'A choice of which hand-in counts.' });
		}
	}
	const keep = <T>(items: unknown[], schema: v.GenericSchema<unknown, T>, what: string): T[] =>
		items.flatMap((item) => {
			const read = v.safeParse(schema, item);
			if (read.success) {
				return [read.output];
			}
			setAside.push({ text: jsonText(item), reason: what });
			return [];
		});
	record.removals = keep(
		outer.output.removals,
		removalSchema,
		'A hand-in removed or brought back.'
	);
	record.renames = keep(outer.output.renames, renameSchema, 'A corrected student name.');
	record.labels = keep(outer.output.labels, labelSchema, 'A class label.');
	record.setAside = uniqueSetAside(setAside);
	return { ok: true, value: record };
}

/** Why a stored hand-in could not be read, in words for the teacher. */
function unreadableReason(item: unknown, issues: readonly v.BaseIssue<unknown>[]): string {
	const text = (item as { text?: unknown } | null)?.text;
	if (typeof text === 'string' && text.length > MAX_HAND_IN_CHARACTERS) {
		return `It is ${Math.round(text.length / 1000).toLocaleString('en')} thousand characters long, more than a hand-in can be.`;
	}
	const where = issues[0]?.path?.map((step) => String(step.key)).join('.');
	return `Part of it could not be read${where ? ` (${where})` : ''}.`;
}

function jsonText(item: unknown): string {
	try {
		return JSON.stringify(item) ?? String(item);
	} catch {
		return String(item);
	}
}

function uniqueSetAside(list: readonly SetAside[]): SetAside[] {
	const byText = new Map<string, SetAside>();
	for (const item of list) {
		if (!byText.has(item.text)) {
			byText.set(item.text, item);
		}
	}
	return [...byText.values()].sort((a, b) => compareText(a.text, b.text));
}

/** Whether a hand-in may be kept: the same limits as when it is read back. */
export function checkHandIn(handIn: HandIn): { ok: true } | { ok: false; reason: string } {
	if (handIn.text.length > MAX_HAND_IN_CHARACTERS) {
		return {
			ok: false,
			reason: 'This is too large to keep: no results code or results file is that long.'
		};
	}
	return v.safeParse(handInSchema, handIn).success
		? { ok: true }
		: {
				ok: false,
				reason: 'This could not be kept: its name or date is not one Close Read keeps.'
			};
}

/** The last thing that happened to a hand-in: added, or removed. */
const lastChange = (handIn: HandIn) =>
	handIn.removedAt !== null && handIn.removedAt >= handIn.addedAt
		? handIn.removedAt
		: handIn.addedAt;

/**
 * Union by id; of two copies the later change wins, so a removal in one tab is not undone by
 * the other, and handing the same code in again after clearing brings it back. On a tie the
 * removal wins. Choices: the later one per student. Set-aside parts: all of them.
 */
export function mergeClassRecords(a: ClassRecord, b: ClassRecord): ClassRecord {
	const byId = new Map<string, HandIn>();
	for (const handIn of [...a.handIns, ...b.handIns]) {
		const other = byId.get(handIn.id);
		const later =
			!other ||
			lastChange(handIn) > lastChange(other) ||
			(lastChange(handIn) === lastChange(other) && handIn.removedAt !== null);
		byId.set(handIn.id, later ? handIn : other);
	}
	const choices = new Map<string, CountChoice>();
	for (const choice of [...a.choices, ...b.choices]) {
		const key = `${choice.lessonId}\u0000${choice.studentKey}`;
		const other = choices.get(key);
		const later =
			!other ||
			choice.at > other.at ||
			(choice.at === other.at && choice.submissionId > other.submissionId);
		choices.set(key, later ? choice : other);
	}
	return {
		version: 1,
		removals: latestOf([...a.removals, ...b.removals], (item) =>
			[item.lessonId, item.submissionId].join('\u0000')
		),
		renames: latestOf([...a.renames, ...b.renames], (item) =>
			[item.lessonId, item.submissionId].join('\u0000')
		),
		labels: latestOf([...a.labels, ...b.labels], (item) => item.lessonId),
		handIns: [...byId.values()].sort(
			(x, y) => x.addedAt.localeCompare(y.addedAt) || x.id.localeCompare(y.id)
		),
		choices: [...choices.values()].sort(
			(x, y) =>
				compareText(x.lessonId, y.lessonId) ||
				compareText(x.studentKey, y.studentKey) ||
				compareText(x.at, y.at)
		),
		setAside: uniqueSetAside([...a.setAside, ...b.setAside])
	};
}

/**
 * Adds a hand-in, once. One that breaks the limits a stored hand-in is read with is not added:
 * check it first with `checkHandIn` to tell the teacher why.
 */
export function addHandIn(
	record: ClassRecord,
	handIn: { lessonId: string; source: string; text: string },
	at: string
): ClassRecord {
	const id = handInId(handIn.lessonId, handIn.text);
	const added: HandIn = { ...handIn, id, addedAt: at, removedAt: null };
	if (
		!checkHandIn(added).ok ||
		record.handIns.some((existing) => existing.id === id && existing.removedAt === null)
	) {
		return record;
	}
	return {
		...record,
		handIns: [...record.handIns.filter((existing) => existing.id !== id), added]
	};
}

export function removeHandIns(record: ClassRecord, lessonId: string, at: string): ClassRecord {
	return {
		...record,
		handIns: record.handIns.map((handIn) =>
			handIn.lessonId === lessonId && handIn.removedAt === null
				? { ...handIn, removedAt: at }
				: handIn
		)
	};
}

export function handInsFor(record: ClassRecord, lessonId: string): HandIn[] {
	return record.handIns.filter(
		(handIn) => handIn.lessonId === lessonId && handIn.removedAt === null
	);
}

/** A decision as the teacher makes it: it is stamped with its time as it is kept. */
type Unstamped<T> = Omit<T, 'at'>;

const DECISION_SCHEMAS = {
	choices: choiceSchema,
	removals: removalSchema,
	renames: renameSchema,
	labels: labelSchema
};

/**
 * Keeps one of the teacher's decisions about a lesson's hand-ins, merged as another tab's copy
 * would be, so the later decision about the same thing wins. One that could not be read back
 * is not kept, as a hand-in is not.
 */
function keepDecision<K extends keyof typeof DECISION_SCHEMAS>(
	record: ClassRecord,
	list: K,
	decision: ClassRecord[K][number]
): ClassRecord {
	const decided: Partial<ClassRecord> = { [list]: [decision] };
	return v.safeParse(DECISION_SCHEMAS[list], decision).success
		? mergeClassRecords(record, { ...emptyClassRecord(), ...decided })
		: record;
}

/** Which hand-in counts for a student; an empty `submissionId` goes back to the latest. */
export function chooseHandIn(record: ClassRecord, choice: Unstamped<CountChoice>, at: string) {
	return keepDecision(record, 'choices', { ...choice, at });
}

/** The teacher's choices for one lesson, by student key, for `collectResults`. */
export function choicesFor(record: ClassRecord, lessonId: string): Map<string, string> {
	const chosen = ofLesson(record.choices, lessonId).filter((choice) => choice.submissionId !== '');
	return new Map(chosen.map((choice) => [choice.studentKey, choice.submissionId]));
}

/** Forgets a set-aside part, once the teacher has downloaded it. */
export function dropSetAside(record: ClassRecord, text: string): ClassRecord {
	return { ...record, setAside: record.setAside.filter((item) => item.text !== text) };
}

/**
 * Reads a backup (kept in this browser, or downloaded) and adds what it holds to `record`:
 * nothing kept now is lost, and what was removed since the backup stays removed.
 */
export function restoreClassRecord(
	record: ClassRecord,
	backupText: string
): { ok: true; value: ClassRecord; handIns: number } | { ok: false; reason: string } {
	const json = parseJson(String(backupText), 'This backup is not readable: it is not JSON text.');
	if (!json.ok) {
		return json;
	}
	const parsed = parseClassRecord(json.value);
	if (!parsed.ok) {
		return parsed;
	}
	const known = new Set(record.handIns.map((handIn) => handIn.id));
	return {
		ok: true,
		value: mergeClassRecords(record, parsed.value),
		handIns: parsed.value.handIns.filter((handIn) => !known.has(handIn.id)).length
	};
}

/**
 * Of the changes to one thing (a hand-in's removal, a name, a label), the later; on a tie the
 * greater as JSON, so two tabs merging in either order agree.
 */
function latestOf<T extends { at: string }>(items: readonly T[], keyOf: (item: T) => string): T[] {
	const latest = new Map<string, { item: T; json: string }>();
	for (const item of items) {
		const key = keyOf(item);
		const json = JSON.stringify(item);
		const other = latest.get(key);
		if (!other || item.at > other.item.at || (item.at === other.item.at && json > other.json)) {
			latest.set(key, { item, json });
		}
	}
	return [...latest.entries()].sort(([x], [y]) => compareText(x, y)).map(([, { item }]) => item);
}

/** Removes one student's hand-in from the table (`removed` false brings it back: Undo). */
export function setHandInRemoved(record: ClassRecord, removal: Unstamped<Removal>, at: string) {
	return keepDecision(record, 'removals', { ...removal, at });
}

/** Corrects the student's name on one hand-in; an empty name goes back to the name as typed. */
export function renameHandIn(record: ClassRecord, rename: Unstamped<Rename>, at: string) {
	return keepDecision(record, 'renames', { ...rename, name: rename.name.trim(), at });
}

/** Gives the class that took a lesson a label ("Period 3"); empty for none. */
export function labelClass(record: ClassRecord, label: Unstamped<ClassLabel>, at: string) {
	return keepDecision(record, 'labels', { ...label, label: label.label.trim(), at });
}

/** The hand-ins removed from a lesson's table, by `Submission.id`, for `collectResults`. */
export function removedFor(record: ClassRecord, lessonId: string): Set<string> {
	const removed = ofLesson(record.removals, lessonId).filter((removal) => removal.removed);
	return new Set(removed.map((removal) => removal.submissionId));
}

/** The corrected names of a lesson's hand-ins, by `Submission.id`, for `collectResults`. */
export function renamesFor(record: ClassRecord, lessonId: string): Map<string, string> {
	const renamed = ofLesson(record.renames, lessonId).filter((rename) => rename.name !== '');
	return new Map(renamed.map((rename) => [rename.submissionId, rename.name]));
}

// The teacher's entries for one lesson, in the order kept.
function ofLesson<T extends { lessonId: string }>(entries: readonly T[], lessonId: string): T[] {
	return entries.filter((entry) => entry.lessonId === lessonId);
}

/** The label of the class that took a lesson, or ''. */
export function labelFor(record: ClassRecord, lessonId: string): string {
	return record.labels.find((label) => label.lessonId === lessonId)?.label ?? '';
}

function handInId(lessonId: string, text: string): string {
	let h = 0x811c9dc5;
	for (const character of `${lessonId}\u0000${text}`) {
		h ^= character.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193);
	}
	return `${lessonId}-${(h >>> 0).toString(36)}-${text.length}`;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
