import { describe, expect, it } from 'vitest';
import { damaged, shortAnswer } from '../../test-data/questions';
import { gradeShortAnswer } from './grade-short-answer';

describe('gradeShortAnswer', () => {
	it('gives a full point for any accepted form, written loosely', () => {
		for (const text of ['three years', '3 Years.', 'Three whole years']) {
			expect(gradeShortAnswer(shortAnswer(), { type: 'short-answer', text })).toEqual({
				score: 1,
				correct: true,
				parts: [],
				forgivenTypos: false
			});
		}
	});

	it('gives a full point for a small slip, and says it was forgiven', () => {
		expect(gradeShortAnswer(shortAnswer(), { type: 'short-answer', text: 'three yaers' })).toEqual({
			score: 1,
			correct: true,
			parts: [],
			forgivenTypos: true
		});
	});

	it('gives nothing for a wrong answer', () => {
		expect(gradeShortAnswer(shortAnswer(), { type: 'short-answer', text: 'two years' })).toEqual({
			score: 0,
			correct: false,
			parts: [],
			forgivenTypos: false
		});
	});

	it('gives nothing for a blank answer', () => {
		expect(gradeShortAnswer(shortAnswer(), { type: 'short-answer', text: ' ' }).score).toBe(0);
	});

	it('gives nothing when the text is missing or not text', () => {
		for (const text of [undefined, null, 3, ['three years']]) {
			expect(gradeShortAnswer(shortAnswer(), damaged({ type: 'short-answer', text })).score).toBe(
				0
			);
		}
	});

	it('gives a full point for an accepted answer inside a short sentence', () => {
		const grade = gradeShortAnswer(shortAnswer(), {
			type: 'short-answer',
			text: 'I think it was three years.'
		});
		expect(grade.correct).toBe(true);
	});

	it('gives nothing when the sentence negates the answer', () => {
		const grade = gradeShortAnswer(shortAnswer(), {
			type: 'short-answer',
			text: 'not three years'
		});
		expect(grade.correct).toBe(false);
	});

	it("gives nothing for a near miss the author refused, with the author's hint", () => {
		const question = shortAnswer({
			answer: 'de-escalation',
			accepted: ['de-escalation', 'deescalation'],
			rejected: [
				{ answer: 'escalation', hint: 'Escalation is the opposite: the fighting growing.' }
			]
		});
		expect(gradeShortAnswer(question, { type: 'short-answer', text: 'an escalation' })).toEqual({
			score: 0,
			correct: false,
			parts: [],
			forgivenTypos: false,
			hint: 'Escalation is the opposite: the fighting growing.'
		});
	});

	it('gives no hint for a wrong answer the author did not foresee', () => {
		const question = shortAnswer({
			rejected: [{ answer: 'two years', hint: 'Two years is too short: count again.' }]
		});
		const grade = gradeShortAnswer(question, { type: 'short-answer', text: 'ten years' });
		expect(grade.correct).toBe(false);
		expect(grade.hint).toBeUndefined();
	});
});
