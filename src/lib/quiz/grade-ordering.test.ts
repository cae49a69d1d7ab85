import { describe, expect, it } from 'vitest';
import { damaged, ordering, ORDERING_SOLUTION } from '../../test-data/questions';
import { gradeOrdering } from './grade-ordering';

describe('gradeOrdering', () => {
	it('gives a full point for the order the text gives', () => {
		expect(gradeOrdering(ordering(), { type: 'ordering', order: ORDERING_SOLUTION })).toEqual({
			score: 1,
			correct: true,
			parts: ['right', 'right', 'right', 'right'],
			forgivenTypos: false
		});
	});

	it('credits each position holding the right item', () => {
		// The first two in place, the last two swapped.
		expect(gradeOrdering(ordering(), { type: 'ordering', order: [1, 3, 2, 0] })).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', 'right', 'wrong', 'wrong'],
			forgivenTypos: false
		});
	});

	it('gives nothing for the items left as first shown, which is never in order', () => {
		expect(gradeOrdering(ordering(), { type: 'ordering', order: [0, 1, 2, 3] })).toEqual({
			score: 0,
			correct: false,
			parts: ['wrong', 'wrong', 'wrong', 'wrong'],
			forgivenTypos: false
		});
	});

	it('compares items by text, so a different shuffle of the same items grades alike', () => {
		const inTextOrder = ordering({ items: ordering().answer });
		expect(gradeOrdering(inTextOrder, { type: 'ordering', order: [0, 1, 2, 3] }).correct).toBe(
			true
		);
	});

	it('gives nothing for an order that repeats or loses an item', () => {
		for (const order of [
			[1, 3, 0, 0],
			[1, 3, 0],
			[1, 3, 0, 2, 2],
			[1, 3, 0, -2],
			[1, 3, 0, 4],
			[1, 3, 0, 2.5]
		]) {
			expect(gradeOrdering(ordering(), { type: 'ordering', order })).toEqual({
				score: 0,
				correct: false,
				parts: ['wrong', 'wrong', 'wrong', 'wrong'],
				forgivenTypos: false
			});
		}
	});

	it('gives nothing for an order that is not a list of indices', () => {
		for (const order of [undefined, '1302', ['1', '3', '0', '2']]) {
			expect(gradeOrdering(ordering(), damaged({ type: 'ordering', order })).score).toBe(0);
		}
	});
});
