import { describe, expect, it } from 'vitest';
import { damaged, singleChoice } from '../../test-data/questions';
import { gradeSingleChoice } from './grade-single-choice';

describe('gradeSingleChoice', () => {
	it('gives a full point for the correct choice', () => {
		expect(gradeSingleChoice(singleChoice(), { type: 'single-choice', choice: 1 })).toEqual({
			score: 1,
			correct: true,
			parts: [],
			forgivenTypos: false
		});
	});

	it('gives nothing for another choice', () => {
		expect(gradeSingleChoice(singleChoice(), { type: 'single-choice', choice: 0 })).toEqual({
			score: 0,
			correct: false,
			parts: [],
			forgivenTypos: false
		});
	});

	it('gives nothing for a choice that does not exist', () => {
		for (const choice of [-1, 3, 1.5, Number.NaN]) {
			expect(gradeSingleChoice(singleChoice(), { type: 'single-choice', choice }).score).toBe(0);
		}
	});

	it('gives nothing when the choice is missing or not a number', () => {
		const question = singleChoice();
		expect(gradeSingleChoice(question, damaged({ type: 'single-choice' })).score).toBe(0);
		expect(
			gradeSingleChoice(question, damaged({ type: 'single-choice', choice: '1' })).correct
		).toBe(false);
	});
});
