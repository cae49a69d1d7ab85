/**
 * What every record class shares: the persisted record behind it and where it is kept. Each
 * subclass adds the intent methods, one for each thing the person did, so that no page updates
 * a record directly.
 */
import {
	PersistedRecord,
	type PersistedRecordOptions,
	type StorageState
} from './persisted-record.svelte';

export abstract class KeptRecord<T> {
	protected readonly stored: PersistedRecord<T>;

	constructor(options: PersistedRecordOptions<T>) {
		this.stored = new PersistedRecord(options);
	}

	get value(): T {
		return this.stored.value;
	}

	get storage(): StorageState {
		return this.stored.storage;
	}

	get ready(): boolean {
		return this.stored.ready;
	}

	/** The stored text that could not be read, for the person to download. */
	unreadableText(): string | null {
		return this.stored.unreadableText();
	}
}
