import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildLesson, lessonArb } from '../../test-data/lessons';
import { lessonIdentity, lessonSchema, type Lesson } from './lesson';

const accepts = (lesson: unknown) => v.safeParse(lessonSchema, lesson).success;

describe('lessonSchema', () => {
	it('accepts a lesson with empty instructions, no readings and no due date', () => {
		expect(accepts(buildLesson({ instructions: '', readingIds: [], dueDate: null }))).toBe(true);
	});

	it('accepts every lesson the arbitraries make, so the round-trip tests cover real lessons', () => {
		fc.assert(
			fc.property(lessonArb, (lesson) => {
				expect(accepts(lesson)).toBe(true);
			})
		);
	});

	it.each<[string, Partial<Lesson>]>([
		['a blank title', { title: '   ' }],
		['no questions', { questionIds: [] }],
		['the same question twice', { questionIds: ['a', 'a'] }],
		['a question id that is not an id', { questionIds: ['Who came?'] }],
		['a date that does not exist', { dueDate: '2025-02-30' }],
		['a date in another format', { dueDate: '10/03/2025' }],
		['a pass mark over 100', { passMark: 101 }],
		['a pass mark with a fraction', { passMark: 50.5 }],
		['no attempts at all', { attemptsPerQuestion: 0 }],
		['instructions with half a surrogate pair', { instructions: 'a\uD83D' }]
	])('refuses %s', (_, overrides) => {
		expect(accepts(buildLesson(overrides))).toBe(false);
	});

	it('refuses a field it does not know', () => {
		expect(accepts({ ...buildLesson(), extra: true })).toBe(false);
	});
});

describe('lessonIdentity', () => {
	it('is eight base32 symbols', () => {
		fc.assert(
			fc.property(lessonArb, (lesson) => {
				expect(lessonIdentity(lesson)).toMatch(/^[0-9A-HJKMNP-TV-Z]{8}$/);
			})
		);
	});

	it('does not depend on the order of the keys', () => {
		const lesson = buildLesson();
		const reversed = Object.fromEntries(Object.entries(lesson).reverse()) as Lesson;
		expect(lessonIdentity(reversed)).toBe(lessonIdentity(lesson));
	});

	it('changes with any change to the lesson, even the title or the order of questions', () => {
		const lesson = buildLesson();
		const variants = [
			buildLesson({ title: 'Back at the table!' }),
			buildLesson({ questionIds: [...lesson.questionIds].reverse() }),
			buildLesson({ dueDate: '2025-03-14' }),
			buildLesson({ passMark: 61 }),
			buildLesson({ feedback: 'end' })
		];
		const ids = new Set([lesson, ...variants].map(lessonIdentity));
		expect(ids.size).toBe(variants.length + 1);
	});

	it('stays the same from one release to the next, since handed-in codes carry it', () => {
		expect(lessonIdentity(buildLesson())).toMatchInlineSnapshot(`"45N5BYYQ"`);
	});
});
