import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildAttempt,
	buildProgress,
	buildQuestion,
	buildReading,
	buildVisit
} from '../../test-data/progress';
import { currentStreak, daysPractised } from './report/practice-days';
import type { Attempt } from './record';
import {
	articleTotals,
	firstTries,
	nextReading,
	readingProgress,
	readingsProgress
} from './report/reading-progress';
import { groupByQuestion, latestAttempt } from './stats';

const questions = [
	buildQuestion({ id: 'q-1', readingId: 'r-1' }),
	buildQuestion({ id: 'q-2', readingId: 'r-1' }),
	buildQuestion({ id: 'q-3', readingId: 'r-2' }),
	buildQuestion({ id: 'check', readingId: null })
];
const readings = [buildReading({ id: 'r-1' }), buildReading({ id: 'r-2' })];

const wrong = { score: 0, correct: false };

describe('firstTries and latestAttempt', () => {
	const attempts = [
		buildAttempt({ id: 'retry', questionId: 'q-1', at: '2025-03-10T09:05:00.000Z' }),
		buildAttempt({ id: 'first', questionId: 'q-1', at: '2025-03-10T09:00:00.000Z', ...wrong }),
		buildAttempt({ id: 'other', questionId: 'q-2', at: '2025-03-10T09:02:00.000Z' })
	];

	it('counts only the first attempt at each question, whatever order they are kept in', () => {
		expect(firstTries(attempts).map((a) => a.id)).toEqual(['first', 'other']);
	});

	it('finds the most recent attempt at a question', () => {
		expect(latestAttempt(attempts, 'q-1')?.id).toBe('retry');
		expect(latestAttempt(attempts, 'q-9')).toBeNull();
	});
});

describe('readingProgress', () => {
	it('shows an untouched reading as not opened, with nothing answered', () => {
		expect(readingProgress(buildProgress(), questions, 'r-1')).toEqual({
			total: 2,
			answered: 0,
			correctFirstTry: 0,
			percent: 0,
			finished: false,
			opened: false,
			secondsSpent: 0
		});
	});

	it('scores first tries only, with partial credit, and a retry does not raise the score', () => {
		const record = buildProgress({
			attempts: [
				buildAttempt({ id: '1', questionId: 'q-1', at: '2025-03-10T09:00:00.000Z', ...wrong }),
				buildAttempt({ id: '2', questionId: 'q-1', at: '2025-03-10T09:01:00.000Z' }),
				buildAttempt({
					id: '3',
					questionId: 'q-2',
					at: '2025-03-10T09:02:00.000Z',
					score: 0.5,
					correct: false
				})
			],
			readings: { 'r-1': buildVisit({ secondsSpent: 95 }) }
		});
		expect(readingProgress(record, questions, 'r-1')).toEqual({
			total: 2,
			answered: 2,
			correctFirstTry: 0,
			percent: 25,
			finished: true,
			opened: true,
			secondsSpent: 95
		});
	});

	it('is not finished while a question is unanswered, even when marked finished', () => {
		const record = buildProgress({
			attempts: [buildAttempt({ questionId: 'q-1' })],
			readings: { 'r-1': buildVisit({ finishedAt: '2025-03-10T09:10:00.000Z' }) }
		});
		expect(readingProgress(record, questions, 'r-1').finished).toBe(false);
	});

	it('counts a reading without questions as finished once the student marks it so', () => {
		const opened = buildProgress({ readings: { 'r-9': buildVisit() } });
		const done = buildProgress({
			readings: { 'r-9': buildVisit({ finishedAt: '2025-03-10T09:10:00.000Z' }) }
		});
		expect(readingProgress(opened, questions, 'r-9').finished).toBe(false);
		expect(readingProgress(done, questions, 'r-9').finished).toBe(true);
	});
});

describe('articleTotals', () => {
	it('adds up the readings and leaves out the whole-article check', () => {
		const record = buildProgress({
			attempts: [
				buildAttempt({ id: '1', questionId: 'q-1' }),
				buildAttempt({ id: '2', questionId: 'q-3', ...wrong }),
				buildAttempt({ id: '3', questionId: 'check' })
			],
			readings: {
				'r-1': buildVisit({ secondsSpent: 60 }),
				'r-2': buildVisit({ secondsSpent: 40 })
			}
		});
		expect(articleTotals(record, questions, readings)).toEqual({
			total: 3,
			answered: 2,
			correctFirstTry: 1,
			percent: 33,
			finished: false,
			opened: true,
			secondsSpent: 100,
			readings: 2,
			readingsOpened: 2,
			readingsFinished: 1
		});
	});
});

describe('nextReading', () => {
	it('suggests the first reading not yet finished', () => {
		const record = buildProgress({
			attempts: [
				buildAttempt({ id: '1', questionId: 'q-1' }),
				buildAttempt({ id: '2', questionId: 'q-2' })
			]
		});
		expect(nextReading(record, questions, readings)?.id).toBe('r-2');
	});

	it('suggests nothing once every reading is finished', () => {
		const record = buildProgress({
			attempts: ['q-1', 'q-2', 'q-3'].map((questionId) =>
				buildAttempt({ id: questionId, questionId })
			)
		});
		expect(nextReading(record, questions, readings)).toBeNull();
	});
});

describe('daysPractised and currentStreak', () => {
	const on = (...times: string[]) =>
		times.map((at, i) => buildAttempt({ id: String(i), questionId: `q-${i}`, at }));

	it('counts each date once, in the given time zone', () => {
		// 02:30 UTC on the 11th is still the evening of the 10th in New York.
		const attempts = on(
			'2025-03-10T14:00:00.000Z',
			'2025-03-11T02:30:00.000Z',
			'2025-03-12T15:00:00.000Z'
		);
		expect(daysPractised(attempts, 'America/New_York')).toEqual(['2025-03-10', '2025-03-12']);
		expect(daysPractised(attempts, 'UTC')).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
	});

	it('runs back from today over consecutive days', () => {
		const attempts = on(
			'2025-03-08T09:00:00.000Z',
			'2025-03-09T09:00:00.000Z',
			'2025-03-10T09:00:00.000Z',
			'2025-03-10T18:00:00.000Z'
		);
		expect(currentStreak(attempts, new Date('2025-03-10T20:00:00.000Z'), 'UTC')).toBe(3);
	});

	it('stays alive until the end of today when the last practice was yesterday', () => {
		const attempts = on('2025-03-08T09:00:00.000Z', '2025-03-09T09:00:00.000Z');
		expect(currentStreak(attempts, new Date('2025-03-10T07:00:00.000Z'), 'UTC')).toBe(2);
	});

	it('ends at a missed day while the days practised keep counting', () => {
		const attempts = on(
			'2025-03-05T09:00:00.000Z',
			'2025-03-06T09:00:00.000Z',
			'2025-03-08T09:00:00.000Z',
			'2025-03-09T09:00:00.000Z',
			'2025-03-10T09:00:00.000Z'
		);
		expect(currentStreak(attempts, new Date('2025-03-10T20:00:00.000Z'), 'UTC')).toBe(3);
		expect(daysPractised(attempts, 'UTC')).toHaveLength(5);
		expect(currentStreak(attempts, new Date('2025-03-12T09:00:00.000Z'), 'UTC')).toBe(0);
	});

	it('counts across a daylight saving change and a month end', () => {
		const attempts = on(
			'2025-03-29T12:00:00.000Z',
			'2025-03-30T12:00:00.000Z',
			'2025-03-31T12:00:00.000Z',
			'2025-04-01T12:00:00.000Z'
		);
		expect(currentStreak(attempts, new Date('2025-04-01T18:00:00.000Z'), 'Europe/Paris')).toBe(4);
	});

	it('is zero with no practice at all', () => {
		expect(currentStreak([], new Date('2025-03-10T09:00:00.000Z'), 'UTC')).toBe(0);
		expect(daysPractised([])).toEqual([]);
	});
});

describe('readingsProgress', () => {
	it("gives each reading's progress from one pass, the same as asking one at a time", () => {
		const record = buildProgress({
			attempts: [
				buildAttempt({ id: '1', questionId: 'q-1', ...wrong }),
				buildAttempt({ id: '2', questionId: 'q-3', at: '2025-03-10T09:05:00.000Z' })
			],
			readings: { 'r-2': buildVisit({ secondsSpent: 30 }) }
		});
		const all = [...readings, buildReading({ id: 'r-9' })];
		expect(readingsProgress(record, questions, all)).toEqual(
			all.map((reading) => readingProgress(record, questions, reading.id))
		);
	});

	it('counts an attempt added to the list in place after the list was first asked about', () => {
		const attempts = [buildAttempt({ id: '1', questionId: 'q-1' })];
		const record = buildProgress({ attempts });
		expect(readingProgress(record, questions, 'r-1').answered).toBe(1);
		attempts.push(buildAttempt({ id: '2', questionId: 'q-2', at: '2025-03-10T09:01:00.000Z' }));
		expect(readingProgress(record, questions, 'r-1').answered).toBe(2);
	});
});

describe('statistics on attempts in any order', () => {
	const timeArb = fc
		.integer({ min: Date.parse('2025-03-01T00:00:00Z'), max: Date.parse('2025-03-20T00:00:00Z') })
		.map((time) => new Date(time).toISOString());
	const attemptsArb = fc.uniqueArray(
		fc.record({
			id: fc.stringMatching(/^[a-z0-9]{1,4}$/),
			questionId: fc.constantFrom('q-1', 'q-2', 'q-3', 'check', 'gone'),
			// Few distinct times, so that ties are settled by id.
			at: fc.oneof(
				timeArb,
				fc.constantFrom('2025-03-10T09:00:00.000Z', '2025-03-10T10:00:00+01:00')
			),
			score: fc.constantFrom(0, 1 / 3, 0.5, 1)
		}),
		{ selector: (attempt) => attempt.id, maxLength: 25 }
	);
	const built = (attempts: Partial<Attempt>[]) =>
		attempts.map((attempt) => buildAttempt({ ...attempt, correct: attempt.score === 1 }));

	/** Every attempt sorted, the slow and obvious way. */
	const sorted = (attempts: readonly Attempt[]) =>
		[...attempts].sort(
			(a, b) =>
				Date.parse(a.at) - Date.parse(b.at) ||
				(a.at < b.at ? -1 : a.at > b.at ? 1 : 0) ||
				(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
		);

	it('finds the same first tries, latest attempts and groups as sorting everything would', () => {
		fc.assert(
			fc.property(attemptsArb, (given) => {
				const attempts = built(given);
				const inOrder = sorted(attempts);
				const first = inOrder.filter(
					(attempt, i) => inOrder.findIndex((a) => a.questionId === attempt.questionId) === i
				);
				expect(firstTries(attempts)).toEqual(first);
				expect(latestAttempt(attempts, 'q-1')).toEqual(
					inOrder.filter((attempt) => attempt.questionId === 'q-1').at(-1) ?? null
				);
				expect([...groupByQuestion(attempts).values()].flat()).toEqual(
					[...new Set(inOrder.map((attempt) => attempt.questionId))].flatMap((id) =>
						inOrder.filter((attempt) => attempt.questionId === id)
					)
				);
			})
		);
	});

	it('scores readings and the article from first tries alone, whatever order attempts are kept in', () => {
		fc.assert(
			fc.property(attemptsArb, (given) => {
				const attempts = built(given);
				const record = buildProgress({ attempts });
				const reversed = buildProgress({ attempts: [...attempts].reverse() });
				expect(articleTotals(reversed, questions, readings)).toEqual(
					articleTotals(record, questions, readings)
				);
				const first = firstTries(attempts).filter((attempt) => attempt.questionId !== 'gone');
				const onReadings = first.filter((attempt) => attempt.questionId !== 'check');
				expect(articleTotals(record, questions, readings)).toMatchObject({
					answered: onReadings.length,
					percent: Math.round((100 * onReadings.reduce((sum, a) => sum + a.score, 0)) / 3)
				});
			})
		);
	});
});

describe('currentStreak from days already worked out', () => {
	it('gives the same streak as working the days out again', () => {
		const attempts = ['2025-03-08', '2025-03-09', '2025-03-10'].map((day, i) =>
			buildAttempt({ id: String(i), at: `${day}T09:00:00.000Z` })
		);
		const today = new Date('2025-03-10T20:00:00.000Z');
		const days = daysPractised(attempts, 'UTC');
		expect(currentStreak([], today, 'UTC', days)).toBe(3);
		expect(currentStreak(attempts, today, 'UTC', days)).toBe(currentStreak(attempts, today, 'UTC'));
	});
});
