/**
 * Small typed builders for progress tests: sensible defaults, `Partial` overrides, no randomness.
 */
import type { Reading, SingleChoiceQuestion } from '$lib/content/model';
import {
	emptyProgress,
	type Attempt,
	type ProgressRecord,
	type ReadingVisit
} from '$lib/progress/record';

export function buildAttempt(overrides: Partial<Attempt> = {}): Attempt {
	return {
		id: 'a-1',
		questionId: 'q-1',
		readingId: 'r-1',
		lessonId: null,
		response: { type: 'single-choice', choice: 0 },
		score: 1,
		correct: true,
		at: '2025-03-10T09:00:00.000Z',
		...overrides
	};
}

export function buildVisit(overrides: Partial<ReadingVisit> = {}): ReadingVisit {
	return {
		openedAt: '2025-03-10T08:55:00.000Z',
		finishedAt: null,
		secondsSpent: 0,
		...overrides
	};
}

export function buildProgress(overrides: Partial<ProgressRecord> = {}): ProgressRecord {
	return { ...emptyProgress(), ...overrides };
}

export function buildQuestion(overrides: Partial<SingleChoiceQuestion> = {}): SingleChoiceQuestion {
	return {
		id: 'q-1',
		articleId: 'article',
		readingId: 'r-1',
		skill: 'key-detail',
		difficulty: 1,
		prompt: 'Who came back to the table?',
		explanation: 'The first paragraph says so.',
		evidence: [],
		type: 'single-choice',
		choices: ['Both leaders', 'Neither'],
		answer: 0,
		...overrides
	};
}

export function buildReading(overrides: Partial<Reading> = {}): Reading {
	return {
		id: 'r-1',
		articleId: 'article',
		title: 'Back at the table',
		section: 1,
		heading: null,
		text: 'They met again.',
		sentences: ['They met again.'],
		wordCount: 3,
		...overrides
	};
}
