import { describe, expect, it } from 'vitest';
import { buildAttempt } from '../../test-data/progress';
import { buildLesson } from '../../test-data/lessons';
import { lessonIdentity } from './lesson';
import { lessonResult, scoreLesson } from './lesson-score';
import { encodeResultsCode, decodeResultsCode } from './results-code';

const lesson = buildLesson({ questionIds: ['q-a', 'q-b', 'q-c', 'q-gone'], passMark: 50 });
const lessonId = lessonIdentity(lesson);
const questions = [
	{ id: 'q-a', skill: 'key-detail' as const },
	{ id: 'q-b', skill: 'inference' as const },
	{ id: 'q-c', skill: 'key-detail' as const }
];
const at = (minute: number) => new Date(Date.UTC(2026, 3, 1, 9, minute)).toISOString();

describe('scoring a lesson', () => {
	it('counts first tries only, partial credit included, and marks removed questions missing', () => {
		const attempts = [
			buildAttempt({ id: '1', questionId: 'q-a', lessonId, score: 0, correct: false, at: at(1) }),
			buildAttempt({ id: '2', questionId: 'q-a', lessonId, score: 1, correct: true, at: at(2) }),
			buildAttempt({ id: '3', questionId: 'q-b', lessonId, score: 0.5, correct: false, at: at(3) })
		];
		const scored = scoreLesson(lesson, lessonId, questions, attempts);
		expect(scored.outcomes).toEqual(['wrong', 'partial', 'unanswered', 'missing']);
		expect(scored.score).toBe(17);
		expect(scored.passed).toBe(false);
		expect(scored.answered).toBe(2);
		expect(scored.total).toBe(3);
	});

	it('ignores answers given outside the lesson', () => {
		const attempts = [buildAttempt({ questionId: 'q-a', lessonId: null, score: 1, correct: true })];
		expect(scoreLesson(lesson, lessonId, questions, attempts).outcomes[0]).toBe('unanswered');
	});

	it('passes at the pass mark and tallies each skill', () => {
		const attempts = ['q-a', 'q-b'].map((questionId, i) =>
			buildAttempt({ id: `a${i}`, questionId, lessonId, score: 1, correct: true, at: at(i) })
		);
		const scored = scoreLesson(lesson, lessonId, questions, attempts);
		expect(scored.score).toBe(67);
		expect(scored.passed).toBe(true);
		expect(scored.bySkill).toEqual([
			{ skill: 'key-detail', right: 1, total: 2 },
			{ skill: 'inference', right: 1, total: 1 }
		]);
	});

	it('becomes a results code that reads back the same', () => {
		const scored = scoreLesson(lesson, lessonId, questions, []);
		const result = lessonResult(lessonId, 'Ana', scored, at(0), at(20));
		expect(decodeResultsCode(encodeResultsCode(result))).toEqual({ ok: true, result });
	});
});
