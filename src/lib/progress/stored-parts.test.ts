import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../test-data/response-arbitrary';
import { responseSchema } from '../quiz/response';
import { attemptSchema, readingsSchema } from './record-schema';
import { Problem, readAttempt, readQuestions, readReadings, readResponse } from './stored-parts';
import { storedRecordSchema } from './stored-progress-schema';

/** A value close to `right`: a field dropped, changed to any JSON, or added. */
function mutated(right: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
	return fc.oneof(
		right,
		fc.tuple(right, fc.nat(), fc.jsonValue()).map(([value, n, other]) => {
			const keys = Object.keys(value);
			const key = keys[n % Math.max(1, keys.length)] ?? 'type';
			return { ...value, [key]: other };
		}),
		fc.tuple(right, fc.nat()).map(([value, n]) => {
			const keys = Object.keys(value);
			const copy = { ...value };
			delete copy[keys[n % Math.max(1, keys.length)] ?? ''];
			return copy;
		}),
		right.map((value) => ({ ...value, extra: 1 })),
		fc.jsonValue()
	);
}

const time = fc.oneof(
	fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
	fc.constantFrom('2025-03-10T10:00:00+01:00', '2025-02-30T09:00:00.000Z', 'yesterday', '')
);
const id = fc.oneof(
	fc.string({ minLength: 1, maxLength: 12 }),
	fc.constantFrom('', 'x'.repeat(201))
);
const attemptArb = fc.record({
	id,
	questionId: id,
	readingId: fc.option(id, { nil: null }),
	lessonId: fc.option(id, { nil: null }),
	response: responseArb,
	score: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(-0.1, 2)),
	correct: fc.boolean(),
	at: time
});
const visitArb = fc.record({
	openedAt: time,
	finishedAt: fc.option(time, { nil: null }),
	secondsSpent: fc.oneof(fc.nat(), fc.constantFrom(-1, Infinity, 1.5))
});

/** Whether a hand-written reader takes what the schema takes, and gives back what it gives. */
function agrees(read: (value: unknown) => unknown, schema: v.GenericSchema, value: unknown): void {
	const expected = v.safeParse(schema, value);
	const actual = read(value);
	if (expected.success) {
		expect(actual).toEqual(expected.output);
	} else {
		expect(actual).toBeInstanceOf(Problem);
	}
}

describe('the hand-written readers of stored progress', () => {
	it('read an answer exactly as its schema does', () => {
		fc.assert(
			fc.property(mutated(responseArb), (value) => {
				agrees((raw) => readResponse(raw, 'responses.0'), responseSchema, value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('read an attempt written in full exactly as its schema does', () => {
		fc.assert(
			fc.property(mutated(attemptArb), (value) => {
				agrees((raw) => readAttempt(raw, 'attempts.0'), attemptSchema, value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('read the readings exactly as their schema does', () => {
		const readings = fc.dictionary(id, mutated(visitArb), { maxKeys: 3 });
		fc.assert(
			fc.property(fc.oneof(readings, fc.jsonValue()), (value) => {
				agrees(readReadings, readingsSchema, value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('read the list of questions exactly as its schema does', () => {
		const question = fc.oneof(
			fc.tuple(id, fc.option(id, { nil: null }), fc.option(id, { nil: null })),
			fc.array(fc.jsonValue(), { maxLength: 4 })
		);
		fc.assert(
			fc.property(fc.oneof(fc.array(question, { maxLength: 3 }), fc.jsonValue()), (value) => {
				agrees(readQuestions, storedRecordSchema.entries.questions, value);
			}),
			{ numRuns: 1000 }
		);
	});

	it('name the part that is wrong', () => {
		const problem = readAttempt({ id: 'a', questionId: 'q', readingId: null }, 'attempts.3');
		expect(problem).toEqual(new Problem('attempts.3.lessonId', expect.any(String)));
	});
});
