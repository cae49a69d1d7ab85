import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by';

describe('groupBy', () => {
	it('keeps each group in the order the items came', () => {
		const tries = [
			{ questionId: 'q1', score: 0 },
			{ questionId: 'q2', score: 1 },
			{ questionId: 'q1', score: 1 }
		];
		expect(groupBy(tries, (item) => item.questionId)).toEqual(
			new Map([
				['q1', [tries[0], tries[2]]],
				['q2', [tries[1]]]
			])
		);
	});

	it('gives an empty map for no items', () => {
		expect(groupBy([], () => 'any').size).toBe(0);
	});
});
