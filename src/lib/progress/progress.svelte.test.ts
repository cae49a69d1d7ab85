import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildQuestion } from '../../test-data/progress';
import { progress, PROGRESS_KEY } from './progress.svelte';
import { parseProgress } from './record';

const stored = () => {
	const parsed = parseProgress(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null'));
	if (!parsed.ok) {
		throw new Error(parsed.reason);
	}
	return parsed.value;
};

afterEach(() => {
	vi.restoreAllMocks();
	vi.useRealTimers();
});

describe('progress', () => {
	it('keeps an answer in the browser at once, stamped with the time it was given', () => {
		vi.useFakeTimers({ now: new Date('2025-03-10T09:00:00.000Z'), toFake: ['Date'] });
		const attempt = progress.answer(buildQuestion({ id: 'q-1' }), {
			type: 'single-choice',
			choice: 0
		});
		expect(attempt).toMatchObject({ questionId: 'q-1', correct: true });
		expect(stored().attempts).toContainEqual({ ...attempt, at: '2025-03-10T09:00:00.000Z' });
		expect(progress.storage).toEqual({ kind: 'kept' });
	});

	it('saves the last answer of a reading and the reading’s finish in one write', () => {
		const writes = vi.spyOn(Storage.prototype, 'setItem');
		const attempt = progress.answer(
			buildQuestion({ id: 'q-2', readingId: 'r-2' }),
			{ type: 'single-choice', choice: 1 },
			null,
			{ finishesReading: true }
		);
		expect(writes).toHaveBeenCalledTimes(1);
		expect(stored().readings['r-2']?.finishedAt).toBe(attempt.at);
		expect(progress.record.readings['r-2']?.finishedAt).toBe(attempt.at);
	});

	it('leaves the reading open when the answer does not finish it', () => {
		progress.answer(buildQuestion({ id: 'q-3', readingId: 'r-3' }), {
			type: 'single-choice',
			choice: 0
		});
		expect(stored().readings['r-3']).toBeUndefined();
	});
});
