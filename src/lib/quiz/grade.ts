/**
 * The one entry point pages use to grade, start and check an answer of any type. Responses come
 * back from storage and lesson links, so anything that is not an answer to this question grades
 * as no answer rather than throwing.
 */
import type { Question, QuestionType } from '$lib/content/model';
import { gradeEvidence } from './grade-evidence';
import { gradeFillBlanks } from './grade-fill-blanks';
import { gradeMatching } from './grade-matching';
import { gradeMultipleSelect } from './grade-multiple-select';
import { gradeOrdering } from './grade-ordering';
import { isIndexInto, listOrEmpty, wholeGrade } from './grade-parts';
import { gradeShortAnswer } from './grade-short-answer';
import { gradeSingleChoice } from './grade-single-choice';
import { gradeTrueFalseNotStated } from './grade-true-false-not-stated';
import type { Grade, PartMark, Response, ResponseFor } from './response';

/** The types whose blank state is itself a valid response; the others start with nothing chosen. */
type BlankableType = 'multiple-select' | 'short-answer' | 'fill-blanks' | 'ordering' | 'matching';

/** What `emptyResponse` gives for a question of type `T`. */
export type EmptyResponse<T extends QuestionType> = T extends BlankableType ? ResponseFor<T> : null;

export function gradeAnswer(question: Question, response: Response): Grade {
	if (!answersType(question, response)) {
		return zeroGrade(question);
	}
	switch (question.type) {
		case 'single-choice':
			return gradeSingleChoice(question, response as ResponseFor<'single-choice'>);
		case 'true-false-not-stated':
			return gradeTrueFalseNotStated(question, response as ResponseFor<'true-false-not-stated'>);
		case 'multiple-select':
			return gradeMultipleSelect(question, response as ResponseFor<'multiple-select'>);
		case 'short-answer':
			return gradeShortAnswer(question, response as ResponseFor<'short-answer'>);
		case 'fill-blanks':
			return gradeFillBlanks(question, response as ResponseFor<'fill-blanks'>);
		case 'ordering':
			return gradeOrdering(question, response as ResponseFor<'ordering'>);
		case 'matching':
			return gradeMatching(question, response as ResponseFor<'matching'>);
		case 'evidence':
			return gradeEvidence(question, response as ResponseFor<'evidence'>);
	}
}

/**
 * The response a question starts from: nothing picked, typed or matched, and an ordering's items
 * as first shown. Null for the types that start with no choice made, which a response cannot
 * express (a single choice is always some index).
 */
export function emptyResponse<Q extends Question>(question: Q): EmptyResponse<Q['type']>;
export function emptyResponse(question: Question): Response | null {
	switch (question.type) {
		case 'multiple-select':
			return { type: 'multiple-select', choices: [] };
		case 'short-answer':
			return { type: 'short-answer', text: '' };
		case 'fill-blanks':
			return { type: 'fill-blanks', blanks: question.answer.map(() => '') };
		case 'ordering':
			return { type: 'ordering', order: question.items.map((_, index) => index) };
		case 'matching':
			return { type: 'matching', meanings: question.terms.map(() => null) };
		case 'single-choice':
		case 'true-false-not-stated':
		case 'evidence':
			return null;
	}
}

/** Whether the student has answered enough to check: an unfinished answer is not yet graded. */
export function isComplete(question: Question, response: Response | null): boolean {
	if (!answersType(question, response)) {
		return false;
	}
	const given = response as Record<string, unknown>;
	switch (question.type) {
		case 'single-choice':
			return isIndexInto(given.choice, question.choices.length);
		case 'true-false-not-stated':
			return ['true', 'false', 'not-stated'].includes(given.verdict as string);
		case 'multiple-select':
			return listOrEmpty(given.choices).some((pick) => isIndexInto(pick, question.choices.length));
		case 'short-answer':
			return isFilled(given.text);
		case 'fill-blanks': {
			const blanks = listOrEmpty(given.blanks);
			return question.answer.every((_, gap) => isFilled(blanks[gap]));
		}
		case 'ordering':
			// The items are always in some order, and leaving them as shown is an answer.
			return true;
		case 'matching': {
			const meanings = listOrEmpty(given.meanings);
			return question.terms.every((_, term) =>
				isIndexInto(meanings[term], question.meanings.length)
			);
		}
		case 'evidence':
			return isFilled(given.sentence);
	}
}

/** Whether `response` is an answer to a question of this type at all, however damaged. */
function answersType(question: Question, response: unknown): boolean {
	return (
		typeof response === 'object' &&
		response !== null &&
		(response as { type?: unknown }).type === question.type
	);
}

function isFilled(text: unknown): boolean {
	return typeof text === 'string' && text.trim() !== '';
}

/** The grade of no answer: every correct choice missed, every gap, position and term wrong. */
function zeroGrade(question: Question): Grade {
	const none = wholeGrade(false);
	switch (question.type) {
		case 'multiple-select':
			return {
				...none,
				parts: question.choices.map((_, index) =>
					question.answer.includes(index) ? 'missed' : null
				)
			};
		case 'fill-blanks':
		case 'ordering':
		case 'matching':
			return { ...none, parts: question.answer.map((): PartMark => 'wrong') };
		default:
			return none;
	}
}
