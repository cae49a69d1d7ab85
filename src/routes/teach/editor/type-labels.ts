import type { QuestionType } from '$lib/content/kinds';

/** Each question type in the words the builder shows a teacher. */
export const TYPE_LABELS: Record<QuestionType, string> = {
	'single-choice': 'Single choice',
	'true-false-not-stated': 'True / false / not stated',
	'multiple-select': 'Multiple select',
	'short-answer': 'Short answer',
	'fill-blanks': 'Fill in the blanks',
	ordering: 'Ordering',
	matching: 'Matching',
	evidence: 'Evidence'
};
