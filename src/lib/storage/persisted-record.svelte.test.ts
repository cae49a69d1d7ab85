import { describe, expect, it } from 'vitest';
import { FakeStorage } from '../../test-data/fake-storage';
import { PersistedRecord } from './persisted-record.svelte';

/** A small record that merges as progress does: everything either side holds. */
interface Notes {
	version: 1;
	notes: string[];
}

let keys = 0;

function notesRecord(storage: FakeStorage) {
	const key = `close-read:test-notes-${(keys += 1)}`;
	const record = new PersistedRecord<Notes>({
		key,
		storage: () => storage,
		parse: (raw) =>
			typeof raw === 'object' &&
			raw !== null &&
			(raw as Notes).version === 1 &&
			Array.isArray((raw as Notes).notes)
				? { ok: true, value: raw as Notes }
				: { ok: false, reason: 'These are not notes.' },
		empty: () => ({ version: 1, notes: [] }),
		merge: (stored, ours) => ({
			version: 1,
			notes: [...new Set([...stored.notes, ...ours.notes])].sort()
		})
	});
	const write = (notes: string[]) => storage.setItem(key, JSON.stringify({ version: 1, notes }));
	const stored = () => (JSON.parse(storage.getItem(key) ?? 'null') as Notes | null)?.notes;
	/** What another tab's write looks like from here: storage changed, then the event. */
	const otherTabWrites = (notes: string[]) => {
		write(notes);
		window.dispatchEvent(new StorageEvent('storage', { key }));
	};
	const add = (note: string) =>
		record.update((value) => ({ ...value, notes: [...value.notes, note] }));
	return { key, record, write, stored, otherTabWrites, add };
}

/** The connection the first read asks for happens just after it. */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('connecting on the first read', () => {
	it('reads nothing from storage until the record is first read, then loads what is stored', async () => {
		const storage = new FakeStorage();
		const { record, write } = notesRecord(storage);
		write(['from last visit']);
		expect(storage.reads).toBe(0);

		expect(record.ready).toBe(false);
		expect(record.value.notes).toEqual([]);
		await settled();

		expect(record.storage).toEqual({ kind: 'kept' });
		expect(record.value.notes).toEqual(['from last visit']);
	});

	it('connects at once when the first use is a change, so nothing stored is lost', () => {
		const storage = new FakeStorage();
		const { write, add, stored } = notesRecord(storage);
		write(['from last visit']);
		add('new');
		expect(stored()).toEqual(['from last visit', 'new']);
	});
});

describe('when storage fills up', () => {
	it('says storage is full, keeps the change on the page, and saves it once there is room', async () => {
		const storage = new FakeStorage();
		const { record, add, stored } = notesRecord(storage);
		add('first');
		storage.quota = 0;

		add('second');
		expect(record.storage).toEqual({ kind: 'full' });
		expect(record.value.notes).toEqual(['first', 'second']);
		expect(stored()).toEqual(['first']);

		storage.quota = Number.POSITIVE_INFINITY;
		add('third');
		await settled();
		expect(record.storage).toEqual({ kind: 'kept' });
		expect(stored()).toEqual(['first', 'second', 'third']);
	});
});

describe('other tabs', () => {
	it('shows what another tab wrote as soon as its storage event arrives', async () => {
		const storage = new FakeStorage();
		const { record, otherTabWrites } = notesRecord(storage);
		void record.value;
		await settled();

		otherTabWrites(['from the other tab']);
		expect(record.value.notes).toEqual(['from the other tab']);
	});

	it('merges another tab’s write with changes storage refused here, losing neither', () => {
		const storage = new FakeStorage();
		const { record, add, otherTabWrites, stored } = notesRecord(storage);
		add('mine, saved');
		storage.quota = 0;
		add('mine, not saved');
		storage.quota = Number.POSITIVE_INFINITY;

		otherTabWrites(['mine, saved', 'theirs']);
		expect(record.value.notes).toEqual(['mine, not saved', 'mine, saved', 'theirs']);
		add('later');
		expect(stored()).toEqual(['mine, not saved', 'mine, saved', 'theirs', 'later']);
	});

	it('merges a text another tab wrote before its storage event has arrived', () => {
		const storage = new FakeStorage();
		const { add, write, stored } = notesRecord(storage);
		add('mine');
		write(['mine', 'theirs']);
		add('mine again');
		expect(stored()).toEqual(['mine', 'mine again', 'theirs']);
	});
});

describe('unreadable stored text', () => {
	it('keeps it under a backup key for download and starts afresh', async () => {
		const storage = new FakeStorage();
		const { key, record, add, stored } = notesRecord(storage);
		storage.setItem(key, '{"version":1,"notes":[');
		void record.value;
		await settled();

		const state = record.storage;
		expect(state).toMatchObject({
			kind: 'recovered',
			reason: 'The saved data is damaged: it is not valid JSON.'
		});
		const backupKey = state.kind === 'recovered' ? state.backupKey : null;
		expect(backupKey).toMatch(new RegExp(`^${key}:backup:`));
		expect(storage.getItem(backupKey!)).toBe('{"version":1,"notes":[');
		expect(record.unreadableText()).toBe('{"version":1,"notes":[');

		add('new');
		expect(stored()).toEqual(['new']);
		expect(storage.getItem(backupKey!)).toBe('{"version":1,"notes":[');
	});
});

describe('a reset', () => {
	it('writes the empty record as it is, even over another tab’s write, after backing that up', () => {
		const storage = new FakeStorage();
		const { key, record, add, write, stored } = notesRecord(storage);
		add('mine');
		write(['mine', 'theirs']);
		record.replace({ version: 1, notes: [] });
		expect(stored()).toEqual([]);
		const backups = [...storage.items.keys()].filter((name) => name.startsWith(`${key}:backup:`));
		expect(backups.map((name) => storage.getItem(name))).toEqual([
			JSON.stringify({ version: 1, notes: ['mine', 'theirs'] })
		]);
	});
});
