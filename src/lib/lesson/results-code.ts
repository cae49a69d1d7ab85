/**
 * Results codes: a lesson result as short text a student can paste into a chat or a form, or a
 * teacher can type from paper.
 *
 *     CR2-3Z8KA-TQ2M4-…-7H
 *
 * After the prefix `CR2-` (CR for Close Read, 2 for this format) come Crockford base32 symbols
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
 *      1 bit    whether the answers follow (version 2 only; version 1 ends with the name)
 *               then, for each question answered (right, partial or wrong), in order:
 *        3 bits   the question type, in the order of QUESTION_TYPES
 *        2 bits   later tries: 0 none, then how the last went: 1 right, 2 partly right, 3 wrong
 *                 then the first answer, in numbers (#) and typed text (T):
 *                 single choice #choice; multiple select #count, #index…; true/false/not stated
 *                 2 bits (true, false, not stated); short answer T; fill-in #gaps, T…;
 *                 ordering #count, #item…; matching #terms, #(meaning + 1, 0 for none)…;
 *                 evidence 1 bit, then #sentence in its reading (1) or T, its words (0)
 *     zeros to the end of the last symbol, then 4 symbols of CRC-20 over the version (as a
 *     symbol of its own: version 1 left it out) and all the symbols before.
 *
 * A number (#) is written 3 bits at a time, most significant first, each group after a bit that
 * says whether another follows: 0 to 7 in 4 bits, to 63 in 8. Typed text (T) is #characters,
 * then 5 bits a character: a-z, space, apostrophe, full stop, comma; 30 then 5 bits for a capital
 * letter; 31 then 2 bits and a code point of 7, 11, 16 or 21 bits for anything else. Typed text
 * is clipped before it is encoded (`keepTyped`: 40 characters, a gap 20), which keeps a
 * 20-question lesson's code under 1,500 characters (see the tests).
 *
 * Why it catches every single changed character: a changed symbol alters at most 5 consecutive
 * bits, which a CRC of degree 20 always notices. A hyphen turned into a symbol, or a symbol into
 * a hyphen, adds or drops a symbol after the length at the front, which then no longer matches;
 * hyphens are only accepted between groups of five, so neither can happen inside the length.
 * A code cut short is refused by the same length.
 *
 * Version-1 codes (outcomes, no answers) are still read: they are in teachers' inboxes.
 */
import * as v from 'valibot';
import type { Refused } from '../storage/parsed';
import { asciiSymbolValue, BitReader, BitWriter, symbolOf, symbolValue } from './base32';
import { CRC20, crcOfSymbols } from './crc';
import { QUESTION_TYPES } from '../content/kinds';
import {
	CAPITAL_MARK,
	isAnswered,
	keepGaps,
	keepTyped,
	LATER_TRIES,
	lessonResultSchema,
	MAX_ANSWER_INDEX,
	MAX_ANSWER_PARTS,
	OTHER_MARK,
	OUTCOMES,
	RESULT_TIME_EPOCH,
	STUDENT_NAME_MAX_LENGTH,
	TYPED_ANSWER_MAX_BITS,
	TYPED_ANSWER_MAX_CHARACTERS,
	TYPED_LETTERS,
	type GivenAnswer,
	type KeptResponse,
	type LessonResult,
	type Outcome
} from './lesson-result';
import { hasNoHiddenControls, hasVisibleCharacter } from './visible-text';
import { describeIssue } from '../validation/schema-issue';

export const RESULTS_CODE_VERSION = 2;
/** The oldest version still read. */
const OLDEST_VERSION = 1;
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
		bits.write(result.answers ? 1 : 0, 1);
		result.answers?.forEach((answer) => {
			if (answer) {
				writeAnswer(bits, answer);
			}
		});
		return bits;
	};
	const data = fields(fields(0).symbols().length + CHECK_SYMBOLS).symbols();
	const check = checksum(data, data.length, RESULTS_CODE_VERSION);
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
	const code = plainText(String(text ?? '')).trim();
	// Nearly every code starts as this version writes it; the pattern reads any other way of
	// typing a prefix.
	let version = RESULTS_CODE_VERSION;
	let symbolsFrom = RESULTS_CODE_PREFIX.length;
	if (!code.startsWith(RESULTS_CODE_PREFIX)) {
		const prefix = PREFIX_PATTERN.exec(code);
		if (!prefix) {
			return refuse(REASONS.notACode);
		}
		version = Number([...prefix[1]!].map((digit) => symbolValue(digit)).join(''));
		symbolsFrom = prefix[0].length;
	}
	if (version > RESULTS_CODE_VERSION) {
		return refuse(REASONS.newer);
	}
	if (version < OLDEST_VERSION) {
		return refuse(REASONS.notACode);
	}

	// Symbols go into one buffer kept between calls: a load decodes thousands of codes, and a
	// list of numbers for each would only make garbage. A code never holds more symbols than
	// characters.
	if (symbolBuffer.length < code.length) {
		symbolBuffer = new Uint8Array(code.length);
	}
	const values = symbolBuffer;
	let count = 0;
	for (let at = symbolsFrom; at < code.length; at++) {
		// A symbol first: it is nearly every character, and never a hyphen or a space. Read by
		// char code, so thousands of codes make no string a character.
		const ascii = asciiSymbolValue(code.charCodeAt(at));
		if (ascii >= 0) {
			values[count++] = ascii;
			continue;
		}
		const character = String.fromCodePoint(code.codePointAt(at)!);
		at += character.length - 1;
		const value = symbolValue(character);
		if (value !== null) {
			values[count++] = value;
			continue;
		}
		if (character === '-' || /\s/.test(character)) {
			if (count === 0 || count % GROUP !== 0) {
				return refuse(REASONS.misplacedGap);
			}
			continue;
		}
		return refuse(
			`This code has a character results codes never use (“${character}”): it was probably mistyped. ${ASK_AGAIN}`
		);
	}
	if (count < 2 + CHECK_SYMBOLS) {
		return refuse(REASONS.short);
	}

	const dataLength = count - CHECK_SYMBOLS;
	let stored = 0;
	for (let at = dataLength; at < count; at++) {
		stored = stored * 32 + values[at]!;
	}
	const length = new BitReader(values, count).read(10);
	const intact = checksum(values, dataLength, version) === stored;
	if (length !== count) {
		return refuse(
			!intact && length > count
				? REASONS.short
				: !intact
					? REASONS.long
					: REASONS.unreadable('its length')
		);
	}
	if (!intact) {
		return refuse(REASONS.mistyped);
	}
	return readFields(new BitReader(values, dataLength), version);
}

let symbolBuffer = new Uint8Array(2000);

/**
 * Every results code in pasted text, in order, as written: a chat message, a column of a
 * spreadsheet, a whole email. Codes cut short or mistyped are returned too, for the decoder to
 * explain.
 */
export function findResultsCodes(pasted: string): string[] {
	const text = plainText(String(pasted ?? ''));
	// exec in a loop, not matchAll: that copies the pattern on every call, once a hand-in.
	const codes: string[] = [];
	CODE_PATTERN.lastIndex = 0;
	for (let match = CODE_PATTERN.exec(text); match; match = CODE_PATTERN.exec(text)) {
		codes.push(match[0]);
	}
	return codes;
}

// Printable ASCII is its own NFKC form and holds no dash to swap: most codes, as copied.
const PRINTABLE_ASCII = /^[\x20-\x7e\t\r\n]*$/;

/** The text with full-width forms made plain and dashes made hyphens. */
function plainText(text: string): string {
	return PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKC').replace(DASHES, '-');
}

// One decoder for every code: it keeps no state between calls without `stream`.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

const nameBytes: number[] = [];

/**
 * The lesson id spelled by its 40 bits. A load reads thousands of codes of one lesson: the last
 * id is kept, so they share one string.
 */
function lessonIdOf(value: number): string {
	if (value !== lastLessonId.value) {
		let id = '';
		for (let shift = 35; shift >= 0; shift -= 5) {
			id += symbolOf(Math.floor(value / 2 ** shift));
		}
		lastLessonId = { value, id };
	}
	return lastLessonId.id;
}

let lastLessonId = { value: -1, id: '' };

/** The fields after the length, which `bits` is at the start of. */
function readFields(bits: BitReader, version: number): DecodedResultsCode {
	bits.read(10);
	const lessonId = lessonIdOf(bits.read(20) * 2 ** 20 + bits.read(20));
	const count = bits.read(8);
	// Lists made at their length: a first push makes room for 16, a 17th for 40, and a load
	// keeps thousands of them.
	const outcomes = new Array<unknown>(count);
	for (let i = 0; i < count; i++) {
		const index = bits.read(3);
		outcomes[i] = OUTCOMES[index] ?? `outcome ${index}`;
	}
	const score = bits.read(7);
	const start = bits.read(27);
	const taken = bits.read(bits.read(5));
	// The name's bytes go into one list kept between calls, as the symbols do.
	const name = nameBytes;
	name.length = bits.read(7);
	let ascii = true;
	for (let i = 0; i < name.length; i++) {
		name[i] = bits.read(8);
		ascii &&= name[i]! < 0x80;
	}
	let answers: (GivenAnswer | null)[] | undefined;
	if (version >= 2 && bits.read(1) === 1) {
		const reader = new AnswerReader(bits);
		answers = outcomes.map((outcome) =>
			OUTCOMES.includes(outcome as never) && isAnswered(outcome as never) && !reader.bad
				? reader.answer()
				: null
		);
		if (reader.bad) {
			return refuse(REASONS.unreadable('an answer in it'));
		}
	}
	const padding = bits.remaining;
	if (bits.overrun || padding >= 5 || bits.read(padding) !== 0) {
		return refuse(REASONS.unreadable('its parts do not fill it exactly'));
	}
	let studentName: string;
	try {
		// ASCII is its own UTF-8: most names, without a decoder's round trip.
		studentName = ascii ? String.fromCharCode(...name) : UTF8.decode(Uint8Array.from(name));
	} catch {
		return refuse(REASONS.unreadable('the name is not text'));
	}
	const startedAt = timeOf(start);
	const finishedAt = timeOf(start + taken);
	const read = answers
		? { lessonId, studentName, outcomes, score, startedAt, finishedAt, answers }
		: { lessonId, studentName, outcomes, score, startedAt, finishedAt };
	if (plainlyKept(read, start + taken)) {
		return { ok: true, result: read };
	}
	// The schema decides, and says why in the teacher's words.
	const result = v.safeParse(lessonResultSchema, read);
	return result.success
		? { ok: true, result: result.output }
		: refuse(REASONS.unreadable(describeIssue(result.issues)));
}

/**
 * Whether what `readFields` read passes `lessonResultSchema`, checked by hand: only what the bits
 * can get wrong, since the lesson id's symbols, the times' form and the types of every field
 * come from the reader itself. A teacher's page decodes thousands of codes on every load, and the
 * schema took most of that time. False only means "ask the schema": the tests hold this to it.
 */
export function plainlyKept(
	read: Omit<LessonResult, 'outcomes'> & { outcomes: unknown[] },
	finishMinutes: number
): read is LessonResult {
	const { studentName: name, outcomes, answers } = read;
	return (
		finishMinutes < 2 ** 27 &&
		read.score <= 100 &&
		outcomes.length >= 1 &&
		outcomes.length <= 200 &&
		outcomes.every((outcome) => OUTCOMES.includes(outcome as Outcome)) &&
		name !== '' &&
		name.length <= STUDENT_NAME_MAX_LENGTH &&
		name === name.trim() &&
		hasVisibleCharacter(name) &&
		hasNoHiddenControls(name) &&
		(answers === undefined ||
			answers.every((answer) => answer === null || plainlyKeptResponse(answer.first)))
	);
}

const isIndex = (index: number) => index <= MAX_ANSWER_INDEX;
const isIndexList = (list: readonly number[]) =>
	list.length <= MAX_ANSWER_PARTS && list.every(isIndex);
/**
 * `keepTyped(text) === text`. Text of letters, spaces and the three marks, as nearly every typed
 * answer is, is checked without building the kept copy: single spaces inside, within the
 * character and bit limits (a capital letter costs two symbols).
 */
function isKeptText(text: string): boolean {
	if (!PLAIN_TYPED.test(text)) {
		return keepTyped(text) === text;
	}
	let capitals = 0;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code >= 65 && code <= 90) {
			capitals++;
		}
	}
	return (
		text.length <= TYPED_ANSWER_MAX_CHARACTERS &&
		(text.length + capitals) * 5 <= TYPED_ANSWER_MAX_BITS &&
		!text.startsWith(' ') &&
		!text.endsWith(' ') &&
		!text.includes('  ')
	);
}

const PLAIN_TYPED = /^[a-zA-Z '.,]*$/;

function plainlyKeptResponse(response: KeptResponse): boolean {
	switch (response.type) {
		case 'single-choice':
			return isIndex(response.choice);
		case 'true-false-not-stated':
			return true;
		case 'multiple-select':
			return isIndexList(response.choices);
		case 'short-answer':
			return isKeptText(response.text);
		case 'fill-blanks':
			return (
				response.blanks.length <= MAX_ANSWER_PARTS &&
				keepGaps(response.blanks).every((kept, index) => kept === response.blanks[index])
			);
		case 'ordering':
			return isIndexList(response.order);
		case 'matching':
			return (
				response.meanings.length <= MAX_ANSWER_PARTS &&
				response.meanings.every((meaning) => meaning === null || isIndex(meaning))
			);
		case 'evidence':
			return typeof response.sentence === 'number'
				? isIndex(response.sentence)
				: isKeptText(response.sentence);
	}
}

/**
 * From version 2 the version is checked too, as a first symbol: a 2 changed to a 1 in the prefix
 * would otherwise read a new code by the old layout.
 */
function checksum(data: ArrayLike<number>, length: number, version: number): number {
	return crcOfSymbols(version === 1 ? null : version, data, length, CRC20);
}

function refuse(reason: string): DecodedResultsCode {
	return { ok: false, reason };
}

function minutesOf(time: string): number {
	return Math.floor((Date.parse(time) - RESULT_TIME_EPOCH) / 60_000);
}

function timeOf(minutes: number): string {
	// Both parts from caches: two times a code, thousands of codes.
	const day = Math.floor(minutes / MINUTES_A_DAY);
	let date = DAYS.get(day);
	if (date === undefined) {
		if (DAYS.size > 10_000) {
			DAYS.clear();
		}
		date = new Date(RESULT_TIME_EPOCH + day * MINUTES_A_DAY * 60_000).toISOString().slice(0, -13);
		DAYS.set(day, date);
	}
	const inDay = minutes - day * MINUTES_A_DAY;
	return date + (CLOCKS[inDay] ??= `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:00.000Z`);
}

const pad = (value: number) => String(value).padStart(2, '0');

const MINUTES_A_DAY = 24 * 60;
// The date part of an ISO time ('2025-03-10T'), by day since the epoch of results times.
const DAYS = new Map<number, string>();
// The rest ('09:24:00.000Z'), by minute of the day.
const CLOCKS: string[] = [];

function writeAnswer(bits: BitWriter, { first, later }: GivenAnswer): void {
	bits.write(QUESTION_TYPES.indexOf(first.type), 3);
	bits.write(later === null ? 0 : LATER_TRIES.indexOf(later) + 1, 2);
	const list = (values: readonly number[]) => {
		writeNumber(bits, values.length);
		values.forEach((value) => writeNumber(bits, value));
	};
	switch (first.type) {
		case 'single-choice':
			return writeNumber(bits, first.choice);
		case 'multiple-select':
			return list(first.choices);
		case 'true-false-not-stated':
			return bits.write(VERDICTS.indexOf(first.verdict), 2);
		case 'short-answer':
			return writeText(bits, first.text);
		case 'fill-blanks':
			writeNumber(bits, first.blanks.length);
			return first.blanks.forEach((blank) => writeText(bits, blank));
		case 'ordering':
			return list(first.order);
		case 'matching':
			return list(first.meanings.map((meaning) => (meaning === null ? 0 : meaning + 1)));
		case 'evidence':
			if (typeof first.sentence === 'number') {
				bits.write(1, 1);
				return writeNumber(bits, first.sentence);
			}
			bits.write(0, 1);
			return writeText(bits, first.sentence);
	}
}

const VERDICTS = ['true', 'false', 'not-stated'] as const;
/** More 3-bit groups than any number in a code needs (12 bits, to 4095). */
const MAX_NUMBER_GROUPS = 4;
const CODE_POINT_WIDTHS = [7, 11, 16, 21] as const;

function writeNumber(bits: BitWriter, value: number): void {
	const groups: number[] = [];
	let rest = value;
	do {
		groups.unshift(rest & 7);
		rest >>>= 3;
	} while (rest > 0);
	groups.forEach((group, index) => {
		bits.write(index < groups.length - 1 ? 1 : 0, 1);
		bits.write(group, 3);
	});
}

function writeText(bits: BitWriter, text: string): void {
	const characters = [...text];
	writeNumber(bits, characters.length);
	for (const character of characters) {
		const letter = TYPED_LETTERS.indexOf(character);
		if (letter >= 0) {
			bits.write(letter, 5);
		} else if (/^[A-Z]$/.test(character)) {
			bits.write(CAPITAL_MARK, 5);
			bits.write(TYPED_LETTERS.indexOf(character.toLowerCase()), 5);
		} else {
			const point = character.codePointAt(0)!;
			const width = CODE_POINT_WIDTHS.findIndex((bitsWide) => point < 2 ** bitsWide);
			bits.write(OTHER_MARK, 5);
			bits.write(width, 2);
			bits.write(point, CODE_POINT_WIDTHS[width]!);
		}
	}
}

/**
 * Reads answers back. Anything out of shape (a number too long, a type or a character that
 * cannot be) sets `bad` rather than throwing; the schema then checks what was read.
 */
class AnswerReader {
	bad = false;
	#bits: BitReader;

	constructor(bits: BitReader) {
		this.#bits = bits;
	}

	answer(): GivenAnswer | null {
		const type = QUESTION_TYPES[this.#bits.read(3)]!;
		const laterCode = this.#bits.read(2);
		const first = this.#response(type);
		if (this.bad || this.#bits.overrun) {
			this.bad = true;
			return null;
		}
		return { first, later: laterCode === 0 ? null : LATER_TRIES[laterCode - 1]! };
	}

	#response(type: (typeof QUESTION_TYPES)[number]): KeptResponse {
		switch (type) {
			case 'single-choice':
				return { type, choice: this.#number() };
			case 'multiple-select':
				return { type, choices: this.#list() };
			case 'true-false-not-stated': {
				const verdict = VERDICTS[this.#bits.read(2)];
				if (verdict === undefined) {
					this.bad = true;
				}
				return { type, verdict: verdict ?? 'true' };
			}
			case 'short-answer':
				return { type, text: this.#text() };
			case 'fill-blanks': {
				const count = this.#number();
				const blanks = new Array<string>(count);
				for (let i = 0; i < count && this.#more(); i++) {
					blanks[i] = this.#text();
				}
				return { type, blanks };
			}
			case 'ordering':
				return { type, order: this.#list() };
			case 'matching': {
				const meanings = this.#list() as (number | null)[];
				for (let i = 0; i < meanings.length; i++) {
					meanings[i] = meanings[i] === 0 ? null : meanings[i]! - 1;
				}
				return { type, meanings };
			}
			case 'evidence':
				return {
					type,
					sentence: this.#bits.read(1) === 1 ? this.#number() : this.#text()
				};
		}
	}

	#number(): number {
		let value = 0;
		for (let group = 0; group < MAX_NUMBER_GROUPS; group++) {
			const more = this.#bits.read(1);
			value = value * 8 + this.#bits.read(3);
			if (more === 0) {
				return value;
			}
		}
		this.bad = true;
		return value;
	}

	/** A counted list of numbers. */
	#list(): number[] {
		const count = this.#number();
		const items = new Array<number>(count);
		for (let i = 0; i < count && this.#more(); i++) {
			items[i] = this.#number();
		}
		return items;
	}

	/**
	 * Whether a counted list goes on: a count past the end of the code stops at the end. Lists are
	 * made at the length they say (see `readFields`); one that stops short leaves the answer, and
	 * so the code, refused.
	 */
	#more(): boolean {
		return !this.bad && !this.#bits.overrun;
	}

	/**
	 * Typed text. Its UTF-16 units go into one list kept between calls and become a string at
	 * once: a load reads tens of thousands of typed answers.
	 */
	#text(): string {
		const count = this.#number();
		const units = textUnits;
		units.length = 0;
		for (let i = 0; i < count && this.#more(); i++) {
			this.#character(units);
		}
		return String.fromCharCode(...units);
	}

	#character(units: number[]): void {
		const symbol = this.#bits.read(5);
		if (symbol < CAPITAL_MARK) {
			units.push(TYPED_LETTER_UNITS[symbol]!);
			return;
		}
		if (symbol === CAPITAL_MARK) {
			const letter = this.#bits.read(5);
			if (letter >= 26) {
				this.bad = true;
				return;
			}
			units.push(TYPED_LETTER_UNITS[letter]! - 32);
			return;
		}
		const point = this.#bits.read(CODE_POINT_WIDTHS[this.#bits.read(2)]!);
		if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
			this.bad = true;
			return;
		}
		if (point < 0x10000) {
			units.push(point);
		} else {
			units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff));
		}
	}
}

const textUnits: number[] = [];
const TYPED_LETTER_UNITS = [...TYPED_LETTERS].map((letter) => letter.charCodeAt(0));
