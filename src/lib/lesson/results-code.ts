/**
 * Results codes: a lesson result as short text a student can paste into a chat or a form, or a
 * teacher can type from paper.
 *
 *     CR1-3Z8KA-TQ2M4-…-7H
 *
 * After the prefix `CR1-` (CR for Close Read, 1 for this format) come Crockford base32 symbols
 * (0-9 and A-Z without I, L, O, U; read case-insensitively, O as 0, I and L as 1), in groups of
 * five joined by hyphens. Their bits, most significant first:
 *
 *     10 bits   the number of symbols in the code, checksum included
 *     40 bits   the lesson id (so symbols 3 to 10 spell it)
 *      8 bits   n, the number of questions
 *     3n bits   each question's outcome in the lesson's order: 0 right, 1 partial, 2 wrong,
 *               3 unanswered, 4 missing
 *      7 bits   the score, 0 to 100
 *     27 bits   the start, in minutes since 2000-01-01T00:00Z
 *      5 bits   w, then w bits: the minutes from start to finish
 *      7 bits   b, then b bytes: the name in UTF-8
 *     zeros to the end of the last symbol, then 4 symbols of CRC-20 over all the symbols before.
 *
 * Why it catches every single changed character: a changed symbol alters at most 5 consecutive
 * bits, which a CRC of degree 20 always notices. A hyphen turned into a symbol, or a symbol into
 * a hyphen, adds or drops a symbol after the length at the front, which then no longer matches;
 * hyphens are only accepted between groups of five, so neither can happen inside the length.
 * A code cut short is refused by the same length.
 */
import * as v from 'valibot';
import type { Refused } from '../storage/parsed';
import { BitReader, BitWriter, symbolOf, symbolValue } from './base32';
import { CRC20, crc } from './crc';
import {
	lessonResultSchema,
	OUTCOMES,
	RESULT_TIME_EPOCH,
	type LessonResult
} from './lesson-result';
import { describeIssue } from '../validation/schema-issue';

export const RESULTS_CODE_VERSION = 1;
export const RESULTS_CODE_PREFIX = `CR${RESULTS_CODE_VERSION}-`;

const CHECK_SYMBOLS = 4;
const GROUP = 5;

export type DecodedResultsCode = { ok: true; result: LessonResult } | Refused;

const ASK_AGAIN = 'Ask the student to copy the code again, all of it.';

const REASONS = {
	notACode: `This is not a Close Read results code: those start with ${RESULTS_CODE_PREFIX}`,
	newer:
		'This code was made by a newer version of Close Read. Reload this page to get the newest ' +
		'version, then add the code again.',
	misplacedGap: `This code has a hyphen or a space where results codes have none: a character was probably lost or mistyped. ${ASK_AGAIN}`,
	short: `This code is shorter than it should be: it was probably cut off when it was copied. ${ASK_AGAIN}`,
	long: `This code is longer than it should be: something was added to it, or two codes ran together. ${ASK_AGAIN}`,
	mistyped: `This code does not add up: a character was probably mistyped or changed. ${ASK_AGAIN}`,
	unreadable: (detail: string) =>
		`This code passes its check but holds something Close Read cannot read (${detail}). Ask the student for their results file instead.`
};

// Chat apps and word processors swap hyphens for dashes and letters for full-width forms.
const DASHES = /[\u2010-\u2015\u2212]/g;
const CODE_PATTERN = /(?<![0-9A-Z])CR[0-9OIL]{1,3}-[0-9A-Z]+(?:-[0-9A-Z]+)*/gi;
const PREFIX_PATTERN = /^CR([0-9OIL]{1,3})-/i;

/** The results code for a result that `lessonResultSchema` accepts; throws on any other. */
export function encodeResultsCode(result: LessonResult): string {
	const checked = v.safeParse(lessonResultSchema, result);
	if (!checked.success) {
		throw new TypeError(`No results code for this result: ${describeIssue(checked.issues)}`);
	}
	const name = new TextEncoder().encode(result.studentName);
	const start = minutesOf(result.startedAt);
	const taken = minutesOf(result.finishedAt) - start;
	const takenWidth = taken === 0 ? 0 : taken.toString(2).length;

	const fields = (length: number): BitWriter => {
		const bits = new BitWriter();
		bits.write(length, 10);
		for (const symbol of result.lessonId) {
			bits.write(symbolValue(symbol)!, 5);
		}
		bits.write(result.outcomes.length, 8);
		for (const outcome of result.outcomes) {
			bits.write(OUTCOMES.indexOf(outcome), 3);
		}
		bits.write(result.score, 7);
		bits.write(start, 27);
		bits.write(takenWidth, 5);
		bits.write(taken, takenWidth);
		bits.write(name.length, 7);
		for (const byte of name) {
			bits.write(byte, 8);
		}
		return bits;
	};
	const data = fields(fields(0).symbols().length + CHECK_SYMBOLS).symbols();
	const check = crc(data, 5, CRC20);
	const values = [...data];
	for (let shift = 15; shift >= 0; shift -= 5) {
		values.push((check >> shift) & 31);
	}
	const groups: string[] = [];
	for (let start = 0; start < values.length; start += GROUP) {
		groups.push(
			values
				.slice(start, start + GROUP)
				.map(symbolOf)
				.join('')
		);
	}
	return RESULTS_CODE_PREFIX + groups.join('-');
}

/** Reads one results code; whitespace around it is ignored. Never throws. */
export function decodeResultsCode(text: string): DecodedResultsCode {
	const code = String(text ?? '')
		.normalize('NFKC')
		.replace(DASHES, '-')
		.trim();
	const prefix = PREFIX_PATTERN.exec(code);
	if (!prefix) {
		return refuse(REASONS.notACode);
	}
	const version = Number([...prefix[1]!].map((digit) => symbolValue(digit)).join(''));
	if (version > RESULTS_CODE_VERSION) {
		return refuse(REASONS.newer);
	}
	if (version !== RESULTS_CODE_VERSION) {
		return refuse(REASONS.notACode);
	}

	const values: number[] = [];
	for (const character of code.slice(prefix[0].length)) {
		if (character === '-' || /\s/.test(character)) {
			if (values.length === 0 || values.length % GROUP !== 0) {
				return refuse(REASONS.misplacedGap);
			}
			continue;
		}
		const value = symbolValue(character);
		if (value === null) {
			return refuse(
				`This code has a character results codes never use (“${character}”): it was probably mistyped. ${ASK_AGAIN}`
			);
		}
		values.push(value);
	}
	if (values.length < 2 + CHECK_SYMBOLS) {
		return refuse(REASONS.short);
	}

	const data = values.slice(0, -CHECK_SYMBOLS);
	const stored = values.slice(-CHECK_SYMBOLS).reduce((sum, value) => sum * 32 + value, 0);
	const length = new BitReader(values).read(10);
	const intact = crc(data, 5, CRC20) === stored;
	if (length !== values.length) {
		return refuse(
			!intact && length > values.length
				? REASONS.short
				: !intact
					? REASONS.long
					: REASONS.unreadable('its length')
		);
	}
	if (!intact) {
		return refuse(REASONS.mistyped);
	}
	return readFields(data);
}

/**
 * Every results code in pasted text, in order, as written: a chat message, a column of a
 * spreadsheet, a whole email. Codes cut short or mistyped are returned too, for the decoder to
 * explain.
 */
export function findResultsCodes(pasted: string): string[] {
	const text = String(pasted ?? '')
		.normalize('NFKC')
		.replace(DASHES, '-');
	return [...text.matchAll(CODE_PATTERN)].map((match) => match[0]);
}

function readFields(data: number[]): DecodedResultsCode {
	const bits = new BitReader(data);
	bits.read(10);
	let lessonId = '';
	for (let i = 0; i < 8; i++) {
		lessonId += symbolOf(bits.read(5));
	}
	const count = bits.read(8);
	const outcomes: unknown[] = [];
	for (let i = 0; i < count; i++) {
		const index = bits.read(3);
		outcomes.push(OUTCOMES[index] ?? `outcome ${index}`);
	}
	const score = bits.read(7);
	const start = bits.read(27);
	const taken = bits.read(bits.read(5));
	const name = new Uint8Array(bits.read(7));
	for (let i = 0; i < name.length; i++) {
		name[i] = bits.read(8);
	}
	const padding = bits.remaining;
	if (bits.overrun || padding >= 5 || bits.read(padding) !== 0) {
		return refuse(REASONS.unreadable('its parts do not fill it exactly'));
	}
	let studentName: string;
	try {
		studentName = new TextDecoder('utf-8', { fatal: true }).decode(name);
	} catch {
		return refuse(REASONS.unreadable('the name is not text'));
	}
	const result = v.safeParse(lessonResultSchema, {
		lessonId,
		studentName,
		outcomes,
		score,
		startedAt: timeOf(start),
		finishedAt: timeOf(start + taken)
	});
	return result.success
		? { ok: true, result: result.output }
		: refuse(REASONS.unreadable(describeIssue(result.issues)));
}

function refuse(reason: string): DecodedResultsCode {
	return { ok: false, reason };
}

function minutesOf(time: string): number {
	return Math.floor((Date.parse(time) - RESULT_TIME_EPOCH) / 60_000);
}

function timeOf(minutes: number): string {
	return new Date(RESULT_TIME_EPOCH + minutes * 60_000).toISOString();
}
