/**
 * The teacher's records in their own browser: the lessons they made and the hand-ins they
 * collected, each under the same no-loss rules as a student's progress. Each method is one thing
 * the teacher did, stamped with its own time; the rules live in the pure modules.
 */
import { KeptRecord } from '$lib/storage/kept-record.svelte';
import type { Backup } from '$lib/storage/stored-record';
import {
	addHandIn,
	chooseHandIn,
	CLASS_RECORD_KEY,
	dropSetAside,
	emptyClassRecord,
	labelClass,
	mergeClassRecords,
	parseClassRecord,
	removeHandIns,
	renameHandIn,
	setHandInRemoved,
	restoreClassRecord,
	type ClassRecord,
	type HandIn
} from './class-record';
import {
	deleteLesson,
	emptyTeacherLessons,
	mergeTeacherLessons,
	parseTeacherLessons,
	saveLesson,
	TEACHER_LESSONS_KEY,
	type SavedLesson,
	type TeacherLessons
} from './teacher-lessons';

class SavedLessons extends KeptRecord<TeacherLessons> {
	constructor() {
		super({
			key: TEACHER_LESSONS_KEY,
			parse: parseTeacherLessons,
			empty: emptyTeacherLessons,
			merge: mergeTeacherLessons
		});
	}

	/**
	 * Keeps a lesson (again), as the latest saved; a deleted one comes back. `madeHere` when the
	 * teacher made it in this browser just now: see `saveLesson`.
	 */
	save(entry: Pick<SavedLesson, 'id' | 'lesson' | 'fragment'>, madeHere = false): void {
		const at = new Date().toISOString();
		this.stored.update((record) => saveLesson(record, entry, at, madeHere));
	}

	delete(id: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => deleteLesson(record, id, at));
	}

	/** Adds saved lessons from elsewhere (a backup); merging keeps the later change of each. */
	merge(imported: TeacherLessons): void {
		this.stored.update((record) => mergeTeacherLessons(record, imported));
	}
}

class ClassResults extends KeptRecord<ClassRecord> {
	constructor() {
		super({
			key: CLASS_RECORD_KEY,
			parse: parseClassRecord,
			empty: emptyClassRecord,
			merge: mergeClassRecords
		});
	}

	/** Keeps a pasted code or dropped file for a lesson; the same text twice is one hand-in. */
	handIn(lessonId: string, input: { source: string; text: string }): void {
		const at = new Date().toISOString();
		this.stored.update((record) => addHandIn(record, { lessonId, ...input }, at));
	}

	/** Sets aside every hand-in of a lesson. */
	clear(lessonId: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => removeHandIns(record, lessonId, at));
	}

	/** Brings back hand-ins cleared this visit (Undo), each with the time it was first added. */
	restore(lessonId: string, handIns: readonly HandIn[]): void {
		this.stored.update((record) =>
			handIns.reduce(
				(kept, { source, text, addedAt }) => addHandIn(kept, { lessonId, source, text }, addedAt),
				record
			)
		);
	}

	/** Adds hand-ins from elsewhere (a backup); merging keeps the later change of each. */
	merge(imported: ClassRecord): void {
		this.stored.update((record) => mergeClassRecords(record, imported));
	}

	/** Counts `submissionId` for a student who handed in more than once ('' for the latest). */
	choose(lessonId: string, studentKey: string, submissionId: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) =>
			chooseHandIn(record, { lessonId, studentKey, submissionId }, at)
		);
	}

	/** Takes one student's hand-in out of the lesson's table; `bringBack` undoes it. */
	removeOne(lessonId: string, submissionId: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) =>
			setHandInRemoved(record, { lessonId, submissionId, removed: true }, at)
		);
	}

	/** Puts a removed hand-in back in the table (Undo). */
	bringBack(lessonId: string, submissionId: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) =>
			setHandInRemoved(record, { lessonId, submissionId, removed: false }, at)
		);
	}

	/** Corrects a mistyped name on one hand-in; an empty name goes back to the name as typed. */
	rename(lessonId: string, submissionId: string, name: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => renameHandIn(record, { lessonId, submissionId, name }, at));
	}

	/** Names the class that took the lesson ("Period 3"); empty for none. */
	label(lessonId: string, label: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => labelClass(record, { lessonId, label }, at));
	}

	/** The backups of this record kept in this browser, oldest first. */
	backups(): Backup[] {
		return this.stored.backups();
	}

	/**
	 * Adds what a backup (kept here or downloaded) holds; nothing kept now is replaced. Says how
	 * many hand-ins came back, or why the backup could not be read.
	 */
	restoreBackup(text: string): ReturnType<typeof restoreClassRecord> {
		const read = restoreClassRecord(this.value, text);
		if (read.ok) {
			this.stored.update((record) => {
				const again = restoreClassRecord(record, text);
				return again.ok ? again.value : record;
			});
		}
		return read;
	}

	/** Forgets a part that could not be read, once the teacher has downloaded it. */
	forgetSetAside(text: string): void {
		this.stored.update((record) => dropSetAside(record, text));
	}
}

export const teacherLessons = new SavedLessons();
export const classRecord = new ClassResults();
