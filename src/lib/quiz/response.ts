/**
 * What a student gives as an answer, per question type. Responses are stored in progress and in
 * lesson runs, so they come back from outside: `responseSchema` checks them on the way in.
 */
import * as v from 'valibot';

const index = v.pipe(v.number(), v.integer(), v.minValue(0));

export const responseSchema = v.variant('type', [
	v.object({ type: v.literal('single-choice'), choice: index }),
	v.object({ type: v.literal('multiple-select'), choices: v.array(index) }),
	v.object({
		type: v.literal('true-false-not-stated'),
		verdict: v.picklist(['true', 'false', 'not-stated'])
	}),
	v.object({ type: v.literal('short-answer'), text: v.pipe(v.string(), v.maxLength(500)) }),
	v.object({
		type: v.literal('fill-blanks'),
		blanks: v.array(v.pipe(v.string(), v.maxLength(200)))
	}),
	// The items as the student arranged them, by their index in the question's `items`.
	v.object({ type: v.literal('ordering'), order: v.array(index) }),
	// For each term, the index of the meaning chosen in the question's `meanings`, or null.
	v.object({ type: v.literal('matching'), meanings: v.array(v.nullable(index)) }),
	// The sentence selected, as text: it outlives small edits elsewhere in the reading.
	v.object({ type: v.literal('evidence'), sentence: v.pipe(v.string(), v.maxLength(2000)) })
]);

export type Response = v.InferOutput<typeof responseSchema>;
export type ResponseFor<T extends Response['type']> = Extract<Response, { type: T }>;

/** How one part of an answer fared: a choice, a gap, a position, a pair. */
export type PartMark =
	/** chosen or filled, and right */
	| 'right'
	/** chosen or filled, and wrong */
	| 'wrong'
	/** a correct part the student left out (multiple select: a correct choice not picked) */
	| 'missed';

export interface Grade {
	/** 0 to 1; partial credit where the type allows it. */
	score: number;
	/** True only for a fully right answer. */
	correct: boolean;
	/**
	 * Per part, for the types that have parts, in the question's own order: choices (multiple
	 * select: every choice, unpicked wrong ones are null), gaps, positions, terms.
	 */
	parts: (PartMark | null)[];
	/** Short answer and gaps: accepted despite a small typo, so the feedback can show the spelling. */
	forgivenTypos: boolean;
	/** Short answer and gaps: what to tell a student who gave a near miss the author refused. */
	hint?: string;
}
