/**
 * The parts of a stored progress record, checked by hand: exactly what the valibot schemas in
 * `record-schema.ts`, `stored-progress.ts` and `quiz/response.ts` accept, with the same output
 * (unknown keys dropped, fresh objects). Every page reads the record on load, and checking it by
 * hand keeps the validator out of a reading page's first visit (the 60 KB budget in
 * docs/architecture.md); the tests hold each reader to its schema on random input.
 */
import type { Attempt, ReadingVisit } from './record-schema';
import { MAX_ATTEMPTS, MAX_ID_LENGTH, MAX_READINGS, isId } from './record-limits';
import type { Response } from '../quiz/response';
import { isDateTime } from './times';

/** Where a part could not be read (a dotted path) and why. */
export class Problem {
	constructor(
		readonly where: string,
		readonly message: string
	) {}
}

export type StoredQuestion = [
	questionId: string,
	readingId: string | null,
	lessonId: string | null
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isIndex = (value: unknown): value is number =>
	typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isScore = (value: unknown): value is number =>
	typeof value === 'number' && value >= 0 && value <= 1;

const isText = (value: unknown, max: number): value is string =>
	typeof value === 'string' && value.length <= max;

const ID = `Expected an id of 1 to ${MAX_ID_LENGTH} characters`;
const TIME = 'Expected a date and time as toISOString writes it';

/** A list of which every item passes `check`, copied; else the first item that fails. */
function listOf<T>(
	value: unknown,
	where: string,
	check: (item: unknown) => item is T,
	message: string
): T[] | Problem {
	if (!Array.isArray(value)) {
		return new Problem(where, 'Expected a list');
	}
	for (let i = 0; i < value.length; i++) {
		if (!check(value[i])) {
			return new Problem(`${where}.${i}`, message);
		}
	}
	return [...(value as T[])];
}

const isIndexOrNull = (value: unknown): value is number | null => value === null || isIndex(value);
const isBlank = (value: unknown): value is string => isText(value, 200);

/** One response as `responseSchema` reads it. */
export function readResponse(value: unknown, where: string): Response | Problem {
	if (!isRecord(value)) {
		return new Problem(where, 'Expected an answer');
	}
	const at = (key: string) => `${where}.${key}`;
	switch (value.type) {
		case 'single-choice':
			return isIndex(value.choice)
				? { type: value.type, choice: value.choice }
				: new Problem(at('choice'), 'Expected a choice number');
		case 'multiple-select': {
			const choices = listOf(value.choices, at('choices'), isIndex, 'Expected a choice number');
			return choices instanceof Problem ? choices : { type: value.type, choices };
		}
		case 'true-false-not-stated':
			return value.verdict === 'true' || value.verdict === 'false' || value.verdict === 'not-stated'
				? { type: value.type, verdict: value.verdict }
				: new Problem(at('verdict'), 'Expected true, false or not stated');
		case 'short-answer':
			return isText(value.text, 500)
				? { type: value.type, text: value.text }
				: new Problem(at('text'), 'Expected text of at most 500 characters');
		case 'fill-blanks': {
			const blanks = listOf(value.blanks, at('blanks'), isBlank, 'Expected text of at most 200');
			return blanks instanceof Problem ? blanks : { type: value.type, blanks };
		}
		case 'ordering': {
			const order = listOf(value.order, at('order'), isIndex, 'Expected an item number');
			return order instanceof Problem ? order : { type: value.type, order };
		}
		case 'matching': {
			const meanings = listOf(value.meanings, at('meanings'), isIndexOrNull, 'Expected a meaning');
			return meanings instanceof Problem ? meanings : { type: value.type, meanings };
		}
		case 'evidence':
			return isText(value.sentence, 2000)
				? { type: value.type, sentence: value.sentence }
				: new Problem(at('sentence'), 'Expected text of at most 2000 characters');
		default:
			// Not a switch over a union: `type` is whatever the stored text holds.
			return new Problem(at('type'), 'Expected a question type Close Read knows');
	}
}

/** An attempt written in full, as `attemptSchema` reads it. */
export function readAttempt(value: unknown, where: string): Attempt | Problem {
	if (!isRecord(value)) {
		return new Problem(where, 'Expected an answer');
	}
	const at = (key: string) => `${where}.${key}`;
	const { id, questionId, readingId, lessonId, score, correct } = value;
	if (!isId(id)) {
		return new Problem(at('id'), ID);
	}
	if (!isId(questionId)) {
		return new Problem(at('questionId'), ID);
	}
	if (readingId !== null && !isId(readingId)) {
		return new Problem(at('readingId'), ID);
	}
	if (lessonId !== null && !isId(lessonId)) {
		return new Problem(at('lessonId'), ID);
	}
	const response = readResponse(value.response, at('response'));
	if (response instanceof Problem) {
		return response;
	}
	if (!isScore(score)) {
		return new Problem(at('score'), 'Expected a score from 0 to 1');
	}
	if (typeof correct !== 'boolean') {
		return new Problem(at('correct'), 'Expected true or false');
	}
	if (!isDateTime(value.at)) {
		return new Problem(at('at'), TIME);
	}
	return { id, questionId, readingId, lessonId, response, score, correct, at: value.at };
}

const isQuestion = (value: unknown): value is StoredQuestion =>
	Array.isArray(value) &&
	value.length === 3 &&
	isId(value[0]) &&
	(value[1] === null || isId(value[1])) &&
	(value[2] === null || isId(value[2]));

/** The `questions` list of a stored record (absent: none), each entry copied. */
export function readQuestions(value: unknown): StoredQuestion[] | Problem {
	if (value === undefined) {
		return [];
	}
	const list = listOf(
		value,
		'questions',
		isQuestion,
		'Expected [question id, reading id, lesson id]'
	);
	if (list instanceof Problem) {
		return list;
	}
	if (list.length > MAX_ATTEMPTS) {
		return new Problem('questions', `Expected at most ${MAX_ATTEMPTS} questions`);
	}
	return list.map(([questionId, readingId, lessonId]) => [questionId, readingId, lessonId]);
}

/** The `responses` list of a stored record (absent: none). */
export function readResponses(value: unknown): Response[] | Problem {
	if (value === undefined) {
		return [];
	}
	if (!Array.isArray(value)) {
		return new Problem('responses', 'Expected a list');
	}
	const responses: Response[] = [];
	for (let i = 0; i < value.length; i++) {
		const response = readResponse(value[i], `responses.${i}`);
		if (response instanceof Problem) {
			return response;
		}
		responses.push(response);
	}
	if (responses.length > MAX_ATTEMPTS) {
		return new Problem('responses', `Expected at most ${MAX_ATTEMPTS} responses`);
	}
	return responses;
}

/** Each reading's visit, by reading id, as `readingsSchema` reads them. */
export function readReadings(value: unknown): Record<string, ReadingVisit> | Problem {
	if (!isRecord(value)) {
		return new Problem('readings', 'Expected an object of readings');
	}
	const entries: [string, ReadingVisit][] = [];
	for (const [readingId, visit] of Object.entries(value)) {
		const where = `readings.${readingId}`;
		if (!isId(readingId)) {
			return new Problem(where, ID);
		}
		if (!isRecord(visit)) {
			return new Problem(where, 'Expected a visit');
		}
		const { openedAt, finishedAt, secondsSpent } = visit;
		if (!isDateTime(openedAt)) {
			return new Problem(`${where}.openedAt`, TIME);
		}
		if (finishedAt !== null && !isDateTime(finishedAt)) {
			return new Problem(`${where}.finishedAt`, TIME);
		}
		if (typeof secondsSpent !== 'number' || !Number.isFinite(secondsSpent) || secondsSpent < 0) {
			return new Problem(`${where}.secondsSpent`, 'Expected a number of seconds');
		}
		entries.push([readingId, { openedAt, finishedAt, secondsSpent }]);
	}
	if (entries.length > MAX_READINGS) {
		return new Problem('readings', `Expected at most ${MAX_READINGS} readings`);
	}
	return Object.fromEntries(entries);
}
