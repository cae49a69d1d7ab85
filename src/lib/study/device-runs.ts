/**
 * The lesson runs on this device, as a study session sees them: with `device-record.ts`, the one
 * place study code meets storage. Apart from it so that a reading page loads no lesson code.
 */
import { finishRun, runOf, startRun } from '$lib/lesson/lesson-runs';
import { lessonRuns } from '$lib/lesson/student-state.svelte';
import type { LessonRunRecord } from './study-record';

export const deviceRuns: LessonRunRecord = {
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
