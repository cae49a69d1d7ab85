/**
 * The student's lesson runs on this device, under the same no-loss rules as progress. Each
 * method is one thing the student did, stamped with its own time.
 */
import { KeptRecord } from '$lib/storage/kept-record.svelte';
import {
	emptyLessonRuns,
	finishRun,
	LESSON_RUNS_KEY,
	mergeLessonRuns,
	parseLessonRuns,
	runOf,
	startRun,
	type LessonRun,
	type LessonRuns as LessonRunsRecord
} from './lesson-runs';

class LessonRuns extends KeptRecord<LessonRunsRecord> {
	constructor() {
		super({
			key: LESSON_RUNS_KEY,
			parse: parseLessonRuns,
			empty: emptyLessonRuns,
			merge: mergeLessonRuns
		});
	}

	/** The name the student last gave, for the next lesson. */
	get studentName(): string {
		return this.value.studentName;
	}

	runOf(lessonId: string): LessonRun | null {
		return runOf(this.value, lessonId);
	}

	/** Starts a lesson under the name given; starting it again keeps the first start. */
	start(lessonId: string, name: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => startRun(record, lessonId, name, at));
	}

	/** Hands the lesson in; the first finish counts. */
	finish(lessonId: string): void {
		const at = new Date().toISOString();
		this.stored.update((record) => finishRun(record, lessonId, at));
	}
}

export const lessonRuns = new LessonRuns();
