/**
 * A teacher's preview of a lesson runs exactly as a student's does, and keeps nothing: its run
 * and answers live in memory for the visit. It reads the name remembered on the device, as the
 * student's form would, but never changes it.
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

export class PreviewRecord implements StudyRecord, LessonRunRecord {
	#attempts = $state.raw<Attempt[]>([]);
	#runs = $state.raw(emptyLessonRuns());
	readonly #device: Pick<LessonRunRecord, 'studentName'>;
	readonly #now: Clock;

	readonly answersReady = true;
	readonly runsReady = true;

	constructor(device: Pick<LessonRunRecord, 'studentName'>, now: Clock = realClock) {
		this.#device = device;
		this.#now = now;
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
	}

	finishRun(lessonId: string): void {
		this.#runs = finishRun(this.#runs, lessonId, isoNow(this.#now));
	}
}
