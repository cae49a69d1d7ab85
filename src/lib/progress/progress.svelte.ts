/**
 * The student's progress as the pages see it: the stored record, kept in step with
 * localStorage and with other open tabs. Every rule lives in the pure modules beside it.
 * Pages are prerendered with an empty record; `connect()` (from the root layout, in the browser)
 * reads the real one.
 */
import type { Question } from '$lib/content/model';
import type { Response } from '$lib/quiz/response';
import { PersistedRecord, type StorageState } from '$lib/storage/persisted-record.svelte';
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

class Progress {
	readonly #stored = new PersistedRecord<ProgressRecord>({
		key: PROGRESS_KEY,
		parse: parseProgress,
		empty: emptyProgress,
		merge: mergeProgress,
		serialize: serializeProgress
	});

	get record(): ProgressRecord {
		return this.#stored.value;
	}

	get storage(): StorageState {
		return this.#stored.state;
	}

	get ready(): boolean {
		return this.#stored.ready;
	}

	/** Reads the stored record and follows other tabs; returns the clean-up. */
	connect(storage: () => Storage | null): () => void {
		return this.#stored.connect(storage);
	}

	/** The stored text that could not be read, for the student to download. */
	unreadableText(): string | null {
		return this.#stored.unreadableText();
	}

	/** Adds a merged import; merging again on write can only add, never lose. */
	merge(imported: ProgressRecord): void {
		this.#update((record) => mergeProgress(record, imported));
	}

	/** Starts afresh; returns what was there so the student can take it back this visit. */
	reset(): ProgressRecord {
		const before = this.#stored.value;
		this.#stored.replace(emptyProgress());
		return before;
	}

	/** Puts back a record taken away by `reset`. */
	restore(record: ProgressRecord): void {
		this.#stored.replace(record);
	}

	/** Grades an answer, keeps the attempt, and returns it. */
	answer(question: Question, response: Response, lessonId: string | null = null): Attempt {
		const attempt = gradedAttempt(question, response, {
			id: newAttemptId(),
			lessonId,
			at: new Date().toISOString()
		});
		this.#update((record) => recordAttempt(record, attempt));
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
		this.#stored.update(change);
	}
}

export const progress = new Progress();
