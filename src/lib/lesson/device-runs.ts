/**
 * The lesson runs on this device, as a study session sees them: with `device-record.ts`, the one
 * place study code meets storage. Apart from it so that a reading page loads no lesson code.
 */
import { lessonRuns } from '$lib/lesson/student-state.svelte';
import type { LessonRunRecord } from '$lib/study/study-record';

export const deviceRuns: LessonRunRecord = {
	get runsReady() {
		return lessonRuns.ready;
	},
	get studentName() {
		return lessonRuns.studentName;
	},
	runOf(lessonId) {
		return lessonRuns.runOf(lessonId);
	},
	startRun(lessonId, studentName) {
		lessonRuns.start(lessonId, studentName);
	},
	finishRun(lessonId) {
		lessonRuns.finish(lessonId);
	}
};
