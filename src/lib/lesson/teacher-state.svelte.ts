/**
 * The teacher's records in their own browser: the lessons they made and the hand-ins they
 * collected, each under the same no-loss rules as a student's progress.
 */
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import {
	CLASS_RECORD_KEY,
	emptyClassRecord,
	mergeClassRecords,
	parseClassRecord
} from './class-record';
import {
	emptyTeacherLessons,
	mergeTeacherLessons,
	parseTeacherLessons,
	TEACHER_LESSONS_KEY
} from './teacher-lessons';

export const teacherLessons = new PersistedRecord({
	key: TEACHER_LESSONS_KEY,
	parse: parseTeacherLessons,
	empty: emptyTeacherLessons,
	merge: mergeTeacherLessons
});

export const classRecord = new PersistedRecord({
	key: CLASS_RECORD_KEY,
	parse: parseClassRecord,
	empty: emptyClassRecord,
	merge: mergeClassRecords
});
