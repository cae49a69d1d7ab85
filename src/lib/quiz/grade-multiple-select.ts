import type { MultipleSelectQuestion } from '$lib/content/model';
import { isIndexInto, listOrEmpty } from './grade-parts';
import type { Grade, PartMark, ResponseFor } from './response';

/**
 * Each right pick earns a share of the point and each wrong pick takes one back, so ticking every
 * box is no strategy; the score never goes below zero. Only the exact set of correct choices is
 * fully right.
 */
export function gradeMultipleSelect(
	question: MultipleSelectQuestion,
	response: ResponseFor<'multiple-select'>
): Grade {
	const correctChoices = new Set(question.answer);
	const picks = new Set(listOrEmpty(response.choices));
	const parts: (PartMark | null)[] = question.choices.map((_, index) => {
		if (picks.has(index)) {
			return correctChoices.has(index) ? 'right' : 'wrong';
		}
		return correctChoices.has(index) ? 'missed' : null;
	});
	const rightPicks = parts.filter((part) => part === 'right').length;
	// A pick that names no choice is damage, not an answer: it counts against, never for.
	const strayPicks = [...picks].filter((pick) => !isIndexInto(pick, question.choices.length));
	const wrongPicks = parts.filter((part) => part === 'wrong').length + strayPicks.length;
	const score =
		correctChoices.size > 0
			? Math.max(0, (rightPicks - wrongPicks) / correctChoices.size)
			: Number(wrongPicks === 0);
	return { score, correct: score === 1, parts, forgivenTypos: false };
}
