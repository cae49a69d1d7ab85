/**
 * A study session's record on this device: the one place study code meets the progress record
 * and the lesson runs, through their public intent methods. When persistence changes, adapt here.
 */
import { finishRun, runOf, startRun } from '$lib/lesson/lesson-runs';
import { lessonRuns } from '$lib/lesson/student-state.svelte';
import { progress } from '$lib/progress/progress.svelte';
import type { StudyRecord } from './study-record';

export const deviceRecord: StudyRecord = {
	get answersReady() {
		return progress.ready;
	},
	get attempts() {
		return progress.record.attempts;
	},
	answer(question, response, { lessonId, finishesReading }) {
		const attempt = progress.answer(question, response, lessonId);
		if (finishesReading !== null) {
			progress.finishReading(finishesReading);
		}
		return attempt;
	},
	openReading(readingId) {
		progress.openReading(readingId);
	},
	addTime(readingId, seconds) {
		progress.addTime(readingId, seconds);
	},
	get runsReady() {
		return lessonRuns.ready;
	},
	get studentName() {
		return lessonRuns.value.studentName;
	},
	runOf(lessonId) {
		return runOf(lessonRuns.value, lessonId);
	},
	startRun(lessonId, studentName) {
		const now = new Date().toISOString();
		lessonRuns.update((record) => startRun(record, lessonId, studentName, now));
	},
	finishRun(lessonId) {
		const now = new Date().toISOString();
		lessonRuns.update((record) => finishRun(record, lessonId, now));
	}
};
