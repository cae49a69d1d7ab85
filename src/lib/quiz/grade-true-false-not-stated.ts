import type { TrueFalseNotStatedQuestion } from '$lib/content/model';
import { wholeGrade } from './grade-parts';
import type { Grade, ResponseFor } from './response';

/** Right only for the verdict the reading supports; "not stated" is a verdict like the others. */
export function gradeTrueFalseNotStated(
	question: TrueFalseNotStatedQuestion,
	response: ResponseFor<'true-false-not-stated'>
): Grade {
	return wholeGrade(response.verdict === question.answer);
}
