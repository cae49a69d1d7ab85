import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import {
	deleteLesson,
	emptyTeacherLessons,
	liveLessons,
	mergeTeacherLessons,
	parseTeacherLessons,
	saveLesson
} from './teacher-lessons';

const lesson = buildLesson();
const entry = (id: string) => ({ id, lesson, fragment: `v1.${id}` });

describe("the teacher's saved lessons", () => {
	it('keeps a saved lesson once, however often it is saved', () => {
		let record = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		record = saveLesson(record, entry('A'), '2026-01-02T09:00:00.000Z');
		expect(liveLessons(record)).toHaveLength(1);
		expect(liveLessons(record)[0]?.savedAt).toBe('2026-01-02T09:00:00.000Z');
	});

	it('lists the newest first', () => {
		let record = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		record = saveLesson(record, entry('B'), '2026-01-03T09:00:00.000Z');
		expect(liveLessons(record).map((saved) => saved.id)).toEqual(['B', 'A']);
	});

	it('does not bring back a deleted lesson when another tab still has it', () => {
		const saved = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		const deleted = deleteLesson(saved, 'A', '2026-01-02T09:00:00.000Z');
		expect(liveLessons(mergeTeacherLessons(saved, deleted))).toEqual([]);
		expect(liveLessons(mergeTeacherLessons(deleted, saved))).toEqual([]);
	});

	it('lets a lesson saved again after deletion come back', () => {
		const saved = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		const deleted = deleteLesson(saved, 'A', '2026-01-02T09:00:00.000Z');
		const again = saveLesson(deleted, entry('A'), '2026-01-03T09:00:00.000Z');
		expect(liveLessons(mergeTeacherLessons(deleted, again))).toHaveLength(1);
	});

	it('merges two tabs without losing either', () => {
		const one = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		const two = saveLesson(emptyTeacherLessons(), entry('B'), '2026-01-01T10:00:00.000Z');
		expect(mergeTeacherLessons(one, two)).toEqual(mergeTeacherLessons(two, one));
		expect(liveLessons(mergeTeacherLessons(one, two))).toHaveLength(2);
	});

	it('refuses stored data of another shape, with a reason', () => {
		expect(parseTeacherLessons({ version: 1, lessons: [{ id: 'A' }] }).ok).toBe(false);
		expect(parseTeacherLessons('lessons').ok).toBe(false);
		const record = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z');
		expect(parseTeacherLessons(JSON.parse(JSON.stringify(record)))).toEqual({
			ok: true,
			value: record
		});
	});

	it('remembers when a lesson was first made here, however often it is saved again', () => {
		let record = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z', true);
		record = saveLesson(record, entry('A'), '2026-01-05T09:00:00.000Z', true);
		const deleted = deleteLesson(record, 'A', '2026-01-06T09:00:00.000Z');
		record = saveLesson(deleted, entry('A'), '2026-01-07T09:00:00.000Z', true);
		expect(liveLessons(record)[0]).toMatchObject({
			savedAt: '2026-01-07T09:00:00.000Z',
			madeAt: '2026-01-01T09:00:00.000Z'
		});
	});

	it('keeps the earlier creation time when two tabs saved the same lesson', () => {
		const one = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-02T09:00:00.000Z', true);
		const two = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-01T09:00:00.000Z', true);
		for (const merged of [mergeTeacherLessons(one, two), mergeTeacherLessons(two, one)]) {
			expect(merged.lessons[0]).toMatchObject({
				savedAt: '2026-01-02T09:00:00.000Z',
				madeAt: '2026-01-01T09:00:00.000Z'
			});
		}
	});

	it('reads a lesson saved before creation times were kept, and never guesses one for it', () => {
		const old = {
			version: 1,
			lessons: [
				{
					id: 'A',
					lesson,
					fragment: 'v1.A',
					savedAt: '2026-01-01T09:00:00.000Z',
					deletedAt: null
				}
			]
		};
		const parsed = parseTeacherLessons(JSON.parse(JSON.stringify(old)));
		expect(parsed.ok && parsed.value.lessons[0]?.id).toBe('A');
		const record = parsed.ok ? parsed.value : emptyTeacherLessons();
		const saved = saveLesson(record, entry('A'), '2026-02-01T09:00:00.000Z', true);
		expect(liveLessons(saved)[0]?.madeAt).toBeUndefined();
		const fresh = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-03T09:00:00.000Z', true);
		expect(mergeTeacherLessons(saved, fresh).lessons[0]?.madeAt).toBe('2026-01-03T09:00:00.000Z');
	});

	it('does not take opening a lesson from a pasted link for making it', () => {
		const opened = saveLesson(emptyTeacherLessons(), entry('A'), '2026-01-04T09:00:00.000Z');
		expect(liveLessons(opened)[0]?.madeAt).toBeUndefined();
		// Made in the builder afterwards: it was already kept, made at a time not known.
		const remade = saveLesson(opened, entry('A'), '2026-01-05T09:00:00.000Z', true);
		expect(liveLessons(remade)[0]?.madeAt).toBeUndefined();
	});
});
