import { describe, expect, it } from 'vitest';
import { gradeFromParts, isIndexInto, listOrEmpty, wholeGrade } from './grade-parts';

describe('gradeFromParts', () => {
	it('shares the point equally between the parts', () => {
		expect(gradeFromParts(['right', 'wrong', 'right', 'wrong'])).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', 'wrong', 'right', 'wrong'],
			forgivenTypos: false
		});
	});

	it('is correct only when every part is right', () => {
		expect(gradeFromParts(['right', 'right'], true)).toEqual({
			score: 1,
			correct: true,
			parts: ['right', 'right'],
			forgivenTypos: true
		});
	});

	it('gives nothing, rather than dividing by zero, when there are no parts', () => {
		expect(gradeFromParts([])).toEqual({
			score: 0,
			correct: false,
			parts: [],
			forgivenTypos: false
		});
	});
});

describe('wholeGrade', () => {
	it('gives all or nothing', () => {
		expect([wholeGrade(true).score, wholeGrade(false).score]).toEqual([1, 0]);
	});
});

describe('isIndexInto', () => {
	it('accepts only whole numbers from zero to one under the length', () => {
		expect([0, 2].map((value) => isIndexInto(value, 3))).toEqual([true, true]);
		expect([-1, 3, 1.5, Number.NaN, '1', null].map((value) => isIndexInto(value, 3))).toEqual([
			false,
			false,
			false,
			false,
			false,
			false
		]);
	});
});

describe('listOrEmpty', () => {
	it('passes lists through and turns anything else into an empty list', () => {
		expect(listOrEmpty([1, 'a'])).toEqual([1, 'a']);
		expect([null, 'abc', { length: 2 }].map(listOrEmpty)).toEqual([[], [], []]);
	});
});
