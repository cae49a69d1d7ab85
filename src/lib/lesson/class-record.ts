/**
 * What a teacher has handed in on the results page, kept in their browser: the codes and files
 * exactly as pasted or dropped, per lesson. The class table is derived from them every time
 * (class-results.ts), so a better reader later reads the same hand-ins better.
 */
import * as v from 'valibot';

export const CLASS_RECORD_KEY = 'close-read:class-results';

const handInSchema = v.object({
	/** A hash of lesson and text: the same paste twice is one hand-in. */
	id: v.string(),
	lessonId: v.string(),
	/** Where it came from, for the list of what was read: "pasted text", a file name. */
	source: v.string(),
	text: v.pipe(v.string(), v.maxLength(2_000_000)),
	addedAt: v.pipe(v.string(), v.isoTimestamp()),
	removedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp()))
});

export const classRecordSchema = v.object({
	version: v.literal(1),
	handIns: v.array(handInSchema)
});

export type HandIn = v.InferOutput<typeof handInSchema>;
export type ClassRecord = v.InferOutput<typeof classRecordSchema>;

export function emptyClassRecord(): ClassRecord {
	return { version: 1, handIns: [] };
}

export function parseClassRecord(
	raw: unknown
): { ok: true; value: ClassRecord } | { ok: false; reason: string } {
	const result = v.safeParse(classRecordSchema, raw);
	return result.success
		? { ok: true, value: result.output }
		: {
				ok: false,
				reason: 'The saved class results are not in a shape this version of Close Read knows.'
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
 * removal wins.
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
	return {
		version: 1,
		handIns: [...byId.values()].sort(
			(x, y) => x.addedAt.localeCompare(y.addedAt) || x.id.localeCompare(y.id)
		)
	};
}

export function addHandIn(
	record: ClassRecord,
	handIn: { lessonId: string; source: string; text: string },
	at: string
): ClassRecord {
	const id = handInId(handIn.lessonId, handIn.text);
	if (record.handIns.some((existing) => existing.id === id && existing.removedAt === null)) {
		return record;
	}
	const added: HandIn = { ...handIn, id, addedAt: at, removedAt: null };
	return {
		version: 1,
		handIns: [...record.handIns.filter((existing) => existing.id !== id), added]
	};
}

export function removeHandIns(record: ClassRecord, lessonId: string, at: string): ClassRecord {
	return {
		version: 1,
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

function handInId(lessonId: string, text: string): string {
	let h = 0x811c9dc5;
	for (const character of `${lessonId}\u0000${text}`) {
		h ^= character.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193);
	}
	return `${lessonId}-${(h >>> 0).toString(36)}-${text.length}`;
}
