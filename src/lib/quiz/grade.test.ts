import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	damaged,
	everyType,
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	ordering,
	ORDERING_SOLUTION,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../test-data/questions';
import { emptyResponse, gradeAnswer, isComplete } from './grade';
import { responseSchema } from './response';

describe('gradeAnswer', () => {
	it('grades each type by its own rules', () => {
		expect(gradeAnswer(singleChoice(), { type: 'single-choice', choice: 1 }).correct).toBe(true);
		expect(
			gradeAnswer(trueFalseNotStated(), { type: 'true-false-not-stated', verdict: 'false' }).correct
		).toBe(false);
		expect(gradeAnswer(multipleSelect(), { type: 'multiple-select', choices: [0] }).score).toBe(
			0.5
		);
		expect(
			gradeAnswer(shortAnswer(), { type: 'short-answer', text: '3 yeras' }).forgivenTypos
		).toBe(true);
		expect(
			gradeAnswer(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron', 'dinner'] }).parts
		).toEqual(['right', 'wrong']);
		expect(gradeAnswer(ordering(), { type: 'ordering', order: ORDERING_SOLUTION }).score).toBe(1);
		expect(gradeAnswer(matching(), { type: 'matching', meanings: [1, 2, null] }).parts).toEqual([
			'right',
			'right',
			'wrong'
		]);
		expect(
			gradeAnswer(evidence(), { type: 'evidence', sentence: 'Yeah, you heard that right!' })
		).toEqual({ score: 0, correct: false, parts: [], forgivenTypos: false });
	});

	it('grades an answer to another type of question as no answer, with a part for each part', () => {
		expect(gradeAnswer(multipleSelect(), { type: 'single-choice', choice: 0 })).toEqual({
			score: 0,
			correct: false,
			parts: ['missed', null, 'missed', null],
			forgivenTypos: false
		});
		expect(gradeAnswer(ordering(), { type: 'matching', meanings: ORDERING_SOLUTION })).toEqual({
			score: 0,
			correct: false,
			parts: ['wrong', 'wrong', 'wrong', 'wrong'],
			forgivenTypos: false
		});
		expect(gradeAnswer(fillBlanks(), { type: 'short-answer', text: 'Macron' }).parts).toEqual([
			'wrong',
			'wrong'
		]);
		expect(gradeAnswer(matching(), { type: 'ordering', order: [1, 2, 0] }).parts).toEqual([
			'wrong',
			'wrong',
			'wrong'
		]);
		expect(gradeAnswer(singleChoice(), { type: 'evidence', sentence: '1' })).toEqual({
			score: 0,
			correct: false,
			parts: [],
			forgivenTypos: false
		});
	});

	it('grades something that is not a response at all as no answer', () => {
		for (const junk of [null, undefined, 1, 'single-choice', [], {}, { choice: 1 }]) {
			expect(gradeAnswer(singleChoice(), damaged(junk)).score).toBe(0);
		}
	});
});

describe('emptyResponse', () => {
	it('starts the types that can be left blank with a blank that the schema accepts', () => {
		const blanks = [multipleSelect(), shortAnswer(), fillBlanks(), ordering(), matching()].map(
			(question) => emptyResponse(question)
		);
		expect(blanks).toEqual([
			{ type: 'multiple-select', choices: [] },
			{ type: 'short-answer', text: '' },
			{ type: 'fill-blanks', blanks: ['', ''] },
			{ type: 'ordering', order: [0, 1, 2, 3] },
			{ type: 'matching', meanings: [null, null, null] }
		]);
		expect(blanks.every((blank) => v.is(responseSchema, blank))).toBe(true);
	});

	it('has no blank for the types where any response is a choice made', () => {
		expect(emptyResponse(singleChoice())).toBeNull();
		expect(emptyResponse(trueFalseNotStated())).toBeNull();
		expect(emptyResponse(evidence())).toBeNull();
	});

	it('grades every blank as not correct', () => {
		for (const question of everyType()) {
			const blank = emptyResponse(question);
			if (blank !== null) {
				expect(gradeAnswer(question, blank).correct).toBe(false);
			}
		}
	});
});

describe('isComplete', () => {
	it('is false for every blank except an ordering, which is always an answer', () => {
		const complete = everyType().map((question) => [
			question.type,
			isComplete(question, emptyResponse(question))
		]);
		expect(complete).toEqual([
			['single-choice', false],
			['true-false-not-stated', false],
			['multiple-select', false],
			['short-answer', false],
			['fill-blanks', false],
			['fill-blanks', false],
			['ordering', true],
			['matching', false],
			['evidence', false]
		]);
	});

	it('needs a choice made, right or wrong', () => {
		expect(isComplete(singleChoice(), { type: 'single-choice', choice: 0 })).toBe(true);
		expect(isComplete(singleChoice(), { type: 'single-choice', choice: 3 })).toBe(false);
		expect(
			isComplete(trueFalseNotStated(), { type: 'true-false-not-stated', verdict: 'not-stated' })
		).toBe(true);
		expect(
			isComplete(trueFalseNotStated(), damaged({ type: 'true-false-not-stated', verdict: 'yes' }))
		).toBe(false);
	});

	it('needs at least one real pick in a multiple select', () => {
		expect(isComplete(multipleSelect(), { type: 'multiple-select', choices: [1] })).toBe(true);
		expect(isComplete(multipleSelect(), { type: 'multiple-select', choices: [7] })).toBe(false);
	});

	it('needs text that is not blank', () => {
		expect(isComplete(shortAnswer(), { type: 'short-answer', text: 'three' })).toBe(true);
		expect(isComplete(shortAnswer(), { type: 'short-answer', text: ' \n' })).toBe(false);
		expect(
			isComplete(evidence(), { type: 'evidence', sentence: 'Yeah, you heard that right!' })
		).toBe(true);
		expect(isComplete(evidence(), { type: 'evidence', sentence: '' })).toBe(false);
	});

	it('needs every gap filled', () => {
		expect(isComplete(fillBlanks(), { type: 'fill-blanks', blanks: ['Scholz', 'dinner'] })).toBe(
			true
		);
		expect(isComplete(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron', ' '] })).toBe(false);
		expect(isComplete(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron'] })).toBe(false);
	});

	it('needs every term matched to a meaning that exists', () => {
		expect(isComplete(matching(), { type: 'matching', meanings: [0, 0, 0] })).toBe(true);
		expect(isComplete(matching(), { type: 'matching', meanings: [0, null, 0] })).toBe(false);
		expect(isComplete(matching(), { type: 'matching', meanings: [0, 1, 3] })).toBe(false);
	});

	it('is false for no response, or one to another type of question', () => {
		expect(isComplete(singleChoice(), null)).toBe(false);
		expect(isComplete(ordering(), { type: 'matching', meanings: [0, 1, 2, 3] })).toBe(false);
		expect(isComplete(shortAnswer(), damaged('three years'))).toBe(false);
	});
});
