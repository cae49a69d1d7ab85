/**
 * The student's progress as the pages see it: the stored record, kept in step with
 * localStorage and with other open tabs. Every rule lives in the pure modules beside it.
 * Pages are prerendered with an empty record; `connect()` (from the root layout, in the browser)
 * reads the real one.
 */
import type { Question } from '$lib/content/model';
import { gradeAnswer } from '$lib/quiz/grade';
import type { Response } from '$lib/quiz/response';
import { StoredRecord } from '$lib/storage/stored-record';
import {
	emptyProgress,
	markReadingFinished,
	markReadingOpened,
	mergeProgress,
	newAttemptId,
	parseProgress,
	recordAttempt,
	addTimeSpent,
	type Attempt,
	type ProgressRecord
} from './record';

export const PROGRESS_KEY = 'close-read:progress';

/** What the student should be told about where their progress is kept. */
export type StorageState =
	| { kind: 'loading' }
	| { kind: 'kept' }
	| { kind: 'recovered'; backupKey: string | null; reason: string; raw: string | null }
	| { kind: 'unavailable' }
	| { kind: 'full' };

class Progress {
	#record = $state<ProgressRecord>(emptyProgress());
	#storage = $state<StorageState>({ kind: 'loading' });
	#stored: StoredRecord<ProgressRecord> | null = null;
	// True while this tab holds answers that storage refused; they must survive another tab's write.
	#unsaved = false;

	get record(): ProgressRecord {
		return this.#record;
	}

	get storage(): StorageState {
		return this.#storage;
	}

	get ready(): boolean {
		return this.#storage.kind !== 'loading';
	}

	/** Reads the stored record and follows other tabs; returns the clean-up. */
	connect(storage: () => Storage | null): () => void {
		this.#stored = new StoredRecord<ProgressRecord>({
			key: PROGRESS_KEY,
			storage,
			parse: parseProgress,
			empty: emptyProgress,
			merge: mergeProgress
		});
		const outcome = this.#stored.load();
		this.#record = outcome.value;
		switch (outcome.status) {
			case 'recovered':
				this.#storage = {
					kind: 'recovered',
					backupKey: outcome.backupKey ?? null,
					reason: outcome.reason ?? 'The saved progress could not be read.',
					raw: outcome.raw ?? null
				};
				break;
			case 'unavailable':
				this.#storage = { kind: 'unavailable' };
				break;
			default:
				this.#storage = { kind: 'kept' };
		}

		const onStorage = (event: StorageEvent) => {
			if (this.#stored?.isOurKey(event.key)) {
				this.#reload();
			}
		};
		window.addEventListener('storage', onStorage);
		return () => {
			window.removeEventListener('storage', onStorage);
			this.#stored = null;
		};
	}

	/** Grades an answer, keeps the attempt, and returns it. */
	answer(question: Question, response: Response, lessonId: string | null = null): Attempt {
		const grade = gradeAnswer(question, response);
		const attempt: Attempt = {
			id: newAttemptId(),
			questionId: question.id,
			readingId: question.readingId,
			lessonId,
			response,
			score: grade.score,
			correct: grade.correct,
			at: new Date().toISOString()
		};
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
		this.#record = change(this.#record);
		if (!this.#stored) {
			return;
		}
		// Written at once, merged with what another tab may have written since we last read.
		const outcome = this.#stored.save(this.#record);
		this.#unsaved = outcome.status !== 'saved';
		if (outcome.status === 'saved') {
			this.#record = outcome.value;
			if (this.#storage.kind === 'full') {
				this.#storage = { kind: 'kept' };
			}
		} else if (outcome.status === 'full') {
			this.#storage = { kind: 'full' };
		} else if (this.#storage.kind !== 'recovered') {
			this.#storage = { kind: 'unavailable' };
		}
	}

	#reload(): void {
		if (!this.#stored) {
			return;
		}
		// Every change here is saved at once, so what another tab stored already holds ours.
		const outcome = this.#stored.load();
		if (outcome.status === 'loaded' || outcome.status === 'fresh') {
			this.#record = this.#unsaved ? mergeProgress(outcome.value, this.#record) : outcome.value;
		}
	}
}

export const progress = new Progress();
