import { describe, expect, it } from 'vitest';
import { buildQuestion, buildReading } from '../../test-data/progress';
import { buildLesson } from '../../test-data/lessons';
import { lessonParts, partFromSearch, queryWithPart } from './lesson-parts';

const readings = [
	buildReading({ id: 'one', title: 'One' }),
	buildReading({ id: 'two', title: 'Two' })
];
const questions = [
	buildQuestion({ id: 'a', readingId: 'one' }),
	buildQuestion({ id: 'b', readingId: 'two' }),
	buildQuestion({ id: 'c', readingId: 'one' }),
	buildQuestion({ id: 'x', readingId: null }),
	buildQuestion({ id: 'y', readingId: null, articleId: 'second' })
];
const articles = [
	{ id: 'article', title: 'Article' },
	{ id: 'second', title: 'Second article' }
];

describe('lesson parts', () => {
	it('group the chosen questions by reading, in the order the teacher chose them', () => {
		const parts = lessonParts(
			buildLesson({ questionIds: ['b', 'a', 'x', 'c'] }),
			readings,
			questions,
			articles
		);
		expect(parts.map((part) => [part.key, part.questions.map((q) => q.id)])).toEqual([
			['two', ['b']],
			['one', ['a', 'c']],
			['article:article', ['x']]
		]);
		expect(parts[2]?.reading).toBeNull();
		expect(parts[2]?.article?.title).toBe('Article');
	});

	it('leave out questions the bank no longer has', () => {
		const parts = lessonParts(
			buildLesson({ questionIds: ['gone', 'a'] }),
			readings,
			questions,
			articles
		);
		expect(parts.flatMap((part) => part.questions.map((q) => q.id))).toEqual(['a']);
	});

	it('put everything beside the whole article when the lesson asks for it', () => {
		const parts = lessonParts(
			buildLesson({ questionIds: ['a', 'b'], wholeArticle: true }),
			readings,
			questions,
			articles
		);
		expect(parts).toHaveLength(1);
		expect(parts[0]?.title).toBe('Article');
		expect(parts[0]?.article?.id).toBe('article');
	});

	it('show each whole-article question beside its own article, never the first one', () => {
		const parts = lessonParts(
			buildLesson({ questionIds: ['y', 'x'], wholeArticle: true }),
			readings,
			questions,
			articles
		);
		expect(parts.map((part) => [part.title, part.questions.map((q) => q.id)])).toEqual([
			['Second article', ['y']],
			['Article', ['x']]
		]);
	});
});

describe('the part in the lesson’s address', () => {
	it('reads the part a reloaded address was on, counted from 1', () => {
		expect(partFromSearch('?part=3', 4)).toBe(2);
		expect(partFromSearch('?preview&part=1', 4)).toBe(0);
	});

	it('starts at the first part for no part, a part out of range, or one that is not a number', () => {
		for (const search of ['', '?part=', '?part=0', '?part=5', '?part=-1', '?part=2.5', '?part=x']) {
			expect(partFromSearch(search, 4), search).toBe(0);
		}
	});

	it('writes the part and keeps the other parameters, such as a teacher’s preview', () => {
		expect(queryWithPart('?preview', 2)).toBe('preview=&part=3');
		expect(partFromSearch(queryWithPart('?preview=&part=3', 0), 4)).toBe(0);
		expect(new URLSearchParams(queryWithPart('?preview', 2)).has('preview')).toBe(true);
	});
});
