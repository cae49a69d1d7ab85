import { describe, expect, it } from 'vitest';
import { damaged, trueFalseNotStated } from '../../test-data/questions';
import { gradeTrueFalseNotStated } from './grade-true-false-not-stated';

describe('gradeTrueFalseNotStated', () => {
	it('gives a full point for the verdict the reading supports', () => {
		expect(
			gradeTrueFalseNotStated(trueFalseNotStated(), {
				type: 'true-false-not-stated',
				verdict: 'true'
			})
		).toEqual({ score: 1, correct: true, parts: [], forgivenTypos: false });
	});

	it('gives nothing for the other verdicts', () => {
		const question = trueFalseNotStated();
		for (const verdict of ['false', 'not-stated'] as const) {
			expect(gradeTrueFalseNotStated(question, { type: 'true-false-not-stated', verdict })).toEqual(
				{ score: 0, correct: false, parts: [], forgivenTypos: false }
			);
		}
	});

	it('treats "not stated" as a verdict that can be right', () => {
		const question = trueFalseNotStated({
			prompt: 'The talks took place in Paris.',
			answer: 'not-stated'
		});
		expect(
			gradeTrueFalseNotStated(question, { type: 'true-false-not-stated', verdict: 'not-stated' })
				.correct
		).toBe(true);
	});

	it('gives nothing for a verdict that is not one of the three', () => {
		const question = trueFalseNotStated();
		for (const verdict of [true, 'TRUE', null, undefined]) {
			expect(
				gradeTrueFalseNotStated(question, damaged({ type: 'true-false-not-stated', verdict })).score
			).toBe(0);
		}
	});
});
