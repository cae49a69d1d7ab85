/**
 * A teacher's own questions, one added question of each type, written on the real first reading
 * ("back-at-the-table") so that unit tests, link tests and the e2e check them against the bank's
 * own text. Every one passes `checkTeacherQuestion`; tests break them with `Partial` overrides.
 */
import type { TeacherQuestion } from '../lib/lesson/teacher-question';

export const TEACHER_READING_ID = 'back-at-the-table';

const common = {
	readingId: TEACHER_READING_ID,
	origin: { kind: 'added' },
	skill: 'key-detail',
	difficulty: 1,
	explanation:
		'The reading says this in plain words, in the sentence shown as evidence for the answer.'
} as const;

type Of<T extends TeacherQuestion['type']> = Extract<TeacherQuestion, { type: T }>;

export function teacherSingleChoice(
	overrides: Partial<Of<'single-choice'>> = {}
): Of<'single-choice'> {
	return {
		...common,
		id: 't-how-long-apart',
		type: 'single-choice',
		prompt: 'How long had the two leaders gone without talks?',
		evidence: 'For the first time in three whole years',
		choices: [
			{ text: 'Three whole years', correct: true },
			{ text: 'Two short months' },
			{ text: 'Ten long years' },
			{ text: 'One whole week' }
		],
		...overrides
	};
}

export function teacherTrueFalse(
	overrides: Partial<Of<'true-false-not-stated'>> = {}
): Of<'true-false-not-stated'> {
	return {
		...common,
		id: 't-talks-confirmed',
		type: 'true-false-not-stated',
		skill: 'claims-evidence',
		prompt: 'The talks are reported, not officially confirmed.',
		evidence: 'are reportedly back at the negotiating table',
		answer: true,
		...overrides
	};
}

export function teacherMultipleSelect(
	overrides: Partial<Of<'multiple-select'>> = {}
): Of<'multiple-select'> {
	return {
		...common,
		id: 't-who-is-talking',
		type: 'multiple-select',
		prompt: 'Which leaders are back in touch?',
		evidence: 'Vladimir Putin and Emmanuel Macron',
		choices: [
			{ text: 'Vladimir Putin', correct: true },
			{ text: 'Emmanuel Macron', correct: true },
			{ text: 'Volodymyr Zelensky' },
			{ text: 'Keir Starmer' }
		],
		...overrides
	};
}

export function teacherShortAnswer(
	overrides: Partial<Of<'short-answer'>> = {}
): Of<'short-answer'> {
	return {
		...common,
		id: 't-what-war-ends',
		type: 'short-answer',
		prompt: 'What invasion could the talks end?',
		evidence: 'ending the invasion of Ukraine',
		accepted: ['the invasion of Ukraine', 'Ukraine'],
		...overrides
	};
}

export function teacherFillBlanks(overrides: Partial<Of<'fill-blanks'>> = {}): Of<'fill-blanks'> {
	return {
		...common,
		id: 't-prolonged-silence',
		type: 'fill-blanks',
		skill: 'vocabulary',
		prompt: 'Complete the words from the reading.',
		evidence: 'After a prolonged silence',
		text: 'After a [prolonged] [silence], these two world leaders are back in touch',
		...overrides
	};
}

export function teacherOrdering(overrides: Partial<Of<'ordering'>> = {}): Of<'ordering'> {
	return {
		...common,
		id: 't-order-of-news',
		type: 'ordering',
		skill: 'structure',
		prompt: 'Put these in the order the reading gives them.',
		evidence: "We've got some seriously significant news",
		items: [
			'shift the geopolitical landscape',
			'back at the negotiating table',
			'these two world leaders are back in touch'
		],
		...overrides
	};
}

export function teacherMatching(overrides: Partial<Of<'matching'>> = {}): Of<'matching'> {
	return {
		...common,
		id: 't-word-meanings',
		type: 'matching',
		skill: 'vocabulary',
		prompt: 'Match each word from the reading to its meaning.',
		evidence: ['a prolonged silence', 'a serious de-escalation', 'brutal conflict'],
		pairs: [
			{ term: 'prolonged', meaning: 'lasting a long time' },
			{ term: 'de-escalation', meaning: 'making a fight less intense' },
			{ term: 'brutal', meaning: 'very cruel and violent' }
		],
		spare: ['happening by surprise'],
		...overrides
	};
}

export function teacherEvidence(overrides: Partial<Of<'evidence'>> = {}): Of<'evidence'> {
	return {
		...common,
		id: 't-historic-sentence',
		type: 'evidence',
		skill: 'claims-evidence',
		prompt: 'Which sentence says the moment could lead to peace?',
		evidence:
			"This isn't just another diplomatic chat; this is a potentially historic moment that could pave the way for peace, or at least a serious de-escalation, in a region that's been torn apart by war.",
		...overrides
	};
}

/** One valid added question of each of the eight types. */
export function teacherQuestionsOfEachType(): TeacherQuestion[] {
	return [
		teacherSingleChoice(),
		teacherTrueFalse(),
		teacherMultipleSelect(),
		teacherShortAnswer(),
		teacherFillBlanks(),
		teacherOrdering(),
		teacherMatching(),
		teacherEvidence()
	];
}
