/**
 * Small typed builders for lesson tests, and fast-check arbitraries built from the schemas'
 * shapes: sensible defaults, `Partial` overrides, no randomness in the builders.
 */
import fc from 'fast-check';
import { responseArb } from './response-arbitrary';
import type { Lesson } from '../lib/lesson/lesson';
import { OUTCOMES, type LessonResult } from '../lib/lesson/lesson-result';
import type { ResultsAnswer, ResultsFileContents } from '../lib/lesson/results-file';
import { hasNoHiddenControls, hasVisibleCharacter } from '../lib/lesson/visible-text';

export function buildLesson(overrides: Partial<Lesson> = {}): Lesson {
	return {
		title: 'Back at the table',
		instructions: 'Read each part, then answer. Take your time.',
		readingIds: ['back-at-the-table', 'red-lines'],
		questionIds: ['back-at-the-table-who', 'back-at-the-table-why', 'red-lines-ukraine-demand'],
		dueDate: null,
		passMark: 60,
		attemptsPerQuestion: 1,
		feedback: 'immediate',
		shuffleChoices: true,
		wholeArticle: false,
		questions: [],
		...overrides
	};
}

export function buildResult(overrides: Partial<LessonResult> = {}): LessonResult {
	return {
		lessonId: '3Z8KATQ2',
		studentName: 'Ana Lima',
		outcomes: ['right', 'partial', 'wrong'],
		score: 50,
		startedAt: '2025-03-10T09:00:00.000Z',
		finishedAt: '2025-03-10T09:24:00.000Z',
		...overrides
	};
}

export function buildAnswer(overrides: Partial<ResultsAnswer> = {}): ResultsAnswer {
	return {
		questionId: 'back-at-the-table-who',
		response: { type: 'single-choice', choice: 0 },
		score: 1,
		...overrides
	};
}

export function buildFileContents(
	overrides: Partial<ResultsFileContents> = {}
): ResultsFileContents {
	return {
		lessonTitle: 'Back at the table',
		result: buildResult(),
		answers: [buildAnswer()],
		...overrides
	};
}

/** A question id or reading id as content files have them. */
export const slugArb = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
	.map((words) => words.join('-'));

/** Any text, astral characters, combining marks and line breaks included, but well-formed. */
export const textArb = (maxLength: number) =>
	fc
		.oneof(
			fc.string({ maxLength }),
			fc.string({ unit: 'grapheme', maxLength: Math.floor(maxLength / 4) }),
			fc.string({ unit: 'binary', maxLength: Math.floor(maxLength / 2) })
		)
		.filter((text) => text.length <= maxLength && !/\p{Cs}/u.test(text));

const dateArb = fc
	.date({
		min: new Date('2020-01-01T00:00:00Z'),
		max: new Date('2040-12-31T00:00:00Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString().slice(0, 10));

export const lessonArb: fc.Arbitrary<Lesson> = fc.record({
	title: textArb(120).filter(
		(title) => title.trim() !== '' && hasVisibleCharacter(title) && hasNoHiddenControls(title)
	),
	instructions: fc.oneof(fc.constant(''), textArb(2000)),
	readingIds: fc.uniqueArray(slugArb, { maxLength: 10 }),
	// `t-` ids are the teacher's own questions, carried in `questions`: none here.
	questionIds: fc.uniqueArray(
		slugArb.filter((id) => !id.startsWith('t-')),
		{ minLength: 1, maxLength: 40 }
	),
	dueDate: fc.option(dateArb, { nil: null }),
	passMark: fc.integer({ min: 0, max: 100 }),
	attemptsPerQuestion: fc.integer({ min: 1, max: 9 }),
	feedback: fc.constantFrom('immediate' as const, 'end' as const),
	shuffleChoices: fc.boolean(),
	wholeArticle: fc.boolean(),
	questions: fc.constant([])
});

const nameArb = textArb(40).filter(
	(name) =>
		name.trim() !== '' &&
		name === name.trim() &&
		hasVisibleCharacter(name) &&
		hasNoHiddenControls(name)
);

/** Times to the minute, as results codes keep them. */
const minuteArb = fc
	.integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2240, 0, 1) / 60_000 })
	.map((minute) => minute * 60_000);

export const resultArb: fc.Arbitrary<LessonResult> = fc
	.record({
		lessonId: fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{8}$/),
		studentName: nameArb,
		outcomes: fc.array(fc.constantFrom(...OUTCOMES), { minLength: 1, maxLength: 200 }),
		score: fc.integer({ min: 0, max: 100 }),
		start: minuteArb,
		// Mostly a lesson's length; sometimes a tab left open for months.
		taken: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 2 ** 22 }))
	})
	.map(({ start, taken, ...rest }) => ({
		...rest,
		startedAt: new Date(start).toISOString(),
		finishedAt: new Date(start + taken * 60_000).toISOString()
	}));

export const fileContentsArb: fc.Arbitrary<ResultsFileContents> = fc.record({
	lessonTitle: textArb(120).filter(hasNoHiddenControls),
	result: resultArb,
	answers: fc.array(
		fc.record({
			questionId: slugArb,
			response: responseArb,
			score: fc.integer({ min: 0, max: 100 }).map((n) => n / 100)
		}),
		{ maxLength: 12 }
	)
});
