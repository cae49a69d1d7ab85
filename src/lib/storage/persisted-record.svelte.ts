/**
 * A stored record as pages see it: reactive, saved at once through the one storage primitive,
 * shared with other open tabs, and honest about where it is kept. Progress, the teacher's lessons
 * and class results each wrap one.
 */
import { StoredRecord, type Backup, type Parsed } from './stored-record';

/** What the person should be told about where this record is kept. */
export type StorageState =
	| { kind: 'loading' }
	| { kind: 'kept' }
	| { kind: 'recovered'; backupKey: string | null; reason: string }
	| { kind: 'unavailable' }
	| { kind: 'full' };

export interface PersistedRecordOptions<T> {
	key: string;
	parse: (raw: unknown) => Parsed<T>;
	empty: () => T;
	merge: (stored: T, ours: T) => T;
	serialize?: (value: T) => unknown;
}

export class PersistedRecord<T> {
	// Raw: every change replaces the value, and thousands of attempts need no deep proxies.
	#value = $state.raw() as T;
	#state = $state<StorageState>({ kind: 'loading' });
	#stored: StoredRecord<T> | null = null;
	#recoveredText: string | null = null;
	// True while this tab holds changes storage refused; they must survive another tab's write.
	#unsaved = false;
	readonly #options: PersistedRecordOptions<T>;

	constructor(options: PersistedRecordOptions<T>) {
		this.#options = options;
		this.#value = options.empty();
	}

	get value(): T {
		return this.#value;
	}

	get state(): StorageState {
		return this.#state;
	}

	get ready(): boolean {
		return this.#state.kind !== 'loading';
	}

	/** Reads the stored record and follows other tabs; returns the clean-up. */
	connect(storage: () => Storage | null): () => void {
		this.#stored = new StoredRecord<T>({ ...this.#options, storage });
		const outcome = this.#stored.load();
		this.#value = outcome.value;
		if (outcome.status === 'recovered') {
			this.#recoveredText = outcome.raw ?? null;
			this.#state = {
				kind: 'recovered',
				backupKey: outcome.backupKey ?? null,
				reason: outcome.reason ?? 'The saved data could not be read.'
			};
		} else {
			this.#state = { kind: outcome.status === 'unavailable' ? 'unavailable' : 'kept' };
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

	/** Changes the record and writes it at once, merged with what another tab may have written. */
	update(change: (value: T) => T): void {
		this.#value = change(this.#value);
		const outcome = this.#stored?.save(this.#value);
		if (!outcome) {
			return;
		}
		this.#unsaved = outcome.status !== 'saved';
		if (outcome.status === 'saved') {
			this.#value = outcome.value;
			if (this.#state.kind === 'full') {
				this.#state = { kind: 'kept' };
			}
		} else if (outcome.status === 'full') {
			this.#state = { kind: 'full' };
		} else if (this.#state.kind !== 'recovered') {
			this.#state = { kind: 'unavailable' };
		}
	}

	/** Writes `value` as it is, without merging (a reset); what was stored is backed up first. */
	replace(value: T): void {
		this.#value = value;
		const outcome = this.#stored?.replace(value);
		if (outcome?.status === 'full') {
			this.#state = { kind: 'full' };
		}
	}

	/** Every backup of this record in this browser, oldest first: a way back (not reactive). */
	backups(): Backup[] {
		return this.#stored?.listBackups() ?? [];
	}

	/** The text that could not be read, for the person to download. */
	unreadableText(): string | null {
		if (this.#state.kind !== 'recovered') {
			return null;
		}
		const key = this.#state.backupKey;
		const backup = this.#stored?.listBackups().find((entry) => entry.key === key);
		return backup?.text ?? this.#recoveredText;
	}

	#reload(): void {
		const outcome = this.#stored?.load();
		if (outcome && (outcome.status === 'loaded' || outcome.status === 'fresh')) {
			// Every change here is saved at once, so what another tab stored already holds ours.
			this.#value = this.#unsaved ? this.#options.merge(outcome.value, this.#value) : outcome.value;
		}
	}
}
