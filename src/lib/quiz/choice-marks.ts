/**
 * The fixed options of a true/false/not-stated question, and how the options of a choice question
 * are marked once checked: the pick right or wrong, and the correct option shown, so feedback
 * teaches instead of only judging.
 */
import type { TruthVerdict } from '$lib/content/model';
import type { PartMark } from './response';

export const VERDICTS: { value: TruthVerdict; label: string }[] = [
	{ value: 'true', label: 'True' },
	{ value: 'false', label: 'False' },
	{ value: 'not-stated', label: 'Not stated' }
];

/** The position of `verdict` among the VERDICTS, or -1 for anything else (a damaged response). */
export function verdictIndex(verdict: unknown): number {
	return VERDICTS.findIndex((each) => each.value === verdict);
}

/**
 * Marks for `count` options by authored index: every correct option right (picked or not, so the
 * key is shown), a wrong pick wrong, the rest unmarked.
 */
export function optionMarks(
	count: number,
	correct: readonly number[],
	selected: readonly number[]
): (PartMark | null)[] {
	return Array.from({ length: count }, (_, index) => {
		if (correct.includes(index)) {
			return 'right';
		}
		return selected.includes(index) ? 'wrong' : null;
	});
}
