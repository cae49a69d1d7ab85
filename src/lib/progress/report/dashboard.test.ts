import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardQuestion } from './dashboard';
import { buildAttempt, buildProgress } from '../../../test-data/progress';

const readings = [
	{ id: 'one', title: 'One' },
	{ id: 'two', title: 'Two' }
];
const questions: DashboardQuestion[] = [
	{ id: 'one-a', articleId: 'article', readingId: 'one', skill: 'key-detail' },
	{ id: 'one-b', articleId: 'article', readingId: 'one', skill: 'inference' },
	{ id: 'two-a', articleId: 'article', readingId: 'two', skill: 'key-detail' },
	{ id: 'check-a', articleId: 'article', readingId: null, skill: 'main-idea' }
];
const articles = [{ id: 'article', title: 'The article' }];
const now = new Date('2026-05-10T12:00:00Z');
const at = (day: number, minute = 0) => new Date(Date.UTC(2026, 4, day, 9, minute)).toISOString();

describe('the progress dashboard', () => {
	it('suggests the first reading to a new student', () => {
		const dashboard = buildDashboard(buildProgress(), readings, questions, articles, now);
		expect(dashboard.next).toEqual({ kind: 'start', readingId: 'one' });
		expect(dashboard.totals.answered).toBe(0);
		expect(dashboard.daysPractised).toBe(0);
		expect(dashboard.articleChecks).toEqual([
			{ articleId: 'article', title: 'The article', total: 1, answered: 0, correctFirstTry: 0 }
		]);
	});

	it('counts readings, days and the streak, and queues what went wrong for review', () => {
		const record = buildProgress({
			attempts: [
				buildAttempt({
					id: 'a1',
					questionId: 'one-a',
					readingId: 'one',
					at: at(8),
					correct: true,
					score: 1
				}),
				buildAttempt({
					id: 'a2',
					questionId: 'one-b',
					readingId: 'one',
					at: at(9),
					correct: false,
					score: 0
				}),
				buildAttempt({
					id: 'a3',
					questionId: 'two-a',
					readingId: 'two',
					at: at(10),
					correct: true,
					score: 1
				})
			]
		});
		const dashboard = buildDashboard(record, readings, questions, articles, now);
		expect(
			dashboard.readings.map((reading) => [reading.id, reading.answered, reading.finished])
		).toEqual([
			['one', 2, true],
			['two', 1, true]
		]);
		expect(dashboard.daysPractised).toBe(3);
		expect(dashboard.streak).toBe(3);
		expect(dashboard.reviews.map((item) => item.questionId)).toContain('one-b');
		expect(dashboard.next).toMatchObject({ kind: 'review' });
		const keyDetail = dashboard.mastery.find((skill) => skill.skill === 'key-detail');
		expect(keyDetail?.answered).toBe(2);
	});

	it('offers the whole-article check once every reading is done and nothing is due', () => {
		const record = buildProgress({
			attempts: ['one-a', 'one-b', 'two-a'].map((questionId, i) =>
				buildAttempt({ id: `r${i}`, questionId, at: at(9, i), correct: true, score: 1 })
			)
		});
		const dashboard = buildDashboard(record, readings, questions, articles, now);
		expect(dashboard.next).toEqual({
			kind: 'article-check',
			articleId: 'article',
			questionIds: ['check-a']
		});
	});

	it('offers the check of the article whose check is still open, whatever the article order', () => {
		const second = [
			...questions,
			{ id: 'check-b', articleId: 'second', readingId: null, skill: 'main-idea' as const }
		];
		const record = buildProgress({
			attempts: ['one-a', 'one-b', 'two-a', 'check-a'].map((questionId, i) =>
				buildAttempt({ id: `r${i}`, questionId, at: at(9, i), correct: true, score: 1 })
			)
		});
		const dashboard = buildDashboard(
			record,
			readings,
			second,
			[...articles, { id: 'second', title: 'Second' }],
			now
		);
		expect(dashboard.articleChecks.map((check) => [check.title, check.answered])).toEqual([
			['The article', 1],
			['Second', 0]
		]);
		expect(dashboard.next).toEqual({
			kind: 'article-check',
			articleId: 'second',
			questionIds: ['check-b']
		});
	});
});
