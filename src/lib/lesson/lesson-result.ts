/**
 * What a student hands in at the end of a lesson: who, which lesson, how each question went and
 * when, and what each answer was. Results codes and results files both carry it, and both come
 * back from outside, so `lessonResultSchema` checks it on the way in.
 */
import * as v from 'valibot';
import type { Response } from '../quiz/response';
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

/**
 * What a student answered, as a results code carries it: compact, but enough for the teacher to
 * read it back against the question. Indexes are the question's own (authored) order, as
 * attempts keep them, whatever order the student saw.
 */
export const LATER_TRIES = ['right', 'partial', 'wrong'] as const;
export type LaterTry = (typeof LATER_TRIES)[number];

/** A typed answer is kept to its first 40 characters; each gap of a fill-in question to 20. */
export const TYPED_ANSWER_MAX_CHARACTERS = 40;
export const TYPED_GAP_MAX_CHARACTERS = 20;

/**
 * Typed answers are packed five bits a letter (see `results-code.ts`): a to z, space, apostrophe,
 * full stop and comma. A capital costs ten bits, any other character 14 to 28. A question's typed
 * text is also kept to this many bits, so that text in other scripts cannot make a code longer
 * than 40 plain letters would: that keeps a 20-question code short enough to paste into a form.
 */
export const TYPED_ANSWER_MAX_BITS = 240;

/** The letters a typed answer is packed in, five bits each; 30 is a capital, 31 any other. */
export const TYPED_LETTERS = "abcdefghijklmnopqrstuvwxyz '.,";
export const CAPITAL_MARK = 30;
export const OTHER_MARK = 31;

/** The bits a code point takes in a results code. */
export function typedBits(codePoint: number): number {
	const character = String.fromCodePoint(codePoint);
	if (TYPED_LETTERS.includes(character)) {
		return 5;
	}
	if (/^[A-Z]$/.test(character)) {
		return 10;
	}
	return 5 + 2 + (codePoint < 0x80 ? 7 : codePoint < 0x800 ? 11 : codePoint < 0x10000 ? 16 : 21);
}

/**
 * Typed text as a results code keeps it: spaces collapsed, characters a spreadsheet or a page
 * would hide or reorder left out, then cut to `maxCharacters` and to `maxBits`.
 */
export function keepTyped(
	text: string,
	maxCharacters: number = TYPED_ANSWER_MAX_CHARACTERS,
	maxBits: number = TYPED_ANSWER_MAX_BITS
): string {
	const plain = String(text)
		.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
	let kept = '';
	let count = 0;
	let bits = 0;
	for (const character of plain) {
		const cost = typedBits(character.codePointAt(0)!);
		if (count === maxCharacters || bits + cost > maxBits) {
			break;
		}
		kept += character;
		count++;
		bits += cost;
	}
	return kept.trimEnd();
}

/** The gaps of a fill-in answer as kept: each to 20 characters, all together to the bit limit. */
export function keepGaps(blanks: readonly string[]): string[] {
	let bitsLeft = TYPED_ANSWER_MAX_BITS;
	return blanks.slice(0, MAX_ANSWER_PARTS).map((blank) => {
		const kept = keepTyped(blank, TYPED_GAP_MAX_CHARACTERS, bitsLeft);
		bitsLeft -= [...kept].reduce((sum, character) => sum + typedBits(character.codePointAt(0)!), 0);
		return kept;
	});
}

/** More options, items or gaps than any question has: a code holding more is not a real one. */
export const MAX_ANSWER_PARTS = 30;
/** The highest option, item, meaning or sentence index a code may hold. */
export const MAX_ANSWER_INDEX = 511;

const answerIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ANSWER_INDEX));
const parts = <T extends v.GenericSchema>(item: T) =>
	v.pipe(v.array(item), v.maxLength(MAX_ANSWER_PARTS));
const keptText = (check: (text: string) => boolean) =>
	v.pipe(v.string(), v.check(check, 'must be typed text as a results code keeps it'));

export const keptResponseSchema = v.variant('type', [
	v.strictObject({ type: v.literal('single-choice'), choice: answerIndex }),
	v.strictObject({ type: v.literal('multiple-select'), choices: parts(answerIndex) }),
	v.strictObject({
		type: v.literal('true-false-not-stated'),
		verdict: v.picklist(['true', 'false', 'not-stated'])
	}),
	v.strictObject({
		type: v.literal('short-answer'),
		text: keptText((text) => keepTyped(text) === text)
	}),
	v.strictObject({
		type: v.literal('fill-blanks'),
		blanks: v.pipe(
			parts(v.string()),
			v.check(
				(blanks) => keepGaps(blanks).every((kept, index) => kept === blanks[index]),
				'must be gaps as a results code keeps them'
			)
		)
	}),
	v.strictObject({ type: v.literal('ordering'), order: parts(answerIndex) }),
	v.strictObject({ type: v.literal('matching'), meanings: parts(v.nullable(answerIndex)) }),
	// The sentence's index in its reading, or its words when the reading did not have it.
	v.strictObject({
		type: v.literal('evidence'),
		sentence: v.union([answerIndex, keptText((text) => keepTyped(text) === text)])
	})
]);

export type KeptResponse = v.InferOutput<typeof keptResponseSchema>;

export const givenAnswerSchema = v.strictObject({
	/** The first try: the one that counts. */
	first: keptResponseSchema,
	/** How the last try went, when there were more; null when the first was the only one. */
	later: v.nullable(v.picklist(LATER_TRIES))
});

export type GivenAnswer = v.InferOutput<typeof givenAnswerSchema>;

/** Whether an outcome comes with an answer: the questions the student answered. */
export const isAnswered = (outcome: Outcome) => outcome !== 'unanswered' && outcome !== 'missing';

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
		finishedAt: resultTimeSchema,
		/**
		 * What was answered, one per question in the lesson's order: null where the outcome is
		 * unanswered or missing. Absent from version-1 codes, which carried outcomes only.
		 */
		answers: v.optional(v.array(v.nullable(givenAnswerSchema)))
	}),
	v.check(
		(result) => Date.parse(result.finishedAt) >= Date.parse(result.startedAt),
		'must finish after it starts'
	),
	v.check(
		(result) =>
			result.answers === undefined ||
			(result.answers.length === result.outcomes.length &&
				result.answers.every(
					(answer, index) => (answer !== null) === isAnswered(result.outcomes[index]!)
				)),
		'must have an answer for each question answered, and none for the others'
	)
);

export type LessonResult = v.InferOutput<typeof lessonResultSchema>;

/**
 * An answer as a results code keeps it. The evidence sentence becomes its index in `sentences`
 * (the reading's), or its clipped words when the reading is not known or does not have it.
 */
export function keepResponse(response: Response, sentences: readonly string[] = []): KeptResponse {
	switch (response.type) {
		case 'single-choice':
			return { type: response.type, choice: Math.min(response.choice, MAX_ANSWER_INDEX) };
		case 'multiple-select':
			return { type: response.type, choices: keepIndexes(response.choices) };
		case 'true-false-not-stated':
			return { type: response.type, verdict: response.verdict };
		case 'short-answer':
			return { type: response.type, text: keepTyped(response.text) };
		case 'fill-blanks':
			return { type: response.type, blanks: keepGaps(response.blanks) };
		case 'ordering':
			return { type: response.type, order: keepIndexes(response.order) };
		case 'matching':
			return {
				type: response.type,
				meanings: response.meanings
					.slice(0, MAX_ANSWER_PARTS)
					.map((meaning) => (meaning === null ? null : Math.min(meaning, MAX_ANSWER_INDEX)))
			};
		case 'evidence': {
			const index = sentences.indexOf(response.sentence);
			return {
				type: response.type,
				sentence: index >= 0 && index <= MAX_ANSWER_INDEX ? index : keepTyped(response.sentence)
			};
		}
	}
}

function keepIndexes(indexes: readonly number[]): number[] {
	return indexes.slice(0, MAX_ANSWER_PARTS).map((index) => Math.min(index, MAX_ANSWER_INDEX));
}

/** How a later try went, from its score. */
export function laterTryOf(tries: readonly { score: number; correct: boolean }[]): LaterTry | null {
	if (tries.length < 2) {
		return null;
	}
	const last = tries[tries.length - 1]!;
	return last.correct ? 'right' : last.score > 0 ? 'partial' : 'wrong';
}
