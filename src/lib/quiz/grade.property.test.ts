import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '$lib/content/kinds';
import type { Question } from '$lib/content/model';
import { damaged, everyType } from '../../test-data/questions';
import { gradeAnswer, isComplete } from './grade';
import type { Grade, Response } from './response';

/** Responses of the question's own type, with indices and text that are often out of range. */
function responsesFor(question: Question): fc.Arbitrary<Response> {
	const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }));
	switch (question.type) {
		case 'single-choice':
			return fc.record({
				type: fc.constant(question.type),
				choice: fc.integer({ min: -2, max: question.choices.length + 1 })
			});
		case 'true-false-not-stated':
			return fc.record({
				type: fc.constant(question.type),
				verdict: fc.constantFrom('true', 'false', 'not-stated')
			});
		case 'multiple-select':
			return fc.record({
				type: fc.constant(question.type),
				choices: fc.array(fc.integer({ min: -1, max: question.choices.length }))
			});
		case 'short-answer':
			return fc.record({
				type: fc.constant(question.type),
				text: fc.oneof(text, fc.constantFrom(...question.accepted))
			});
		case 'fill-blanks':
			return fc.record({
				type: fc.constant(question.type),
				blanks: fc.array(fc.oneof(text, fc.constantFrom(...question.answer.flat())), {
					maxLength: question.answer.length + 1
				})
			});
		case 'ordering': {
			const size = question.items.length;
			const indices = question.items.map((_, index) => index);
			return fc.record({
				type: fc.constant(question.type),
				order: fc.oneof(
					fc.shuffledSubarray(indices, { minLength: size, maxLength: size }),
					fc.array(fc.integer({ min: -1, max: size }), { maxLength: size + 1 })
				)
			});
		}
		case 'matching':
			return fc.record({
				type: fc.constant(question.type),
				meanings: fc.array(
					fc.option(fc.integer({ min: -1, max: question.meanings.length }), { nil: null }),
					{ maxLength: question.terms.length + 1 }
				)
			});
		case 'evidence':
			return fc.record({
				type: fc.constant(question.type),
				sentence: fc.oneof(text, fc.constant(question.answer))
			});
	}
}

/** Anything at all, and objects that carry a real type tag but junk in every field. */
const junk: fc.Arbitrary<Response> = fc
	.oneof(
		fc.anything(),
		fc.record(
			{
				type: fc.constantFrom(...QUESTION_TYPES),
				choice: fc.anything(),
				choices: fc.anything(),
				verdict: fc.anything(),
				text: fc.anything(),
				blanks: fc.anything(),
				order: fc.anything(),
				meanings: fc.anything(),
				sentence: fc.anything()
			},
			{ requiredKeys: ['type'] }
		)
	)
	.map((value) => damaged(value));

function partsFor(question: Question): number {
	switch (question.type) {
		case 'multiple-select':
			return question.choices.length;
		case 'fill-blanks':
		case 'ordering':
		case 'matching':
			return question.answer.length;
		default:
			return 0;
	}
}

function expectWellFormed(question: Question, grade: Grade) {
	expect(Number.isFinite(grade.score)).toBe(true);
	expect(grade.score).toBeGreaterThanOrEqual(0);
	expect(grade.score).toBeLessThanOrEqual(1);
	expect(grade.correct).toBe(grade.score === 1);
	expect(grade.parts).toHaveLength(partsFor(question));
}

describe('gradeAnswer on any input', () => {
	for (const question of everyType()) {
		const mode = question.type === 'fill-blanks' && question.bank ? ' (word bank)' : '';

		it(`grades any ${question.type}${mode} response with a score from 0 to 1, correct only at 1`, () => {
			fc.assert(
				fc.property(responsesFor(question), (response) => {
					expectWellFormed(question, gradeAnswer(question, response));
				})
			);
		});

		it(`grades junk given to a ${question.type}${mode} question without throwing`, () => {
			fc.assert(
				fc.property(junk, (response) => {
					expectWellFormed(question, gradeAnswer(question, response));
					expect(typeof isComplete(question, response)).toBe('boolean');
				})
			);
		});
	}
});
