/**
 * Between a lesson's attempts (what the lesson page keeps while it runs) and the state saved in
 * suspend data (what the LMS keeps between visits). Restored first tries keep their score, so the
 * lesson's score never changes on a resume, even where the state had to drop the response.
 */
import type { Question } from '../../content/model';
import { gradeAnswer } from '../../quiz/grade';
import type { Response } from '../../quiz/response';
import type { Attempt } from '../../progress/record';
import type { LessonState, QuestionState } from './suspend-data';

/** Marks the id of a restored first try whose response the state did not keep. */
const SCORE_ONLY = 'lms-score-';

/** What a question shows when only its score came back: an unanswered form of its type. */
function placeholder(question: Question): Response {
	switch (question.type) {
		case 'single-choice':
			return { type: 'single-choice', choice: question.answer };
		case 'multiple-select':
			return { type: 'multiple-select', choices: [] };
		case 'true-false-not-stated':
			return { type: 'true-false-not-stated', verdict: question.answer };
		case 'short-answer':
			return { type: 'short-answer', text: '' };
		case 'fill-blanks':
			return { type: 'fill-blanks', blanks: question.answer.map(() => '') };
		case 'ordering':
			return { type: 'ordering', order: question.items.map((_, index) => index) };
		case 'matching':
			return { type: 'matching', meanings: question.terms.map(() => null) };
		case 'evidence':
			return { type: 'evidence', sentence: '' };
	}
}

export interface Run {
	startedAt: string;
	finishedAt: string | null;
}

/** The state to save: each lesson question's tries, first response and latest response. */
export function stateOfLesson(
	questions: readonly Question[],
	attempts: readonly Attempt[],
	run: Run,
	part: number
): LessonState {
	const byQuestion = new Map<string, Attempt[]>();
	for (const attempt of [...attempts].sort((a, b) => a.at.localeCompare(b.at))) {
		byQuestion.set(attempt.questionId, [...(byQuestion.get(attempt.questionId) ?? []), attempt]);
	}
	return {
		startedAt: run.startedAt,
		finishedAt: run.finishedAt,
		part,
		questions: questions.map((question): QuestionState | null => {
			const tries = byQuestion.get(question.id) ?? [];
			const first = tries[0];
			const latest = tries.at(-1);
			if (!first || !latest) {
				return null;
			}
			return {
				tries: tries.length,
				first: first.id.startsWith(SCORE_ONLY) ? { score: first.score } : first.response,
				latest: tries.length > 1 ? latest.response : null
			};
		})
	};
}

/** The attempts a saved state stands for, timed from the lesson's start in their order. */
export function attemptsOfState(
	questions: readonly Question[],
	state: LessonState,
	lessonId: string
): Attempt[] {
	const start = Date.parse(state.startedAt);
	let tick = 0;
	const attempts: Attempt[] = [];
	for (const [index, question] of questions.entries()) {
		const saved = state.questions[index];
		if (!saved) {
			continue;
		}
		for (let attempt = 0; attempt < saved.tries; attempt += 1) {
			const given = attempt === 0 ? saved.first : (saved.latest ?? saved.first);
			const scoreOnly = !('type' in given);
			const response = scoreOnly ? (saved.latest ?? placeholder(question)) : given;
			const grade = gradeAnswer(question, response);
			const score = scoreOnly ? given.score : grade.score;
			attempts.push({
				id: `${scoreOnly ? SCORE_ONLY : 'lms-'}${question.id}-${attempt}`,
				questionId: question.id,
				readingId: question.readingId,
				lessonId,
				response,
				score,
				correct: scoreOnly ? score >= 1 : grade.correct,
				at: new Date(start + tick).toISOString()
			});
			tick += 1;
		}
	}
	return attempts;
}
