import { describe, expect, it } from 'vitest';
import { multipleSelect, singleChoice } from '../../test-data/questions';
import { gradedAttempt } from './graded-attempt';

const stamp = { id: 'a-1', lessonId: 'LESSON01', at: '2026-01-01T09:00:00.000Z' };

describe('gradedAttempt', () => {
	it('keeps a right answer as right, with its question, reading, lesson and time', () => {
		const question = singleChoice();
		const attempt = gradedAttempt(
			question,
			{ type: 'single-choice', choice: question.answer },
			stamp
		);
		expect(attempt).toEqual({
			id: 'a-1',
			questionId: question.id,
			readingId: question.readingId,
			lessonId: 'LESSON01',
			response: { type: 'single-choice', choice: question.answer },
			score: 1,
			correct: true,
			at: '2026-01-01T09:00:00.000Z'
		});
	});

	it('keeps partial credit on a multiple select as a score below one, not correct', () => {
		const question = multipleSelect();
		const wrong = question.choices.findIndex((_, index) => !question.answer.includes(index));
		const attempt = gradedAttempt(
			question,
			{ type: 'multiple-select', choices: [question.answer[0] ?? 0, wrong] },
			{ ...stamp, lessonId: null }
		);
		expect(attempt.correct).toBe(false);
		expect(attempt.score).toBeLessThan(1);
		expect(attempt.lessonId).toBeNull();
	});
});
