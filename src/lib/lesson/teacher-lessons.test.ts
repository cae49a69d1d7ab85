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
});
