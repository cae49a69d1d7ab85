/**
 * The student's progress as the pages see it: the stored record, kept in step with
 * localStorage and with other open tabs. Every rule lives in the pure modules beside it.
 * Pages are prerendered with an empty record; the first read in the browser loads the real one.
 * Each method is one thing the student did, saved in one write and stamped with its own time.
 */
import type { Question } from '$lib/content/model';
import type { Response } from '$lib/quiz/response';
import { KeptRecord } from '$lib/storage/kept-record.svelte';
import {
	emptyProgress,
	markReadingFinished,
	markReadingOpened,
	mergeProgress,
	newAttemptId,
	parseProgress,
	recordAttempt,
	serializeProgress,
	addTimeSpent,
	type Attempt,
	type ProgressRecord
} from './record';
import { gradedAttempt } from './graded-attempt';

export const PROGRESS_KEY = 'close-read:progress';

class Progress extends KeptRecord<ProgressRecord> {
	constructor() {
		super({
			key: PROGRESS_KEY,
			parse: parseProgress,
			empty: emptyProgress,
			merge: mergeProgress,
			serialize: serializeProgress
		});
	}

	get record(): ProgressRecord {
		return this.stored.value;
	}

	/** Adds a merged import; merging again on write can only add, never lose. */
	merge(imported: ProgressRecord): void {
		this.#update((record) => mergeProgress(record, imported));
	}

	/** Starts afresh; returns what was there so the student can take it back this visit. */
	reset(): ProgressRecord {
		const before = this.stored.value;
		this.stored.replace(emptyProgress());
		return before;
	}

	/** Puts back a record taken away by `reset`. */
	restore(record: ProgressRecord): void {
		this.stored.replace(record);
	}

	/**
	 * Grades an answer, keeps the attempt, and returns it. `finishesReading`: this answer completes
	 * its reading, which is marked finished in the same write.
	 */
	answer(
		question: Question,
		response: Response,
		lessonId: string | null = null,
		{ finishesReading = false }: { finishesReading?: boolean } = {}
	): Attempt {
		const now = new Date();
		const attempt = gradedAttempt(question, response, {
			id: newAttemptId(() => now),
			lessonId,
			at: now.toISOString()
		});
		const readingId = finishesReading ? question.readingId : null;
		this.#update((record) => {
			const answered = recordAttempt(record, attempt);
			return readingId === null ? answered : markReadingFinished(answered, readingId, attempt.at);
		});
		return attempt;
	}

	openReading(readingId: string): void {
		this.#update((record) => markReadingOpened(record, readingId, new Date().toISOString()));
	}

	finishReading(readingId: string): void {
		this.#update((record) => markReadingFinished(record, readingId, new Date().toISOString()));
	}

	addTime(readingId: string, seconds: number): void {
		if (seconds >= 1) {
			this.#update((record) => addTimeSpent(record, readingId, Math.round(seconds)));
		}
	}

	#update(change: (record: ProgressRecord) => ProgressRecord): void {
		this.stored.update(change);
	}
}

export const progress = new Progress();
