/**
 * What every reader of outside input gives back: the value, or why it could not be read, in
 * words a person can act on. One type for all of them, so callers branch on `ok` the same way.
 */
import * as v from 'valibot';

/** Why something could not be read. */
export interface Refused {
	ok: false;
	reason: string;
}

export type Parsed<T> = { ok: true; value: T } | Refused;

/**
 * The JSON in a file's text, or `reason` when it is not JSON. A byte order mark in front, which
 * some editors save and JSON.parse refuses, is skipped.
 */
export function parseJson(text: string, reason: string): Parsed<unknown> {
	try {
		return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) };
	} catch {
		return { ok: false, reason };
	}
}

/**
 * A reader that checks input against `schema`. A refusal gives `reason`, the same for every
 * problem: these are records the app wrote itself, so the person needs to know what, not where.
 */
export function parseWith<const TSchema extends v.GenericSchema>(
	schema: TSchema,
	reason: string
): (raw: unknown) => Parsed<v.InferOutput<TSchema>> {
	return (raw) => {
		const result = v.safeParse(schema, raw);
		return result.success ? { ok: true, value: result.output } : { ok: false, reason };
	};
}
