import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../../test-data/lessons';
import { scoreLesson } from '$lib/lesson/lesson-score';
import { gradeAnswer } from '$lib/quiz/grade';
import { multipleSelect, shortAnswer, singleChoice } from '../../../test-data/questions';
import type { Response } from '$lib/quiz/response';
import type { Attempt } from '$lib/progress/record';
import type { Question } from '$lib/content/model';
import { attemptsOfState, stateOfLesson } from './lesson-state';
import { decodeLessonState, encodeLessonState } from './suspend-data';

const questions: Question[] = [singleChoice(), multipleSelect(), shortAnswer()];
const lesson = buildLesson({ questionIds: questions.map((question) => question.id), passMark: 50 });

function attempt(question: Question, response: Response, at: string): Attempt {
	const grade = gradeAnswer(question, response);
	return {
		id: `${question.id}-${at}`,
		questionId: question.id,
		readingId: question.readingId,
		lessonId: 'LESSON01',
		response,
		score: grade.score,
		correct: grade.correct,
		at
	};
}

describe('a lesson’s attempts through suspend data', () => {
	const [choice, select, typed] = questions as [Question, Question, Question];
	const attempts = [
		attempt(choice, { type: 'single-choice', choice: 0 }, '2026-03-02T09:16:00.000Z'),
		attempt(choice, { type: 'single-choice', choice: 1 }, '2026-03-02T09:17:00.000Z'),
		attempt(select, { type: 'multiple-select', choices: [0] }, '2026-03-02T09:18:00.000Z')
	];
	const run = { startedAt: '2026-03-02T09:15:00.000Z', finishedAt: null };

	it('comes back with the same score, tries and latest answers', () => {
		const state = stateOfLesson(questions, attempts, run, 1);
		const text = encodeLessonState(state, questions, 4096);
		const back = decodeLessonState(text, questions);
		expect(back).not.toBeNull();
		const restored = attemptsOfState(questions, back ?? state, 'LESSON01');
		const before = scoreLesson(lesson, 'LESSON01', questions, attempts);
		const after = scoreLesson(lesson, 'LESSON01', questions, restored);
		expect(after).toEqual(before);
		expect(
			restored.filter((each) => each.questionId === choice.id).map((each) => each.response)
		).toEqual([
			{ type: 'single-choice', choice: 0 },
			{ type: 'single-choice', choice: 1 }
		]);
		expect(restored.some((each) => each.questionId === typed.id)).toBe(false);
	});

	it('keeps the score of a first try whose response did not fit', () => {
		const state = stateOfLesson(questions, attempts, run, 0);
		const scoreOnly = {
			...state,
			questions: state.questions.map((each, index) =>
				index === 1 && each ? { ...each, first: { score: 0.5 } } : each
			)
		};
		const restored = attemptsOfState(questions, scoreOnly, 'LESSON01');
		expect(restored.find((each) => each.questionId === select.id)?.score).toBe(0.5);
		// Saved again, it stays a score: the response is not invented.
		expect(stateOfLesson(questions, restored, run, 0).questions[1]?.first).toEqual({ score: 0.5 });
	});
});
