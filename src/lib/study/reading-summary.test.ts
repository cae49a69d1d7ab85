import { describe, expect, it } from 'vitest';
import { buildAttempt, buildQuestion } from '../../test-data/progress';
import { summariseReading } from './reading-summary';

const questions = [
	buildQuestion({ id: 'q-1', skill: 'key-detail' }),
	buildQuestion({ id: 'q-2', skill: 'inference' }),
	buildQuestion({ id: 'q-3', skill: 'key-detail' })
];

describe('summariseReading', () => {
	it('has nothing to say while a question is still unanswered', () => {
		expect(summariseReading(questions, [buildAttempt({ questionId: 'q-1' })])).toBeNull();
		expect(summariseReading([], [])).toBeNull();
	});

	it('scores the first try at each question, the skills practised and the questions missed', () => {
		const attempts = [
			buildAttempt({
				id: 'a-1',
				questionId: 'q-1',
				score: 1,
				correct: true,
				at: '2026-01-01T09:00:00.000Z'
			}),
			buildAttempt({
				id: 'a-2',
				questionId: 'q-2',
				score: 0,
				correct: false,
				at: '2026-01-01T09:01:00.000Z'
			}),
			// A second, right try does not change the score.
			buildAttempt({
				id: 'a-3',
				questionId: 'q-2',
				score: 1,
				correct: true,
				at: '2026-01-01T09:02:00.000Z'
			}),
			buildAttempt({
				id: 'a-4',
				questionId: 'q-3',
				score: 0.5,
				correct: false,
				at: '2026-01-01T09:03:00.000Z'
			})
		];
		expect(summariseReading(questions, attempts)).toEqual({
			percent: 50,
			correctFirstTry: 1,
			total: 3,
			skills: ['Key details', 'Inference'],
			missed: [2, 3]
		});
	});
});
