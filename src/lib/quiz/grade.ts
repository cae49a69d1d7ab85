/**
 * The one entry point pages use to grade, start and check an answer of any type, through the
 * question-type table. Responses come back from storage and lesson links, so anything that is not
 * an answer to this question grades as no answer rather than throwing.
 */
import type { Question } from '$lib/content/model';
import { wholeGrade } from './grade-parts';
import { questionType } from './question-types';
import type { Grade, Response } from './response';

export function gradeAnswer(question: Question, response: Response): Grade {
	return answersType(question, response)
		? questionType(question.type).grade(question, response)
		: zeroGrade(question);
}

/**
 * The response a question starts from: nothing picked, typed or matched, and an ordering's items
 * as first shown. Null for the types that start with no choice made.
 */
export function emptyResponse(question: Question): Response | null {
	return questionType(question.type).empty(question);
}

/** Whether the student has answered enough to check: an unfinished answer is not yet graded. */
export function isComplete(question: Question, response: Response | null): boolean {
	return (
		response !== null &&
		answersType(question, response) &&
		questionType(question.type).isComplete(question, response)
	);
}

/** The grade of no answer: every correct choice missed, every gap, position and term wrong. */
export function zeroGrade(question: Question): Grade {
	return { ...wholeGrade(false), parts: questionType(question.type).unanswered(question) };
}

/** `response` when it answers `question` (a stored answer may predate a change of type), else null. */
export function responseTo(question: Question, response: Response | null): Response | null {
	return response !== null && answersType(question, response) ? response : null;
}

/**
 * Whether `response` is an answer to a question of this type at all, however damaged. The table's
 * entries are typed per type, but a `Question` and a `Response` are each a union: this is the one
 * check that a response handed to an entry is of that entry's type.
 */
function answersType(question: Question, response: unknown): boolean {
	return (
		typeof response === 'object' &&
		response !== null &&
		(response as { type?: unknown }).type === question.type
	);
}
