import type { SingleChoiceQuestion } from '$lib/content/model';
import { wholeGrade } from './grade-parts';
import type { Grade, ResponseFor } from './response';

/** Right only when the one correct choice is the one chosen. */
export function gradeSingleChoice(
	question: SingleChoiceQuestion,
	response: ResponseFor<'single-choice'>
): Grade {
	return wholeGrade(response.choice === question.answer);
}
