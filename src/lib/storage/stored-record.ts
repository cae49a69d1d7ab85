/**
 * The one way Close Read keeps anything in localStorage. Unlike the usual persisted helpers it
 * never overwrites what it cannot read: that text goes to a backup key first, so the student can
 * download it. Writes merge with what is stored, so two open tabs never undo each other's work.
 * No method throws: without storage the app goes on in memory and says so.
 */

import type { Parsed } from './parsed';

/** The part of the Web Storage API used here; `window.localStorage` fits, and so do test fakes. */
export interface StorageLike {
	readonly length: number;
	key(index: number): string | null;
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export interface StoredRecordOptions<T> {
	/** Namespaced, such as 'close-read:progress'. */
	key: string;
	/** Asked for on every use, never at import: prerendered pages have no `window`. */
	storage: () => StorageLike | null | undefined;
	/** Checks the parsed JSON and runs migrations; the record's own schema owns `version`. */
	parse(raw: unknown): Parsed<T>;
	empty(): T;
	merge(stored: T, ours: T): T;
	/** The form written to storage, when it is not the value itself (progress: a compact form). */
	serialize?(value: T): unknown;
	/** For backup keys; injectable so tests are deterministic. */
	now?: () => Date;
}

export interface LoadOutcome<T> {
	value: T;
	/**
	 * fresh: nothing stored. loaded: read. recovered: the stored text could not be read, it is kept
	 * under `backupKey` (or, if even that failed, in `raw`) and `value` is empty. unavailable:
	 * storage is missing or refuses access, and `value` is empty.
	 */
	status: 'fresh' | 'loaded' | 'recovered' | 'unavailable';
	backupKey?: string;
	/** Why the stored text could not be read, in plain words. */
	reason?: string;
	/** The unreadable text, only when it could not be backed up in storage: offer it as a file. */
	raw?: string;
}

export type SaveOutcome<T> =
	/** `value` is what was written: ours merged with what was stored. */
	| { status: 'saved'; value: T; backupKey?: string; reason?: string }
	/** Over quota: nothing was written and what was stored before is still there. */
	| { status: 'full' }
	| { status: 'unavailable' };

export interface Backup {
	key: string;
	text: string;
	/** 'memory' when storage refused the backup: it lasts only as long as this page. */
	kept: 'storage' | 'memory';
}

type Failure = 'full' | 'unavailable';

export class StoredRecord<T> {
	readonly key: string;
	readonly #options: StoredRecordOptions<T>;
	readonly #backupPrefix: string;
	readonly #inMemory: Backup[] = [];
	/**
	 * The text this object last read or wrote, which the caller's value already holds. While
	 * storage still holds it, a write need not read, parse and merge: nobody else has written.
	 */
	#known: string | null = null;

	constructor(options: StoredRecordOptions<T>) {
		this.#options = options;
		this.key = options.key;
		this.#backupPrefix = `${options.key}:backup:`;
	}

	load(): LoadOutcome<T> {
		this.#known = null;
		const storage = this.#open();
		const raw = storage ? this.#get(storage, this.key) : undefined;
		if (!storage || raw === undefined) {
			return { value: this.#options.empty(), status: 'unavailable' };
		}
		if (raw === null) {
			return { value: this.#options.empty(), status: 'fresh' };
		}
		const read = this.#read(raw);
		if (read.ok) {
			this.#known = raw;
			return { value: read.value, status: 'loaded' };
		}
		const backup = this.#backUp(storage, raw);
		return {
			value: this.#options.empty(),
			status: 'recovered',
			reason: read.reason,
			...(backup.ok ? { backupKey: backup.key } : { raw })
		};
	}

	/** Writes `value` merged with what is stored now; unreadable stored text is backed up first. */
	save(value: T): SaveOutcome<T> {
		return this.#write(value, true);
	}

	/**
	 * Writes `value` in place of what is stored, for a reset: what was stored is backed up first,
	 * readable or not, so there is a way back. Other tabs should load again on the storage event.
	 */
	replace(value: T): SaveOutcome<T> {
		return this.#write(value, false);
	}

	/** The stored text as it is, or null when there is none or storage is unavailable. */
	readRaw(): string | null {
		const storage = this.#open();
		return (storage && this.#get(storage, this.key)) ?? null;
	}

	/** Every backup of this record, oldest first, then those only kept in memory. */
	listBackups(): Backup[] {
		const storage = this.#open();
		const stored: Backup[] = [];
		if (storage) {
			for (const key of this.#backupKeys(storage)) {
				const text = this.#get(storage, key);
				if (typeof text === 'string') {
					stored.push({ key, text, kept: 'storage' });
				}
			}
		}
		return [...stored, ...this.#inMemory.map((backup) => ({ ...backup }))];
	}

	/** Deletes one backup, once the student has downloaded it; false if storage refused. */
	removeBackup(key: string): boolean {
		if (!key.startsWith(this.#backupPrefix)) {
			return false;
		}
		const index = this.#inMemory.findIndex((backup) => backup.key === key);
		if (index >= 0) {
			this.#inMemory.splice(index, 1);
		}
		try {
			this.#open()?.removeItem(key);
			return true;
		} catch {
			return false;
		}
	}

	/** For the `storage` event: a change to this record, or `null` when storage was cleared. */
	isOurKey(storageEventKey: string | null): boolean {
		return storageEventKey === null || storageEventKey === this.key;
	}

	#write(value: T, merge: boolean): SaveOutcome<T> {
		const storage = this.#open();
		const raw = storage ? this.#get(storage, this.key) : undefined;
		if (!storage || raw === undefined) {
			return { status: 'unavailable' };
		}
		let next = value;
		let recovered: { backupKey: string; reason: string } | undefined;
		const text = this.#text(value);
		// Only another tab's write, or text never read, can hold what `value` lacks.
		const theirs = raw !== null && raw !== text && !(merge && raw === this.#known);
		if (theirs) {
			const read = this.#read(raw);
			if (read.ok && merge) {
				next = this.#options.merge(read.value, value);
			} else {
				const backup = this.#backUp(storage, raw);
				// Text we could not copy anywhere durable is not overwritten.
				if (!backup.ok) {
					return { status: backup.failure };
				}
				if (!read.ok) {
					recovered = { backupKey: backup.key, reason: read.reason };
				}
			}
		}
		const written = next === value ? text : this.#text(next);
		const failure = this.#set(storage, this.key, written);
		if (failure) {
			return { status: failure };
		}
		this.#known = written;
		return { status: 'saved', value: next, ...recovered };
	}

	#text(value: T): string {
		return JSON.stringify(this.#options.serialize ? this.#options.serialize(value) : value);
	}

	#read(raw: string): Parsed<T> {
		let json: unknown;
		try {
			json = JSON.parse(raw);
		} catch {
			return { ok: false, reason: 'The saved data is damaged: it is not valid JSON.' };
		}
		try {
			return this.#options.parse(json);
		} catch {
			return { ok: false, reason: 'The saved data could not be checked.' };
		}
	}

	/** Copies unreadable text to a new backup key; the same text already backed up is not copied again. */
	#backUp(
		storage: StorageLike,
		raw: string
	): { ok: true; key: string } | { ok: false; failure: Failure } {
		for (const key of this.#backupKeys(storage)) {
			if (this.#get(storage, key) === raw) {
				return { ok: true, key };
			}
		}
		const stamp = (this.#options.now?.() ?? new Date()).toISOString();
		let key = `${this.#backupPrefix}${stamp}`;
		for (let n = 2; this.#get(storage, key) !== null; n++) {
			key = `${this.#backupPrefix}${stamp}-${n}`;
		}
		const failure = this.#set(storage, key, raw);
		if (failure) {
			if (!this.#inMemory.some((backup) => backup.text === raw)) {
				this.#inMemory.push({ key, text: raw, kept: 'memory' });
			}
			return { ok: false, failure };
		}
		return { ok: true, key };
	}

	#backupKeys(storage: StorageLike): string[] {
		const keys: string[] = [];
		try {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i);
				if (key?.startsWith(this.#backupPrefix)) {
					keys.push(key);
				}
			}
		} catch {
			return keys.sort();
		}
		// ISO timestamps sort as text in time order.
		return keys.sort();
	}

	#open(): StorageLike | null {
		try {
			return this.#options.storage() ?? null;
		} catch {
			return null;
		}
	}

	/** The stored text, null when absent, undefined when storage refuses to answer. */
	#get(storage: StorageLike, key: string): string | null | undefined {
		try {
			return storage.getItem(key);
		} catch {
			return undefined;
		}
	}

	#set(storage: StorageLike, key: string, text: string): Failure | null {
		try {
			storage.setItem(key, text);
			return null;
		} catch (error) {
			return isQuotaError(error) ? 'full' : 'unavailable';
		}
	}
}

function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) {
		return false;
	}
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		// Firefox's older name for it.
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}
