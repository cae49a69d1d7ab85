/**
 * A student's lessons on this device: the name they gave, and when each lesson was started and
 * finished. The answers themselves are attempts in the progress record, tagged with the lesson's
 * id, so they also count toward the student's own progress.
 */
import * as v from 'valibot';
import { parseWith } from '../storage/parsed';

export const LESSON_RUNS_KEY = 'close-read:lesson-runs';

const timestamp = v.pipe(v.string(), v.isoTimestamp());

const lessonRunSchema = v.object({
	lessonId: v.string(),
	startedAt: timestamp,
	finishedAt: v.nullable(timestamp)
});

export const lessonRunsSchema = v.object({
	version: v.literal(1),
	/** Remembered on this device for the next lesson; the student can change it. */
	studentName: v.string(),
	runs: v.array(lessonRunSchema)
});

export type LessonRun = v.InferOutput<typeof lessonRunSchema>;
export type LessonRuns = v.InferOutput<typeof lessonRunsSchema>;

export function emptyLessonRuns(): LessonRuns {
	return { version: 1, studentName: '', runs: [] };
}

export const parseLessonRuns = parseWith(
	lessonRunsSchema,
	'The saved lessons are not in a shape this version of Close Read knows.'
);

const earliest = (a: string | null, b: string | null) =>
	a === null ? b : b === null ? a : a < b ? a : b;

/** One run per lesson: the first start and the first finish count. The name: ours. */
export function mergeLessonRuns(stored: LessonRuns, ours: LessonRuns): LessonRuns {
	const byLesson = new Map<string, LessonRun>();
	for (const run of [...stored.runs, ...ours.runs]) {
		const other = byLesson.get(run.lessonId);
		byLesson.set(
			run.lessonId,
			other
				? {
						lessonId: run.lessonId,
						startedAt: earliest(other.startedAt, run.startedAt) ?? run.startedAt,
						finishedAt: earliest(other.finishedAt, run.finishedAt)
					}
				: run
		);
	}
	return {
		version: 1,
		studentName: ours.studentName || stored.studentName,
		runs: [...byLesson.values()].sort((a, b) => a.lessonId.localeCompare(b.lessonId))
	};
}

export function startRun(
	record: LessonRuns,
	lessonId: string,
	name: string,
	at: string
): LessonRuns {
	const run = record.runs.find((candidate) => candidate.lessonId === lessonId);
	return {
		version: 1,
		studentName: name,
		runs: run ? record.runs : [...record.runs, { lessonId, startedAt: at, finishedAt: null }]
	};
}

export function finishRun(record: LessonRuns, lessonId: string, at: string): LessonRuns {
	return {
		...record,
		runs: record.runs.map((run) =>
			run.lessonId === lessonId && run.finishedAt === null ? { ...run, finishedAt: at } : run
		)
	};
}

export function runOf(record: LessonRuns, lessonId: string): LessonRun | null {
	return record.runs.find((run) => run.lessonId === lessonId) ?? null;
}
