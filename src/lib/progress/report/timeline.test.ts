import { describe, expect, it } from 'vitest';
import { buildAttempt } from '../../../test-data/progress';
import { timeline } from './timeline';

describe('timeline', () => {
	it('hands back attempts already in time order as they are, with their times', () => {
		const attempts = [
			buildAttempt({ id: 'a', at: '2025-03-10T09:00:00.000Z' }),
			buildAttempt({ id: 'b', at: '2025-03-10T09:01:00.000Z' })
		];
		const ordered = timeline(attempts);
		expect(ordered.attempts).toBe(attempts);
		expect(ordered.times).toEqual([Date.parse(attempts[0]!.at), Date.parse(attempts[1]!.at)]);
	});

	it('puts attempts in time order, the same instant by its text and then by id', () => {
		const attempts = [
			buildAttempt({ id: 'late', at: '2025-03-10T11:00:00.000Z' }),
			buildAttempt({ id: 'z', at: '2025-03-10T10:00:00.000+01:00' }),
			buildAttempt({ id: 'y', at: '2025-03-10T09:00:00.000Z' }),
			buildAttempt({ id: 'x', at: '2025-03-10T09:00:00.000Z' })
		];
		// 10:00 at +01:00 is 09:00 UTC: the same instant as x and y, and after them as text.
		expect(timeline(attempts).attempts.map((attempt) => attempt.id)).toEqual([
			'x',
			'y',
			'z',
			'late'
		]);
	});

	it('leaves out an attempt whose time cannot be read', () => {
		const attempts = [buildAttempt({ id: 'ok' }), buildAttempt({ id: 'bad', at: 'yesterday' })];
		expect(timeline(attempts).attempts.map((attempt) => attempt.id)).toEqual(['ok']);
	});
});
