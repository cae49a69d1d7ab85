/**
 * What a stored progress record (version 2, `stored-progress.ts`) may hold, as valibot schemas:
 * the meaning of the hand-written checks in `stored-parts.ts` and `readStoredProgress`, which the
 * tests hold to these on random input. Not used by the app itself, so that the validator stays out
 * of every page's first visit.
 */
import * as v from 'valibot';
import { responseSchema } from '../quiz/response';
import { MAX_ATTEMPTS } from './record-limits';
import { dateTimeSchema, idSchema, readingsSchema } from './record-schema';
import { MAX_TIME, MIN_TIME } from './times';

const tableIndex = v.pipe(v.number(), v.integer(), v.minValue(0));

export const storedAttemptSchema = v.strictTuple([
	v.string(),
	tableIndex,
	tableIndex,
	v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	v.picklist([0, 1]),
	v.union([
		v.pipe(v.number(), v.integer(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME)),
		dateTimeSchema
	])
]);

export const storedRecordSchema = v.object({
	questions: v.optional(
		v.pipe(
			v.array(v.strictTuple([idSchema, v.nullable(idSchema), v.nullable(idSchema)])),
			v.maxLength(MAX_ATTEMPTS)
		),
		[]
	),
	responses: v.optional(v.pipe(v.array(responseSchema), v.maxLength(MAX_ATTEMPTS)), []),
	attempts: v.pipe(
		v.custom<unknown[]>(Array.isArray, 'Expected a list of answers'),
		v.check(
			(attempts) => attempts.length <= MAX_ATTEMPTS,
			`Expected at most ${MAX_ATTEMPTS} answers`
		)
	),
	readings: readingsSchema
});
