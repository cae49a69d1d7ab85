import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	CLASS_RECORD_KEY,
	handInsFor,
	labelFor,
	parseClassRecord,
	removedFor,
	renamesFor
} from './class-record';
import { buildLesson } from '../../test-data/lessons';
import { lessonRuns } from './student-state.svelte';
import { classRecord, teacherLessons } from './teacher-state.svelte';
import { liveLessons, parseTeacherLessons, TEACHER_LESSONS_KEY } from './teacher-lessons';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour));
const storedJson = (key: string): unknown => JSON.parse(localStorage.getItem(key) ?? 'null');

afterEach(() => {
	vi.useRealTimers();
});

describe('the teacher’s saved lessons', () => {
	it('saves a lesson stamped with the time, and deletes it so a reload still has it deleted', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		teacherLessons.save({ id: 'LESSON01', lesson: buildLesson(), fragment: 'abc' });
		expect(teacherLessons.value.lessons[0]?.savedAt).toBe(at(9).toISOString());

		vi.setSystemTime(at(10));
		teacherLessons.delete('LESSON01');
		const stored = parseTeacherLessons(storedJson(TEACHER_LESSONS_KEY));
		expect(stored.ok && liveLessons(stored.value)).toEqual([]);
		expect(stored.ok && stored.value.lessons[0]?.deletedAt).toBe(at(10).toISOString());
	});
});

describe('the teacher’s class results', () => {
	it('keeps a hand-in, clears it, and brings it back on Undo, in storage too', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		classRecord.handIn('LESSON02', { source: 'pasted text', text: 'CR1-AAAAA' });
		vi.setSystemTime(at(10));
		const kept = handInsFor(classRecord.value, 'LESSON02');
		classRecord.clear('LESSON02');
		expect(handInsFor(classRecord.value, 'LESSON02')).toEqual([]);

		classRecord.restore('LESSON02', kept);
		const stored = parseClassRecord(storedJson(CLASS_RECORD_KEY));
		expect(stored.ok && handInsFor(stored.value, 'LESSON02').map((h) => h.text)).toEqual([
			'CR1-AAAAA'
		]);
		expect(classRecord.storage).toEqual({ kind: 'kept' });
	});
});

describe('the teacher’s corrections to a class', () => {
	it('removes one student’s hand-in and brings it back on Undo, in storage too', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		classRecord.removeOne('LESSON04', 'abc-12');
		expect([...removedFor(classRecord.value, 'LESSON04')]).toEqual(['abc-12']);
		vi.setSystemTime(at(10));
		classRecord.bringBack('LESSON04', 'abc-12');
		const stored = parseClassRecord(storedJson(CLASS_RECORD_KEY));
		expect(stored.ok && [...removedFor(stored.value, 'LESSON04')]).toEqual([]);
	});

	it('corrects a student’s name on one hand-in, and goes back to the typed name when emptied', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		classRecord.rename('LESSON05', 'abc-12', '  Ana Lima ');
		const stored = parseClassRecord(storedJson(CLASS_RECORD_KEY));
		expect(stored.ok && [...renamesFor(stored.value, 'LESSON05')]).toEqual([
			['abc-12', 'Ana Lima']
		]);
		vi.setSystemTime(at(10));
		classRecord.rename('LESSON05', 'abc-12', '');
		expect(renamesFor(classRecord.value, 'LESSON05').size).toBe(0);
	});

	it('keeps a label for the class, apart from the lesson’s title', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		classRecord.label('LESSON06', 'Period 3');
		const stored = parseClassRecord(storedJson(CLASS_RECORD_KEY));
		expect(stored.ok && labelFor(stored.value, 'LESSON06')).toBe('Period 3');
		expect(labelFor(classRecord.value, 'LESSON07')).toBe('');
	});
});

describe('the student’s lesson runs', () => {
	it('remembers the name and when the lesson was started and handed in', () => {
		vi.useFakeTimers({ now: at(9), toFake: ['Date'] });
		lessonRuns.start('LESSON03', 'Ada');
		vi.setSystemTime(at(10));
		lessonRuns.finish('LESSON03');
		expect(lessonRuns.studentName).toBe('Ada');
		expect(lessonRuns.runOf('LESSON03')).toEqual({
			lessonId: 'LESSON03',
			startedAt: at(9).toISOString(),
			finishedAt: at(10).toISOString()
		});
	});
});
