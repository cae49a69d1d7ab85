/**
 * What a student hands in at the end of a lesson: who, which lesson, how each question went and
 * when. Results codes and results files both carry it, and both come back from outside, so
 * `lessonResultSchema` checks it on the way in.
 */
import * as v from 'valibot';
import { hasNoHiddenControls, hasVisibleCharacter } from './visible-text';

/** How a question went on the whole; 'missing' is a question Close Read no longer had. */
export const OUTCOMES = ['right', 'partial', 'wrong', 'unanswered', 'missing'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const STUDENT_NAME_MAX_LENGTH = 40;

/** Results codes count minutes from here, in 27 bits: until the year 2255. */
export const RESULT_TIME_EPOCH = Date.UTC(2000, 0, 1);
export const RESULT_TIME_END = RESULT_TIME_EPOCH + 2 ** 27 * 60_000;

/** The name as the student typed it, trimmed: the form can show these messages as they are. */
export const studentNameSchema = v.pipe(
	v.string(),
	v.check((name) => name.trim() !== '' && hasVisibleCharacter(name), 'Type your name.'),
	v.check((name) => name === name.trim(), 'The name must not start or end with a space.'),
	v.maxLength(STUDENT_NAME_MAX_LENGTH, `Keep the name to ${STUDENT_NAME_MAX_LENGTH} characters.`),
	// Line breaks and lone surrogates would not survive a spreadsheet, or UTF-8; a direction
	// override would make the name print as another.
	v.check(hasNoHiddenControls, 'The name has a character that cannot be kept.')
);

export const resultTimeSchema = v.pipe(
	v.string(),
	v.isoTimestamp(),
	v.check((time) => {
		const at = Date.parse(time);
		return at >= RESULT_TIME_EPOCH && at < RESULT_TIME_END;
	}, 'must be a time between the years 2000 and 2255')
);

export const lessonResultSchema = v.pipe(
	v.strictObject({
		/** `lessonIdentity` of the lesson taken. */
		lessonId: v.pipe(v.string(), v.regex(/^[0-9A-HJKMNP-TV-Z]{8}$/, 'must be a lesson id')),
		studentName: studentNameSchema,
		/** One per question, in the lesson's order. */
		outcomes: v.pipe(v.array(v.picklist(OUTCOMES)), v.minLength(1), v.maxLength(200)),
		/** Out of 100, on first tries. */
		score: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
		startedAt: resultTimeSchema,
		finishedAt: resultTimeSchema
	}),
	v.check(
		(result) => Date.parse(result.finishedAt) >= Date.parse(result.startedAt),
		'must finish after it starts'
	)
);

export type LessonResult = v.InferOutput<typeof lessonResultSchema>;
