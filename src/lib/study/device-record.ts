/**
 * A study session's record on this device: with `device-runs.ts`, the one place study code meets
 * the progress record, through its public intent methods. When persistence changes, adapt here.
 */
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
		// Answering the last question of a reading and finishing it are one write.
		if (finishesReading !== null && finishesReading !== question.readingId) {
			progress.finishReading(finishesReading);
		}
		return progress.answer(question, response, lessonId, {
			finishesReading: finishesReading === question.readingId
		});
	},
	openReading(readingId) {
		progress.openReading(readingId);
	},
	addTime(readingId, seconds) {
		progress.addTime(readingId, seconds);
	}
};
