/**
 * Small question builders for the grading tests, one per type, with content from the first
 * readings of the Putin–Macron article. Override any field: `ordering({ items: [...] })`.
 */
import type {
	EvidenceQuestion,
	FillBlanksQuestion,
	MatchingQuestion,
	MultipleSelectQuestion,
	OrderingQuestion,
	Question,
	ShortAnswerQuestion,
	SingleChoiceQuestion,
	TrueFalseNotStatedQuestion
} from '$lib/content/model';
import type { Response } from '$lib/quiz/response';

const TALKS_SENTENCE =
	'For the first time in three whole years, Vladimir Putin and Emmanuel Macron are reportedly ' +
	'back at the negotiating table, discussing the possibility of ending the invasion of Ukraine.';

function base(id: string, readingId: string) {
	return {
		id,
		articleId: 'putin-macron-talks',
		readingId,
		skill: 'key-detail' as const,
		difficulty: 1 as const,
		explanation:
			'The reading says so in as many words; the other answers misread who is talking or why.',
		evidence: [TALKS_SENTENCE]
	};
}

export function singleChoice(overrides: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion {
	return {
		...base('who-is-talking', 'back-at-the-table'),
		type: 'single-choice',
		prompt: 'Who is reported to be back at the negotiating table?',
		choices: [
			'Vladimir Putin and Volodymyr Zelensky',
			'Vladimir Putin and Emmanuel Macron',
			'Emmanuel Macron and Olaf Scholz'
		],
		answer: 1,
		...overrides
	};
}

export function trueFalseNotStated(
	overrides: Partial<TrueFalseNotStatedQuestion> = {}
): TrueFalseNotStatedQuestion {
	return {
		...base('three-years-silent', 'back-at-the-table'),
		type: 'true-false-not-stated',
		prompt: 'The two leaders had not talked for three years.',
		answer: 'true',
		...overrides
	};
}

export function multipleSelect(
	overrides: Partial<MultipleSelectQuestion> = {}
): MultipleSelectQuestion {
	return {
		...base('ripple-effects', 'a-glimmer-of-hope'),
		type: 'multiple-select',
		prompt: 'Which areas does the reading say the talks could ripple across?',
		evidence: ['from energy markets to international relations'],
		choices: ['energy markets', 'sports', 'international relations', 'space exploration'],
		answer: [0, 2],
		...overrides
	};
}

export function shortAnswer(overrides: Partial<ShortAnswerQuestion> = {}): ShortAnswerQuestion {
	return {
		...base('how-long-silent', 'back-at-the-table'),
		type: 'short-answer',
		prompt: 'How long had Putin and Macron gone without talking?',
		answer: 'three years',
		accepted: ['three years', '3 years', 'three whole years'],
		...overrides
	};
}

export function fillBlanks(overrides: Partial<FillBlanksQuestion> = {}): FillBlanksQuestion {
	return {
		...base('back-at-the-table-gaps', 'back-at-the-table'),
		type: 'fill-blanks',
		prompt: 'Fill in the missing words.',
		text: 'Vladimir Putin and Emmanuel [Macron] are reportedly back at the [negotiating] table.',
		segments: ['Vladimir Putin and Emmanuel ', ' are reportedly back at the ', ' table.'],
		answer: [['Macron'], ['negotiating', 'negotiation']],
		bank: null,
		...overrides
	};
}

export function ordering(overrides: Partial<OrderingQuestion> = {}): OrderingQuestion {
	return {
		...base('driving-factors', 'a-long-hard-war'),
		type: 'ordering',
		skill: 'structure',
		prompt: 'Put the factors in the order the article raises them.',
		answer: [
			'the protracted nature of the conflict',
			'the shifting global landscape',
			'international pressure',
			'shifts in global power dynamics'
		],
		items: [
			'international pressure',
			'the protracted nature of the conflict',
			'shifts in global power dynamics',
			'the shifting global landscape'
		],
		...overrides
	};
}

/** The arrangement of `ordering()`'s items that is fully right. */
export const ORDERING_SOLUTION = [1, 3, 0, 2];

export function matching(overrides: Partial<MatchingQuestion> = {}): MatchingQuestion {
	return {
		...base('talks-vocabulary', 'sanctions-and-rebuilding'),
		type: 'matching',
		skill: 'vocabulary',
		prompt: 'Match each word to its meaning.',
		terms: ['sanctions', 'de-escalation', 'sovereignty'],
		meanings: [
			"a country's right to govern itself",
			'penalties one country puts on another',
			'making a conflict less intense'
		],
		answer: [1, 2, 0],
		...overrides
	};
}

export function evidence(overrides: Partial<EvidenceQuestion> = {}): EvidenceQuestion {
	return {
		...base('talks-not-confirmed', 'back-at-the-table'),
		type: 'evidence',
		skill: 'claims-evidence',
		prompt: 'Which sentence shows that the talks are not confirmed by a named source?',
		answer: TALKS_SENTENCE,
		...overrides
	};
}

/** One question of every type, for tests that must hold across all of them. */
export function everyType(): Question[] {
	return [
		singleChoice(),
		trueFalseNotStated(),
		multipleSelect(),
		shortAnswer(),
		fillBlanks(),
		fillBlanks({ bank: ['Macron', 'dinner', 'negotiating', 'Scholz'] }),
		ordering(),
		matching(),
		evidence()
	];
}

/**
 * Damaged input as it may come back from storage, typed as whatever response the grader under
 * test expects, so tests can hand it over without casts.
 */
export function damaged<T extends Response = Response>(value: unknown): T {
	return value as T;
}
