/**
 * A lesson whose run and answers live in memory for the visit, not in the device's progress:
 * - a teacher's preview runs exactly as a student's lesson does and keeps nothing; it reads the
 *   name remembered on the device, as the student's form would, but never changes it;
 * - a lesson an LMS launched from a SCORM package: the LMS keeps it (`onchange` reports each
 *   change, and `restored` brings back what the LMS kept from the last visit).
 */
import {
	emptyLessonRuns,
	finishRun,
	runOf,
	startRun,
	type LessonRun
} from '$lib/lesson/lesson-runs';
import { gradedAttempt } from '$lib/progress/graded-attempt';
import type { Attempt } from '$lib/progress/record';
import { isoNow, realClock, type Clock } from '$lib/study/clock';
import type { LessonRunRecord, StudyRecord } from '$lib/study/study-record';

export interface MemoryRecordOptions {
	now?: Clock;
	/** What an LMS kept from the student's last visit to this lesson. */
	restored?: {
		lessonId: string;
		attempts: Attempt[];
		run: { startedAt: string; finishedAt: string | null };
	} | null;
	/** Called after every answer, start and finish: an LMS is told at once. */
	onchange?: () => void;
}

export class MemoryRecord implements StudyRecord, LessonRunRecord {
	#attempts = $state.raw<Attempt[]>([]);
	#runs = $state.raw(emptyLessonRuns());
	readonly #device: Pick<LessonRunRecord, 'studentName'>;
	readonly #now: Clock;
	readonly #onchange: () => void;

	readonly answersReady = true;
	readonly runsReady = true;

	constructor(
		device: Pick<LessonRunRecord, 'studentName'>,
		{ now = realClock, restored, onchange = () => {} }: MemoryRecordOptions = {}
	) {
		this.#device = device;
		this.#now = now;
		this.#onchange = onchange;
		if (restored) {
			this.#attempts = restored.attempts;
			const started = startRun(
				emptyLessonRuns(),
				restored.lessonId,
				device.studentName,
				restored.run.startedAt
			);
			this.#runs =
				restored.run.finishedAt === null
					? started
					: finishRun(started, restored.lessonId, restored.run.finishedAt);
		}
	}

	get attempts(): readonly Attempt[] {
		return this.#attempts;
	}

	get studentName(): string {
		return this.#device.studentName;
	}

	answer(...[question, response, { lessonId }]: Parameters<StudyRecord['answer']>): Attempt {
		const attempt = gradedAttempt(question, response, {
			id: `preview-${this.#attempts.length}`,
			lessonId,
			at: isoNow(this.#now)
		});
		this.#attempts = [...this.#attempts, attempt];
		this.#onchange();
		return attempt;
	}

	// Time on a reading and reading visits are progress: a preview has none to keep.
	openReading(): void {}

	addTime(): void {}

	runOf(lessonId: string): LessonRun | null {
		return runOf(this.#runs, lessonId);
	}

	startRun(lessonId: string, studentName: string): void {
		this.#runs = startRun(this.#runs, lessonId, studentName, isoNow(this.#now));
		this.#onchange();
	}

	finishRun(lessonId: string): void {
		this.#runs = finishRun(this.#runs, lessonId, isoNow(this.#now));
		this.#onchange();
	}
}
