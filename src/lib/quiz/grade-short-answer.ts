import type { ShortAnswerQuestion } from '$lib/content/model';
import type { Grade, ResponseFor } from './response';
import { matchTolerantly } from './tolerant-match';

/** Right when the text matches an accepted form, allowing the slips `matchTolerantly` forgives. */
export function gradeShortAnswer(
	question: ShortAnswerQuestion,
	response: ResponseFor<'short-answer'>
): Grade {
	const text = typeof response.text === 'string' ? response.text : '';
	const { matched, forgivenTypo } = matchTolerantly(text, question.accepted);
	const correct = matched !== null;
	return { score: correct ? 1 : 0, correct, parts: [], forgivenTypos: correct && forgivenTypo };
}
