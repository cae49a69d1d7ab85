/**
 * A stored record as pages see it: reactive, saved at once through the one storage primitive,
 * shared with other open tabs, and honest about where it is kept. Progress, the teacher's lessons
 * and class results, lesson runs and reading settings each wrap one in a class whose methods say
 * what the person did.
 *
 * It connects itself: the first read in the browser reads storage and starts following other
 * tabs, so no page has to remember to. Nothing happens at import, on the server or while
 * prerendering, where there is no `window`.
 */
import { browserStorage } from './browser-storage';
import type { Parsed } from './parsed';
import { StoredRecord, type Backup, type StorageLike } from './stored-record';

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
	/** Where the record is kept: the browser's localStorage, unless a test gives another. */
	storage?: () => StorageLike | null;
}

export class PersistedRecord<T> {
	// Raw: every change replaces the value, and thousands of attempts need no deep proxies.
	#value = $state.raw() as T;
	#storage = $state<StorageState>({ kind: 'loading' });
	#stored: StoredRecord<T> | null = null;
	#connecting = false;
	#recoveredText: string | null = null;
	// True while this tab holds changes storage refused; they must survive another tab's write.
	#unsaved = false;
	readonly #options: PersistedRecordOptions<T>;

	constructor(options: PersistedRecordOptions<T>) {
		this.#options = options;
		this.#value = options.empty();
	}

	get value(): T {
		this.#follow();
		return this.#value;
	}

	/** Where the record is kept now, for a notice; 'loading' until the first read has connected. */
	get storage(): StorageState {
		this.#follow();
		return this.#storage;
	}

	get ready(): boolean {
		return this.storage.kind !== 'loading';
	}

	/** Changes the record and writes it at once, merged with what another tab may have written. */
	update(change: (value: T) => T): void {
		const stored = this.#connect();
		this.#value = change(this.#value);
		const outcome = stored?.save(this.#value);
		if (!outcome) {
			return;
		}
		this.#unsaved = outcome.status !== 'saved';
		if (outcome.status === 'saved') {
			this.#value = outcome.value;
			if (this.#storage.kind === 'full') {
				this.#storage = { kind: 'kept' };
			}
		} else if (outcome.status === 'full') {
			this.#storage = { kind: 'full' };
		} else if (this.#storage.kind !== 'recovered') {
			this.#storage = { kind: 'unavailable' };
		}
	}

	/** Writes `value` as it is, without merging (a reset); what was stored is backed up first. */
	replace(value: T): void {
		const stored = this.#connect();
		this.#value = value;
		const outcome = stored?.replace(value);
		if (outcome?.status === 'full') {
			this.#storage = { kind: 'full' };
		}
	}

	/** Every backup of this record in this browser, oldest first: a way back (not reactive). */
	backups(): Backup[] {
		return this.#connect()?.listBackups() ?? [];
	}

	/** The text that could not be read, for the person to download. */
	unreadableText(): string | null {
		const stored = this.#connect();
		if (this.#storage.kind !== 'recovered') {
			return null;
		}
		const key = this.#storage.backupKey;
		const backup = stored?.listBackups().find((entry) => entry.key === key);
		return backup?.text ?? this.#recoveredText;
	}

	/** On the first read in the browser, connects soon after. */
	#follow(): void {
		if (this.#connecting || this.#stored || typeof window === 'undefined') {
			return;
		}
		this.#connecting = true;
		// Not during the read itself: a page is hydrated over HTML prerendered with the empty
		// record, so the stored one has to arrive just after, as a change.
		queueMicrotask(() => this.#connect());
	}

	/** Reads the stored record and follows other tabs, once; null where there is no browser. */
	#connect(): StoredRecord<T> | null {
		if (this.#stored || typeof window === 'undefined') {
			return this.#stored;
		}
		const stored = new StoredRecord<T>({
			...this.#options,
			storage: this.#options.storage ?? browserStorage
		});
		this.#stored = stored;
		const outcome = stored.load();
		this.#value = outcome.value;
		if (outcome.status === 'recovered') {
			this.#recoveredText = outcome.raw ?? null;
			this.#storage = {
				kind: 'recovered',
				backupKey: outcome.backupKey ?? null,
				reason: outcome.reason ?? 'The saved data could not be read.'
			};
		} else {
			this.#storage = { kind: outcome.status === 'unavailable' ? 'unavailable' : 'kept' };
		}
		// For the life of the page: every record is a module-level singleton.
		window.addEventListener('storage', (event) => {
			if (stored.isOurKey(event.key)) {
				this.#reload(stored);
			}
		});
		return stored;
	}

	#reload(stored: StoredRecord<T>): void {
		const outcome = stored.load();
		if (outcome.status === 'loaded' || outcome.status === 'fresh') {
			// Every change here is saved at once, so what another tab stored already holds ours.
			this.#value = this.#unsaved ? this.#options.merge(outcome.value, this.#value) : outcome.value;
		}
	}
}
