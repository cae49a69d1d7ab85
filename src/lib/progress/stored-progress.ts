/**
 * The progress record as localStorage keeps it (version 2): a year of daily practice in about a
 * sixth of the space version 1 took, so that it fits well inside the browser's 5 MB.
 *
 *   {
 *     "version": 2,
 *     "questions": [["back-at-the-table-reportedly", "back-at-the-table", null], ...],
 *     "responses": [{ "type": "single-choice", "choice": 2 }, ...],
 *     "attempts": [["ln2nd9rv", 0, 0, 1, 1, 1736182583235], ...],
 *     "readings": { "back-at-the-table": { "openedAt": "...", "finishedAt": null, "secondsSpent": 95 } }
 *   }
 *
 * `questions` lists each [questionId, readingId, lessonId] an answer was given in, once;
 * `responses` lists each distinct response once (a student gives the same few answers to a
 * question again and again). Each attempt is then a tuple:
 *
 *   [id, question, response, score, correct, at]
 *   - id: the id without its first ten characters, when those are the attempt's own time in base
 *     36 and a '-' (as `newAttemptId` makes them); any other id whole, after an '='.
 *   - question, response: positions in the two lists.
 *   - score: 0 to 1. correct: 1 or 0.
 *   - at: milliseconds since 1970 (UTC), or the ISO 8601 text itself when it is not written the
 *     way `toISOString` writes it (so every time comes back exactly as it was given).
 *
 * `attempts` may also hold attempts in full, as the app holds them in memory (version 1 stored
 * them so): records written by `JSON.stringify` of the in-memory record, such as exported files,
 * read as they are. Readings are kept as in version 1.
 *
 * Reading it back is the hot path of every page load, so it is checked by hand (`stored-parts.ts`):
 * the valibot schemas in `stored-progress-schema.ts` are what that check means, and the tests hold
 * it to them. They are not run in the app, which keeps the validator out of a reading page's first
 * visit.
 */
import type { Response } from '../quiz/response';
import type { Parsed } from '../storage/parsed';
import { LATEST_PROGRESS_VERSION, isId, MAX_ATTEMPTS } from './record-limits';
import type { Attempt, ProgressRecord, ReadingVisit } from './record-schema';
import {
	Problem,
	readAttempt,
	readQuestions,
	readReadings,
	readResponses,
	type StoredQuestion
} from './stored-parts';
import { MAX_TIME, MIN_TIME, exactTime, isDateTime, isoTime, timeOf } from './times';

export type { StoredQuestion } from './stored-parts';

export type StoredAttempt = [
	id: string,
	question: number,
	response: number,
	score: number,
	correct: 0 | 1,
	at: number | string
];

export interface StoredProgress {
	version: typeof LATEST_PROGRESS_VERSION;
	questions: StoredQuestion[];
	responses: Response[];
	/** Written as tuples; attempts in full are read too. */
	attempts: (StoredAttempt | Attempt)[];
	readings: Record<string, ReadingVisit>;
}

/** What a stored record holds, checked: attempts as kept, with `times[i]` as `attempts[i].at` in ms. */
export interface ReadProgress {
	attempts: Attempt[];
	times: number[];
	readings: Record<string, ReadingVisit>;
}

const WHOLE_ID = '=';

/** What serializing a record built, kept to extend when the next record only adds attempts. */
interface Serialized {
	attempts: readonly Attempt[];
	stored: StoredProgress;
	questionIndex: Map<string, Map<string | null, Map<string | null, number>>>;
	responseIndex: Map<Response, number>;
	responseTextIndex: Map<string, number>;
}

// The record last written. Every Check writes the record again with one attempt more, and
// the attempts before it are the very same objects: only the new one needs encoding.
let last: Serialized | null = null;

/** The compact form of a record, for storage. `readStoredProgress` gives back the same record. */
export function serializeProgress(record: ProgressRecord): StoredProgress {
	const from = last && extends_(record.attempts, last.attempts) ? last : null;
	const questions: StoredQuestion[] = from ? [...from.stored.questions] : [];
	const responses: Response[] = from ? [...from.stored.responses] : [];
	const questionIndex: Serialized['questionIndex'] = from?.questionIndex ?? new Map();
	const responseIndex: Serialized['responseIndex'] = from?.responseIndex ?? new Map();
	const responseTextIndex: Serialized['responseTextIndex'] = from?.responseTextIndex ?? new Map();

	const questionOf = (attempt: Attempt): number => {
		let byReading = questionIndex.get(attempt.questionId);
		if (!byReading) {
			byReading = new Map();
			questionIndex.set(attempt.questionId, byReading);
		}
		let byLesson = byReading.get(attempt.readingId);
		if (!byLesson) {
			byLesson = new Map();
			byReading.set(attempt.readingId, byLesson);
		}
		let index = byLesson.get(attempt.lessonId);
		if (index === undefined) {
			index = questions.push([attempt.questionId, attempt.readingId, attempt.lessonId]) - 1;
			byLesson.set(attempt.lessonId, index);
		}
		return index;
	};
	// Attempts read from storage share their response objects, so most are found by identity.
	const responseOf = (response: Response): number => {
		let index = responseIndex.get(response);
		if (index === undefined) {
			const text = JSON.stringify(response);
			index = responseTextIndex.get(text);
			if (index === undefined) {
				index = responses.push(response) - 1;
				responseTextIndex.set(text, index);
			}
			responseIndex.set(response, index);
		}
		return index;
	};

	// The maps are extended in place: until they match a finished result, nothing is kept.
	last = null;
	const known = from ? from.attempts.length : 0;
	const attempts = from ? (from.stored.attempts as StoredAttempt[]).slice() : [];
	for (let i = known; i < record.attempts.length; i++) {
		const attempt = record.attempts[i]!;
		const time = exactTime(attempt.at);
		const exact = !Number.isNaN(time);
		attempts.push([
			exact ? storedId(attempt.id, time) : WHOLE_ID + attempt.id,
			questionOf(attempt),
			responseOf(attempt.response),
			attempt.score,
			attempt.correct ? 1 : 0,
			exact ? time : attempt.at
		]);
	}
	const stored: StoredProgress = {
		version: LATEST_PROGRESS_VERSION,
		questions,
		responses,
		attempts,
		readings: record.readings
	};
	last = { attempts: record.attempts, stored, questionIndex, responseIndex, responseTextIndex };
	return stored;
}

/** Whether `list` begins with every item of `start`, the same objects in the same order. */
function extends_(list: readonly Attempt[], start: readonly Attempt[]): boolean {
	if (list.length < start.length) {
		return false;
	}
	for (let i = start.length - 1; i >= 0; i--) {
		if (list[i] !== start[i]) {
			return false;
		}
	}
	return true;
}

/**
 * Checks a version 2 record and reads its attempts back into the in-memory shape, in the order
 * stored. Any part that cannot be read refuses the whole record, with where and why.
 */
export function readStoredProgress(record: Record<string, unknown>): Parsed<ReadProgress> {
	const questions = readQuestions(record.questions);
	if (questions instanceof Problem) {
		return refuse(questions);
	}
	const responses = readResponses(record.responses);
	if (responses instanceof Problem) {
		return refuse(responses);
	}
	const entries = record.attempts;
	if (!Array.isArray(entries)) {
		return refuse(new Problem('attempts', 'Expected a list of answers'));
	}
	if (entries.length > MAX_ATTEMPTS) {
		return refuse(new Problem('attempts', `Expected at most ${MAX_ATTEMPTS} answers`));
	}
	const readings = readReadings(record.readings);
	if (readings instanceof Problem) {
		return refuse(readings);
	}
	const attempts: Attempt[] = [];
	const times: number[] = [];
	for (let i = 0; i < entries.length; i++) {
		const entry: unknown = entries[i];
		if (Array.isArray(entry)) {
			const attempt = readTuple(entry, questions, responses, times);
			if (!attempt) {
				return refuse(tupleProblem(i, entry, questions.length, responses.length));
			}
			attempts.push(attempt);
		} else {
			const attempt = readAttempt(entry, `attempts.${i}`);
			if (attempt instanceof Problem) {
				return refuse(attempt);
			}
			attempts.push(attempt);
			times.push(timeOf(attempt.at));
		}
	}
	return { ok: true, value: { attempts, times, readings } };
}

/**
 * The number of answers a record holds and how many of them cannot be read, each on its own;
 * null when it has no list of answers. For telling a student how much of a file is damaged.
 */
export function countDamagedAttempts(record: object): { damaged: number; total: number } | null {
	const { attempts, questions, responses } = record as Record<string, unknown>;
	if (!Array.isArray(attempts)) {
		return null;
	}
	const questionList = readQuestions(questions);
	const responseList = readResponses(responses);
	const damaged = attempts.filter((entry: unknown, i) =>
		Array.isArray(entry)
			? questionList instanceof Problem ||
				responseList instanceof Problem ||
				!readTuple(entry, questionList, responseList, [])
			: readAttempt(entry, `attempts.${i}`) instanceof Problem
	).length;
	return { damaged, total: attempts.length };
}

/** The digits of attempt ids: their time stamp and their random part. */
export const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE36_5 = 36 ** 5;
// The leading digits change every 17 hours or so: consecutive attempts share them.
let stampHigh = -1;
let stampHighText = '';

/**
 * `newAttemptId`'s time stamp: the time in base 36, at least nine digits. By hand because
 * `toString(36)` is slow enough to matter ten thousand times over on every load.
 */
export function idStamp(time: number): string {
	const value = Math.max(0, time);
	if (!Number.isSafeInteger(value)) {
		return value.toString(36).padStart(9, '0');
	}
	const high = Math.floor(value / BASE36_5);
	let low = value - high * BASE36_5;
	if (high !== stampHigh) {
		stampHighText = high.toString(36).padStart(4, '0');
		stampHigh = high;
	}
	let digits = '';
	for (let i = 0; i < 5; i++) {
		const digit = low % 36;
		digits = BASE36[digit]! + digits;
		low = (low - digit) / 36;
	}
	return stampHighText + digits;
}

function storedId(id: string, time: number): string {
	if (
		id.length > 10 &&
		id.charCodeAt(9) === 45 && // '-'
		id.charCodeAt(10) !== 61 && // '=' would read as a whole id
		stampTime(id) === Math.max(0, time)
	) {
		return id.slice(10);
	}
	return WHOLE_ID + id;
}

/** The time a nine-digit `idStamp` at the start of `id` stands for, or NaN. */
function stampTime(id: string): number {
	let time = 0;
	for (let i = 0; i < 9; i++) {
		const code = id.charCodeAt(i);
		const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : -1;
		if (digit < 0) {
			return NaN;
		}
		time = time * 36 + digit;
	}
	return time;
}

/** One stored tuple as an attempt, its time pushed onto `times`; null if any part is wrong. */
function readTuple(
	entry: unknown[],
	questions: readonly StoredQuestion[],
	responses: readonly Response[],
	times: number[]
): Attempt | null {
	if (entry.length !== 6) {
		return null;
	}
	const [storedId, question, response, score, correct, at] = entry;
	let time: number;
	let text: string;
	if (typeof at === 'number') {
		if (!Number.isInteger(at) || at < MIN_TIME || at > MAX_TIME) {
			return null;
		}
		time = at;
		text = isoTime(at);
	} else if (isDateTime(at)) {
		time = timeOf(at);
		text = at;
	} else {
		return null;
	}
	if (typeof storedId !== 'string') {
		return null;
	}
	let id: string;
	if (storedId.charCodeAt(0) === 61) {
		id = storedId.slice(1);
	} else if (typeof at === 'number') {
		id = `${idStamp(time)}-${storedId}`;
	} else {
		return null;
	}
	if (
		!isId(id) ||
		typeof question !== 'number' ||
		!Number.isInteger(question) ||
		question < 0 ||
		question >= questions.length ||
		typeof response !== 'number' ||
		!Number.isInteger(response) ||
		response < 0 ||
		response >= responses.length ||
		typeof score !== 'number' ||
		!(score >= 0 && score <= 1) ||
		(correct !== 0 && correct !== 1)
	) {
		return null;
	}
	const [questionId, readingId, lessonId] = questions[question]!;
	times.push(time);
	return {
		id,
		questionId,
		readingId,
		lessonId,
		response: responses[response]!,
		score,
		correct: correct === 1,
		at: text
	};
}

/** Why `readTuple` refused a tuple: the first slot that is wrong, or which cross-reference failed. */
function tupleProblem(
	index: number,
	entry: unknown[],
	questionCount: number,
	responseCount: number
): Problem {
	const at = (slot: string) => `attempts.${index}.${slot}`;
	if (entry.length !== 6) {
		return new Problem(`attempts.${index}`, `Expected 6 parts but received ${entry.length}`);
	}
	const [id, question, response, score, correct, time] = entry;
	if (typeof id !== 'string') {
		return new Problem(at('id'), 'Expected text');
	}
	for (const [slot, value] of [
		['question', question],
		['response', response]
	] as const) {
		if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
			return new Problem(at(slot), 'Expected a whole number from 0');
		}
	}
	if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
		return new Problem(at('score'), 'Expected a score from 0 to 1');
	}
	if (correct !== 0 && correct !== 1) {
		return new Problem(at('correct'), 'Expected 0 or 1');
	}
	const inMs =
		typeof time === 'number' && Number.isInteger(time) && time >= MIN_TIME && time <= MAX_TIME;
	if (!inMs && !isDateTime(time)) {
		return new Problem(at('at'), 'Expected a time in ms or as ISO 8601 text');
	}
	if ((question as number) >= questionCount) {
		return new Problem(
			at('question'),
			`Expected one of the ${questionCount} questions listed but received ${question}`
		);
	}
	if ((response as number) >= responseCount) {
		return new Problem(
			at('response'),
			`Expected one of the ${responseCount} responses listed but received ${response}`
		);
	}
	if (!id.startsWith(WHOLE_ID) && !inMs) {
		return new Problem(at('id'), 'An id kept without its time needs a time in ms');
	}
	return new Problem(at('id'), 'Expected an id of 1 to 200 characters');
}

function refuse(problem: Problem): Parsed<never> {
	return {
		ok: false,
		reason: `Part of this progress could not be read (${problem.where}: ${problem.message}).`
	};
}
