/** Any well-formed answer of any question type, for property tests of what stores answers. */
import fc from 'fast-check';
import type { Response } from '$lib/quiz/response';

const index = fc.nat({ max: 20 });
export const responseArb: fc.Arbitrary<Response> = fc.oneof(
	fc.record({ type: fc.constant('single-choice' as const), choice: index }),
	fc.record({ type: fc.constant('multiple-select' as const), choices: fc.array(index) }),
	fc.record({
		type: fc.constant('true-false-not-stated' as const),
		verdict: fc.constantFrom('true' as const, 'false' as const, 'not-stated' as const)
	}),
	fc.record({ type: fc.constant('short-answer' as const), text: fc.string({ maxLength: 40 }) }),
	fc.record({
		type: fc.constant('fill-blanks' as const),
		blanks: fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 })
	}),
	fc.record({ type: fc.constant('ordering' as const), order: fc.array(index, { maxLength: 6 }) }),
	fc.record({
		type: fc.constant('matching' as const),
		meanings: fc.array(fc.option(index, { nil: null }), { maxLength: 5 })
	}),
	fc.record({ type: fc.constant('evidence' as const), sentence: fc.string({ maxLength: 60 }) })
);
