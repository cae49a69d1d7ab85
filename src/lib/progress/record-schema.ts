/**
 * The progress record as the app holds it in memory, and the schema for each part of it. These
 * are the shapes pages and the other progress modules use; storage keeps the same data in a
 * compact form (`stored-progress.ts`), and `record.ts` turns one into the other.
 */
import * as v from 'valibot';
import { responseSchema } from '../quiz/response';
import {
	LATEST_PROGRESS_VERSION,
	MAX_ATTEMPTS,
	MAX_ID_LENGTH,
	MAX_READINGS
} from './record-limits';
import { timeOf } from './times';

export {
	LATEST_PROGRESS_VERSION,
	MAX_ATTEMPTS,
	MAX_ID_LENGTH,
	MAX_READINGS,
	isId
} from './record-limits';

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));

// The regex alone lets through dates such as 10 o'clock at offset ' +01' that Date cannot read.
export const dateTimeSchema = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((text) => !Number.isNaN(timeOf(text)), 'Invalid date')
);

export const attemptSchema = v.object({
	id: idSchema,
	questionId: idSchema,
	readingId: v.nullable(idSchema),
	lessonId: v.nullable(idSchema),
	response: responseSchema,
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
	correct: v.boolean(),
	at: dateTimeSchema
});

export const readingVisitSchema = v.object({
	openedAt: dateTimeSchema,
	finishedAt: v.nullable(dateTimeSchema),
	secondsSpent: v.pipe(v.number(), v.finite(), v.minValue(0))
});

// Not v.record: it skips keys such as 'constructor' without a word, and nothing is dropped silently.
export const readingsSchema = v.pipe(
	v.custom<Record<string, unknown>>(
		(value) => typeof value === 'object' && value !== null && !Array.isArray(value),
		'Expected an object of readings'
	),
	v.transform((readings) => Object.entries(readings)),
	v.array(v.tuple([idSchema, readingVisitSchema])),
	v.maxLength(MAX_READINGS, `Expected at most ${MAX_READINGS} readings`),
	v.transform((entries) => Object.fromEntries(entries))
);

export const progressRecordSchema = v.object({
	version: v.literal(LATEST_PROGRESS_VERSION),
	attempts: v.pipe(
		v.array(attemptSchema),
		v.maxLength(MAX_ATTEMPTS, `Expected at most ${MAX_ATTEMPTS} answers`)
	),
	readings: readingsSchema
});

export type Attempt = v.InferOutput<typeof attemptSchema>;
export type ReadingVisit = v.InferOutput<typeof readingVisitSchema>;
export type ProgressRecord = v.InferOutput<typeof progressRecordSchema>;
