/** Results with answers, as a student's page makes them, for property tests of results codes. */
import fc from 'fast-check';
import { responseArb } from './response-arbitrary';
import { resultArb } from './lessons';
import type { Response } from '../lib/quiz/response';
import {
	isAnswered,
	keepResponse,
	LATER_TRIES,
	type GivenAnswer,
	type LessonResult
} from '../lib/lesson/lesson-result';

/** Typed text of every kind: plain words, capitals and digits, other scripts, stray code units. */
const typedArb = fc.oneof(
	fc.stringMatching(/^[a-z '.,]{0,60}$/),
	fc.string({ maxLength: 60 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 })
);

const wideResponseArb: fc.Arbitrary<Response> = fc.oneof(
	responseArb,
	fc.record({ type: fc.constant('short-answer' as const), text: typedArb }),
	fc.record({
		type: fc.constant('fill-blanks' as const),
		blanks: fc.array(typedArb, { maxLength: 6 })
	}),
	fc.record({ type: fc.constant('evidence' as const), sentence: typedArb }),
	fc.record({
		type: fc.constant('ordering' as const),
		order: fc.array(fc.nat({ max: 700 }), { maxLength: 40 })
	})
);

const SENTENCES = ['The talks resumed.', 'Both sides met in Paris.', 'Nothing was signed.'];

/** One answer as kept in a code: the evidence sometimes found in its reading, sometimes not. */
export const givenAnswerArb: fc.Arbitrary<GivenAnswer> = fc
	.record({
		response: fc.oneof(
			wideResponseArb,
			fc.constantFrom(...SENTENCES).map((sentence): Response => ({ type: 'evidence', sentence }))
		),
		later: fc.option(fc.constantFrom(...LATER_TRIES), { nil: null })
	})
	.map(({ response, later }) => ({ first: keepResponse(response, SENTENCES), later }));

/** A result with an answer for every question answered, as version 2 carries them. */
export const resultWithAnswersArb: fc.Arbitrary<LessonResult> = resultArb.chain((result) =>
	fc
		.tuple(
			...result.outcomes.map((outcome) =>
				isAnswered(outcome) ? givenAnswerArb : fc.constant(null)
			)
		)
		.map((answers) => ({ ...result, answers }))
);
