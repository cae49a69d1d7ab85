import type { EvidenceQuestion } from '$lib/content/model';
import { wholeGrade } from './grade-parts';
import type { Grade, ResponseFor } from './response';

/** Right when the selected sentence is the supporting one; line wrapping in either is ignored. */
export function gradeEvidence(
	question: EvidenceQuestion,
	response: ResponseFor<'evidence'>
): Grade {
	const chosen = typeof response.sentence === 'string' ? collapseSpaces(response.sentence) : '';
	return wholeGrade(chosen !== '' && chosen === collapseSpaces(question.answer));
}

function collapseSpaces(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
