import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { idStamp, readStoredProgress } from './stored-progress';
import { storedAttemptSchema } from './stored-progress-schema';
import { MAX_TIME, MIN_TIME } from './times';

const questions = [
	['q-1', 'r-1', null],
	['q-2', null, 'lesson']
];
const responses = [
	{ type: 'single-choice', choice: 0 },
	{ type: 'short-answer', text: 'the talks' }
];

/** Each slot mostly what it should hold, else something close to it that is wrong. */
const mostly = <T, U>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
	fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: wrong, weight: 1 });
const slotArb = {
	id: mostly(
		fc.constantFrom('abc', '=whole', `=${'x'.repeat(200)}`, 'x'.repeat(190)),
		fc.oneof(
			fc.constantFrom('=', '', 'x'.repeat(191), `=${'x'.repeat(201)}`),
			fc.string({ maxLength: 12 }),
			fc.integer()
		)
	),
	index: mostly(
		fc.constantFrom(0, 1),
		fc.oneof(fc.constantFrom(2, -1, 0.5, '0', null), fc.integer())
	),
	score: mostly(
		fc.constantFrom(0, 1, 0.25, 2 / 3),
		fc.oneof(fc.constantFrom(-0.1, 1.5, 2, '1', null, true), fc.double())
	),
	correct: mostly(fc.constantFrom(0, 1), fc.constantFrom(2, -1, true, false, '1', null)),
	at: mostly(
		fc.oneof(
			fc.integer({ min: MIN_TIME, max: MAX_TIME }),
			fc.constantFrom(MIN_TIME, MAX_TIME, '2025-03-10T10:00:00+01:00', '2025-02-30T09:00:00.000Z')
		),
		fc.oneof(
			fc.constantFrom(MIN_TIME - 1, MAX_TIME + 1, 1_741_597_200_000.5, NaN),
			fc.constantFrom('2025-03-10T09:00:00 +01', 'yesterday', null)
		)
	)
};
const tupleArb = fc.oneof(
	{
		arbitrary: fc.tuple(
			slotArb.id,
			slotArb.index,
			slotArb.index,
			slotArb.score,
			slotArb.correct,
			slotArb.at
		),
		weight: 9
	},
	{ arbitrary: fc.array(fc.jsonValue(), { maxLength: 7 }), weight: 1 }
);

function readsBack(tuple: unknown[]): boolean {
	const read = readStoredProgress({
		version: 2,
		questions,
		responses,
		attempts: [tuple],
		readings: {}
	});
	return read.ok;
}

/** What the stored shape means, written out slowly from its schema. */
function meaning(tuple: unknown[]): boolean {
	const shape = v.safeParse(storedAttemptSchema, tuple);
	if (!shape.success) {
		return false;
	}
	const [storedId, question, response, , , at] = shape.output;
	const id = storedId.startsWith('=')
		? storedId.slice(1)
		: typeof at === 'number'
			? `${idStamp(at)}-${storedId}`
			: null;
	return (
		question < questions.length &&
		response < responses.length &&
		id !== null &&
		id.length >= 1 &&
		id.length <= 200
	);
}

describe('readStoredProgress', () => {
	it('reads a stored attempt exactly when its schema and the lists it refers to allow it', () => {
		fc.assert(
			fc.property(tupleArb, (tuple) => {
				expect(readsBack(tuple)).toBe(meaning(tuple));
			}),
			{ numRuns: 2000 }
		);
	});

	it('says why it refuses any stored attempt it cannot read', () => {
		fc.assert(
			fc.property(tupleArb, (tuple) => {
				const read = readStoredProgress({
					version: 2,
					questions,
					responses,
					attempts: [tuple],
					readings: {}
				});
				expect(
					read.ok || /^Part of this progress could not be read \(attempts\.0/.test(read.reason)
				).toBe(true);
			})
		);
	});

	it('refuses lists that are not lists, naming them', () => {
		const read = readStoredProgress({ version: 2, questions: {}, attempts: [], readings: {} });
		expect(!read.ok && read.reason).toContain('(questions:');
		const noAttempts = readStoredProgress({ version: 2, readings: {} });
		expect(!noAttempts.ok && noAttempts.reason).toContain('(attempts:');
	});
});

describe('idStamp', () => {
	it('writes the time in base 36 with at least nine digits, as toString would', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e12, max: MAX_TIME }), (time) => {
				expect(idStamp(time)).toBe(Math.max(0, time).toString(36).padStart(9, '0'));
			})
		);
	});
});
