import type { MatchingQuestion } from '$lib/content/model';
import { gradeFromParts, listOrEmpty } from './grade-parts';
import type { Grade, PartMark, ResponseFor } from './response';

/** Each term is right when the meaning chosen for it is its own; a term left unmatched is wrong. */
export function gradeMatching(
	question: MatchingQuestion,
	response: ResponseFor<'matching'>
): Grade {
	const chosen = listOrEmpty(response.meanings);
	const parts = question.answer.map((meaning, term): PartMark =>
		chosen[term] === meaning ? 'right' : 'wrong'
	);
	return gradeFromParts(parts);
}
