/**
 * The skills and question types, as plain lists: pages import them without the content schema,
 * which stays at build time.
 */
export const SKILLS = [
	'key-detail',
	'inference',
	'main-idea',
	'vocabulary',
	'structure',
	'purpose-tone',
	'claims-evidence'
] as const;
export type Skill = (typeof SKILLS)[number];

export const QUESTION_TYPES = [
	'single-choice',
	'true-false-not-stated',
	'multiple-select',
	'short-answer',
	'fill-blanks',
	'ordering',
	'matching',
	'evidence'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
