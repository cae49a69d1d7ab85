/**
 * How each option of a choice question is marked once checked: the pick right or wrong, and the
 * correct option shown, so feedback teaches instead of only judging.
 */
import type { Question, TruthVerdict } from '$lib/content/model';
import type { Grade, PartMark, Response } from './response';

export const VERDICTS: { value: TruthVerdict; label: string }[] = [
	{ value: 'true', label: 'True' },
	{ value: 'false', label: 'False' },
	{ value: 'not-stated', label: 'Not stated' }
];

/** The options a choice question shows, and which the response picked. */
export function choiceView(
	question: Question,
	response: Response | null
): { options: string[]; selected: number[] } | null {
	switch (question.type) {
		case 'single-choice':
			return {
				options: question.choices,
				selected: response?.type === 'single-choice' ? [response.choice] : []
			};
		case 'multiple-select':
			return {
				options: question.choices,
				selected: response?.type === 'multiple-select' ? response.choices : []
			};
		case 'true-false-not-stated':
			return {
				options: VERDICTS.map((verdict) => verdict.label),
				selected:
					response?.type === 'true-false-not-stated'
						? [VERDICTS.findIndex((verdict) => verdict.value === response.verdict)]
						: []
			};
		default:
			return null;
	}
}

/** Marks per option after checking; null for options that need none. */
export function choiceMarks(
	question: Question,
	response: Response | null,
	grade: Grade
): (PartMark | null)[] {
	if (question.type === 'multiple-select') {
		return grade.parts;
	}
	const view = choiceView(question, response);
	if (!view) {
		return [];
	}
	const correct =
		question.type === 'single-choice'
			? question.answer
			: VERDICTS.findIndex(
					(verdict) =>
						question.type === 'true-false-not-stated' && verdict.value === question.answer
				);
	return view.options.map((_, index) => {
		if (index === correct) {
			return 'right';
		}
		return view.selected.includes(index) ? 'wrong' : null;
	});
}

/** The response for a new selection in a choice question. */
export function choiceResponse(question: Question, selected: number[]): Response | null {
	switch (question.type) {
		case 'single-choice':
			return selected[0] === undefined ? null : { type: 'single-choice', choice: selected[0] };
		case 'multiple-select':
			return { type: 'multiple-select', choices: selected };
		case 'true-false-not-stated': {
			const verdict = VERDICTS[selected[0] ?? -1]?.value;
			return verdict ? { type: 'true-false-not-stated', verdict } : null;
		}
		default:
			return null;
	}
}
