import type { ShortAnswerQuestion } from '$lib/content/model';
import type { Grade, ResponseFor } from './response';
import { matchTolerantly } from './tolerant-match';

/**
 * Right when the text matches an accepted form, alone or in a short sentence that does not
 * negate it, allowing the slips `matchTolerantly` forgives. A near miss the author refused is
 * wrong, with the author's hint.
 */
export function gradeShortAnswer(
	question: ShortAnswerQuestion,
	response: ResponseFor<'short-answer'>
): Grade {
	const text = typeof response.text === 'string' ? response.text : '';
	const rejected = question.rejected ?? [];
	const { matched, forgivenTypo, refused } = matchTolerantly(text, question.accepted, {
		rejected: rejected.map((near) => near.answer),
		inSentence: true
	});
	const correct = matched !== null;
	const grade: Grade = {
		score: correct ? 1 : 0,
		correct,
		parts: [],
		forgivenTypos: correct && forgivenTypo
	};
	const hint = rejected.find((near) => near.answer === refused)?.hint;
	return hint === undefined ? grade : { ...grade, hint };
}
