/** The student's lesson runs on this device, under the same no-loss rules as progress. */
import { PersistedRecord } from '$lib/storage/persisted-record.svelte';
import { emptyLessonRuns, LESSON_RUNS_KEY, mergeLessonRuns, parseLessonRuns } from './lesson-runs';

export const lessonRuns = new PersistedRecord({
	key: LESSON_RUNS_KEY,
	parse: parseLessonRuns,
	empty: emptyLessonRuns,
	merge: mergeLessonRuns
});
