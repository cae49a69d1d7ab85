/**
 * The one schema for content files under `questions/`: what a teacher writes in YAML. The lesson
 * builder checks a teacher's own questions with the same question schema.
 * Types are inferred from it; `scripts/json-schema.ts` turns it into a JSON Schema for editors.
 * Rules that need the reading text (evidence is verbatim, ordering follows the text, ...)
 * live in `rules.ts`, which runs on what this schema accepts.
 */
import * as v from 'valibot';

import { QUESTION_TYPES, SKILLS } from '../kinds';

/** The start of every teacher question's id, and of no bank question's: the two never meet. */
export const TEACHER_ID_PREFIX = 't-';

export const slug = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'must be a slug: lowercase letters, digits and single hyphens'
	)
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

const choice = v.strictObject({
	text,
	correct: v.optional(v.boolean())
});

/** A list of `min` to `max` of something, its messages counting it in the writer's words. */
function listOf<T extends v.GenericSchema>(item: T, min: number, max: number, noun: string) {
	return v.pipe(
		v.array(item),
		v.minLength(min, `needs at least ${min} ${min === 1 ? noun : `${noun}s`}`),
		v.maxLength(max, `has more than ${max} ${noun}s`)
	);
}

const common = {
	id: slug,
	skill: v.picklist(SKILLS, `must be one of: ${SKILLS.join(', ')}`),
	difficulty: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
	prompt: text,
	explanation: v.pipe(
		text,
		v.minLength(40, 'is too short to teach anything: say why the answer is right (40+ characters)')
	),
	// The exact words of the reading that support the answer; a list when they are apart.
	evidence: v.union(
		[text, v.pipe(v.array(text), v.nonEmpty('needs at least one quote'))],
		'must be a quote or a list of quotes'
	)
};

export const singleChoiceSchema = v.strictObject({
	...common,
	type: v.literal('single-choice'),
	choices: listOf(choice, 2, 6, 'choice')
});

export const multipleSelectSchema = v.strictObject({
	...common,
	type: v.literal('multiple-select'),
	choices: listOf(choice, 3, 8, 'choice')
});

export const trueFalseNotStatedSchema = v.strictObject({
	...common,
	type: v.literal('true-false-not-stated'),
	answer: v.union(
		[v.literal(true), v.literal(false), v.literal('not-stated')],
		'must be true, false or not-stated'
	)
});

// Near misses to refuse with a specific hint: `{ answer: escalation, hint: "Escalation is the
// opposite: ..." }`. The hint is the feedback a student who types that answer gets.
const rejected = v.optional(
	v.array(
		v.strictObject({
			answer: text,
			hint: v.pipe(text, v.minLength(15, 'is too short to help: say why this answer is wrong'))
		})
	)
);

export const shortAnswerSchema = v.strictObject({
	...common,
	type: v.literal('short-answer'),
	// The first is the model answer shown after checking; the rest are other accepted forms.
	accepted: v.pipe(v.array(text), v.minLength(2, 'needs at least two accepted forms')),
	rejected
});

export const fillBlanksSchema = v.strictObject({
	...common,
	type: v.literal('fill-blanks'),
	// A sentence of the reading with each gap in [brackets]; [a|b] accepts either.
	text: v.pipe(text, v.regex(/\[[^\]]+\]/, 'needs at least one [gap]')),
	// Extra wrong words; when present the gaps are filled from a word bank, not typed.
	bank: v.optional(v.array(text)),
	// Near misses refused with a hint in whichever gap they are given.
	rejected
});

export const orderingSchema = v.strictObject({
	...common,
	type: v.literal('ordering'),
	// Quoted from the reading, listed in the order the text gives them.
	items: listOf(text, 3, 7, 'item'),
	// Items in the student's own words, so the order cannot be found by matching text: `evidence`
	// then lists, item by item, the quote each one restates, and those quotes must follow the text.
	paraphrased: v.optional(v.boolean())
});

export const matchingSchema = v.strictObject({
	...common,
	type: v.literal('matching'),
	pairs: listOf(v.strictObject({ term: text, meaning: text }), 3, 6, 'pair'),
	// Meanings that belong to no term, shown among the others, so the last pair is not a gift.
	spare: v.optional(listOf(text, 1, 3, 'spare meaning'))
});

export const evidenceQuestionSchema = v.strictObject({
	...common,
	type: v.literal('evidence'),
	// For this type the evidence is the answer: the one sentence the student should select.
	evidence: text
});

export const questionSchema = v.variant(
	'type',
	[
		singleChoiceSchema,
		trueFalseNotStatedSchema,
		multipleSelectSchema,
		shortAnswerSchema,
		fillBlanksSchema,
		orderingSchema,
		matchingSchema,
		evidenceQuestionSchema
	],
	`type must be one of: ${QUESTION_TYPES.join(', ')}`
);

export const readingFileSchema = v.strictObject({
	id: slug,
	title: text,
	section: v.pipe(v.number(), v.integer(), v.minValue(1)),
	text,
	questions: v.optional(v.array(questionSchema), [])
});

export const glossaryFileSchema = v.strictObject({
	terms: v.array(
		v.strictObject({
			term: text,
			// Other forms that appear in the article ("sanction" for "sanctions"); each is marked.
			forms: v.optional(v.array(text)),
			partOfSpeech: v.picklist(
				['noun', 'verb', 'adjective', 'adverb', 'phrase', 'idiom'],
				'must be noun, verb, adjective, adverb, phrase or idiom'
			),
			definition: v.pipe(text, v.minLength(15, 'is too short to explain the word'))
		})
	)
});

// Published question ids that are no longer in the bank: a lesson link naming one says what
// happened to it instead of calling it missing.
export const retiredFileSchema = v.strictObject({
	retired: v.array(
		v.strictObject({
			id: slug,
			// revised: its key changed, so it came back under a new id; removed: it is gone.
			reason: v.picklist(['revised', 'removed'], 'must be revised or removed'),
			replacedBy: v.optional(slug)
		})
	)
});

export const articleCheckFileSchema = v.strictObject({
	title: text,
	introduction: text,
	questions: v.pipe(v.array(questionSchema), v.nonEmpty())
});

export type QuestionSource = v.InferOutput<typeof questionSchema>;
export type ReadingFile = v.InferOutput<typeof readingFileSchema>;
export type GlossaryFile = v.InferOutput<typeof glossaryFileSchema>;
export type RetiredFile = v.InferOutput<typeof retiredFileSchema>;
export type ArticleCheckFile = v.InferOutput<typeof articleCheckFileSchema>;
