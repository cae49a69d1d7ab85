import { describe, expect, it } from 'vitest';
import { damaged, matching } from '../../test-data/questions';
import { gradeMatching } from './grade-matching';

// Terms: sanctions, de-escalation, sovereignty; their meanings sit at 1, 2 and 0.
describe('gradeMatching', () => {
	it('gives a full point when every term has its meaning', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1, 2, 0] })).toEqual({
			score: 1,
			correct: true,
			parts: ['right', 'right', 'right'],
			forgivenTypos: false
		});
	});

	it('credits each term matched rightly', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1, 0, 2] })).toEqual({
			score: 1 / 3,
			correct: false,
			parts: ['right', 'wrong', 'wrong'],
			forgivenTypos: false
		});
	});

	it('marks a term left unmatched as wrong', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1, null, 0] })).toEqual({
			score: 2 / 3,
			correct: false,
			parts: ['right', 'wrong', 'right'],
			forgivenTypos: false
		});
	});

	it('gives nothing when no term is matched', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [null, null, null] })).toEqual({
			score: 0,
			correct: false,
			parts: ['wrong', 'wrong', 'wrong'],
			forgivenTypos: false
		});
	});

	it('marks a term given a spare meaning, one no term takes, as wrong', () => {
		const question = matching({ meanings: [...matching().meanings, 'a pause in the fighting'] });
		expect(gradeMatching(question, { type: 'matching', meanings: [1, 3, 0] })).toMatchObject({
			score: 2 / 3,
			parts: ['right', 'wrong', 'right']
		});
	});

	it('marks a meaning that does not exist as wrong', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1, 5, -1] }).parts).toEqual([
			'right',
			'wrong',
			'wrong'
		]);
	});

	it('marks terms beyond a short list wrong, and ignores extra choices', () => {
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1] }).parts).toEqual([
			'right',
			'wrong',
			'wrong'
		]);
		expect(gradeMatching(matching(), { type: 'matching', meanings: [1, 2, 0, 1] }).correct).toBe(
			true
		);
	});

	it('gives nothing when the choices are not a list', () => {
		for (const meanings of [undefined, 120, { 0: 1, 1: 2, 2: 0 }]) {
			expect(gradeMatching(matching(), damaged({ type: 'matching', meanings })).score).toBe(0);
		}
	});
});
