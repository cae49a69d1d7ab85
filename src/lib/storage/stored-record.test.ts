import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAttempt, buildProgress } from '../../test-data/progress';
import {
	emptyProgress,
	mergeProgress,
	parseProgress,
	serializeProgress,
	recordAttempt,
	type ProgressRecord
} from '../progress/record';
import { FakeStorage } from '../../test-data/fake-storage';
import { StoredRecord, type StorageLike } from './stored-record';

const KEY = 'close-read:progress';
const NOW = '2025-03-10T12:00:00.000Z';
const BACKUP = `${KEY}:backup:${NOW}`;

/** Storage that refuses every read and write, as in some private modes. */
class RefusingStorage extends FakeStorage {
	override getItem(): string | null {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}

	override setItem(): void {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
}

function progressStore(storage: StorageLike | (() => StorageLike | null)) {
	return new StoredRecord<ProgressRecord>({
		key: KEY,
		storage: typeof storage === 'function' ? storage : () => storage,
		parse: parseProgress,
		empty: emptyProgress,
		merge: mergeProgress,
		serialize: serializeProgress,
		now: () => new Date(NOW)
	});
}

const answered = (id: string, minute = 0) =>
	buildAttempt({
		id,
		questionId: `q-${id}`,
		at: `2025-03-10T09:${String(minute).padStart(2, '0')}:00.000Z`
	});

describe('loading', () => {
	it('starts a fresh record when nothing is stored, and writes nothing', () => {
		const storage = new FakeStorage();
		expect(progressStore(storage).load()).toEqual({ value: emptyProgress(), status: 'fresh' });
		expect(storage.length).toBe(0);
	});

	it('reads back what was saved after a reload', () => {
		const storage = new FakeStorage();
		const record = buildProgress({ attempts: [answered('a')] });
		progressStore(storage).save(record);
		expect(progressStore(storage).load()).toEqual({ value: record, status: 'loaded' });
	});

	it('stores the record as JSON with its version first', () => {
		const storage = new FakeStorage();
		progressStore(storage).save(emptyProgress());
		expect(storage.getItem(KEY)).toBe(
			'{"version":2,"questions":[],"responses":[],"attempts":[],"readings":{}}'
		);
	});

	it('keeps text that is not JSON under a backup key and goes on with an empty record', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, '{"version":1,"attempts":[');
		const outcome = progressStore(storage).load();
		expect(outcome).toEqual({
			value: emptyProgress(),
			status: 'recovered',
			reason: 'The saved data is damaged: it is not valid JSON.',
			backupKey: BACKUP
		});
		expect(storage.getItem(BACKUP)).toBe('{"version":1,"attempts":[');
	});

	it('keeps a record the schema refuses under a backup key, with the reason', () => {
		const storage = new FakeStorage();
		const bad = JSON.stringify({ ...emptyProgress(), attempts: [{ ...answered('a'), score: 7 }] });
		storage.setItem(KEY, bad);
		const outcome = progressStore(storage).load();
		expect(outcome.status).toBe('recovered');
		expect(outcome.value).toEqual(emptyProgress());
		expect(outcome.reason).toContain('attempts.0.score');
		expect(progressStore(storage).listBackups()).toEqual([
			{ key: BACKUP, text: bad, kept: 'storage' }
		]);
	});

	it('refuses progress from a newer version of Close Read in plain words and keeps it', () => {
		const storage = new FakeStorage();
		const future = JSON.stringify({ version: 3, attempts: [], readings: {}, reviews: [] });
		storage.setItem(KEY, future);
		const outcome = progressStore(storage).load();
		expect(outcome.reason).toBe('This progress was saved by a newer version of Close Read.');
		expect(storage.getItem(outcome.backupKey!)).toBe(future);
	});

	it('does not make a second backup of the same text on every reload', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, 'junk');
		progressStore(storage).load();
		const again = new StoredRecord({
			...optionsFor(storage),
			now: () => new Date('2025-03-11T12:00:00.000Z')
		}).load();
		expect(again.backupKey).toBe(BACKUP);
		expect(progressStore(storage).listBackups()).toHaveLength(1);
	});

	it('never overwrites an existing backup', () => {
		const storage = new FakeStorage();
		storage.setItem(BACKUP, 'an older backup');
		storage.setItem(KEY, 'junk');
		const outcome = progressStore(storage).load();
		expect(outcome.backupKey).toBe(`${BACKUP}-2`);
		expect(storage.getItem(BACKUP)).toBe('an older backup');
		expect(storage.getItem(`${BACKUP}-2`)).toBe('junk');
	});

	it('holds unreadable text in memory when there is no room to back it up', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, 'junk that will not fit twice');
		storage.quota = 60;
		const store = progressStore(storage);
		const outcome = store.load();
		expect(outcome).toMatchObject({ status: 'recovered', raw: 'junk that will not fit twice' });
		expect(outcome.backupKey).toBeUndefined();
		expect(store.listBackups()).toEqual([
			{ key: BACKUP, text: 'junk that will not fit twice', kept: 'memory' }
		]);
	});

	it('treats a record type whose parse throws as unreadable rather than throwing', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, '{}');
		const store = new StoredRecord({
			...optionsFor(storage),
			parse: () => {
				throw new Error('bug');
			}
		});
		expect(store.load().status).toBe('recovered');
	});

	it('never throws and never loses stored text, whatever is stored', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((value) => JSON.stringify(value))
				),
				(text) => {
					const storage = new FakeStorage();
					storage.setItem(KEY, text);
					const outcome = progressStore(storage).load();
					expect(outcome.status === 'loaded' || storage.getItem(outcome.backupKey!) === text).toBe(
						true
					);
				}
			)
		);
	});
});

describe('when storage is unavailable', () => {
	it('goes on in memory when reading and writing throw', () => {
		const store = progressStore(new RefusingStorage());
		expect(store.load()).toEqual({ value: emptyProgress(), status: 'unavailable' });
		expect(store.save(emptyProgress())).toEqual({ status: 'unavailable' });
		expect(store.readRaw()).toBeNull();
		expect(store.listBackups()).toEqual([]);
	});

	it('goes on in memory when there is no storage at all, as while prerendering', () => {
		const missing = progressStore(() => {
			throw new ReferenceError('window is not defined');
		});
		expect(missing.load().status).toBe('unavailable');
		expect(progressStore(() => null).save(emptyProgress())).toEqual({ status: 'unavailable' });
	});

	it('reports a refused write as unavailable when reading still works', () => {
		const storage = new FakeStorage();
		storage.setItem = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		expect(progressStore(storage).save(emptyProgress())).toEqual({ status: 'unavailable' });
	});
});

describe('saving', () => {
	it('reports full storage and keeps what was stored before', () => {
		const storage = new FakeStorage();
		const store = progressStore(storage);
		store.save(buildProgress({ attempts: [answered('a')] }));
		const before = storage.getItem(KEY);
		storage.quota = before!.length + KEY.length;
		const bigger = buildProgress({ attempts: [answered('a'), answered('b', 1)] });
		expect(store.save(bigger)).toEqual({ status: 'full' });
		expect(storage.getItem(KEY)).toBe(before);
		expect(store.load().value.attempts).toEqual([answered('a')]);
	});

	it.each([
		['a legacy code 22', Object.assign(new Error('full'), { code: 22 })],
		['Firefox’s code 1014', Object.assign(new Error('full'), { code: 1014 })],
		['Firefox’s old name', Object.assign(new Error('full'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' })]
	])('recognises full storage reported with %s', (_, error) => {
		const storage = new FakeStorage();
		storage.setItem = () => {
			throw error;
		};
		expect(progressStore(storage).save(emptyProgress())).toEqual({ status: 'full' });
	});

	it('merges with what another tab stored, so two tabs never lose each other’s answers', () => {
		const storage = new FakeStorage();
		const tabA = progressStore(storage);
		const tabB = progressStore(storage);
		let inA = tabA.load().value;
		let inB = tabB.load().value;

		inA = recordAttempt(inA, answered('a1', 1));
		tabA.save(inA);
		inB = recordAttempt(inB, answered('b1', 2));
		const savedB = tabB.save(inB);
		// Tab A still holds its stale copy without b1.
		inA = recordAttempt(inA, answered('a2', 3));
		tabA.save(inA);

		const ids = ['a1', 'b1', 'a2'];
		expect(savedB.status === 'saved' && savedB.value.attempts.map((a) => a.id)).toEqual([
			'a1',
			'b1'
		]);
		expect(
			progressStore(storage)
				.load()
				.value.attempts.map((a) => a.id)
		).toEqual(ids);
	});

	it('writes without reading storage back while it still holds what this tab last wrote', () => {
		const storage = new FakeStorage();
		let parses = 0;
		const store = new StoredRecord<ProgressRecord>({
			key: KEY,
			storage: () => storage,
			parse: (raw) => {
				parses += 1;
				return parseProgress(raw);
			},
			empty: emptyProgress,
			merge: mergeProgress,
			serialize: serializeProgress
		});
		storage.setItem(
			KEY,
			JSON.stringify(serializeProgress(buildProgress({ attempts: [answered('a')] })))
		);
		let record = store.load().value;
		for (const [i, id] of ['b', 'c', 'd'].entries()) {
			record = recordAttempt(record, answered(id, i + 1));
			expect(store.save(record).status).toBe('saved');
		}
		expect(parses).toBe(1);
		expect(
			progressStore(storage)
				.load()
				.value.attempts.map((a) => a.id)
		).toEqual(['a', 'b', 'c', 'd']);
	});

	it('still merges a text another tab wrote since, even before its storage event arrives', () => {
		const storage = new FakeStorage();
		const tabA = progressStore(storage);
		const tabB = progressStore(storage);
		const inA = tabA.load().value;
		tabA.save(recordAttempt(inA, answered('a1', 1)));
		tabB.save(recordAttempt(tabB.load().value, answered('b1', 2)));
		// Tab A has not heard of b1 and writes from its own copy.
		const saved = tabA.save(
			recordAttempt(recordAttempt(inA, answered('a1', 1)), answered('a2', 3))
		);
		expect(saved.status === 'saved' && saved.value.attempts.map((a) => a.id)).toEqual([
			'a1',
			'b1',
			'a2'
		]);
	});

	it('backs up unreadable stored text before writing over it, and says so', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, 'junk');
		const record = buildProgress({ attempts: [answered('a')] });
		expect(progressStore(storage).save(record)).toEqual({
			status: 'saved',
			value: record,
			backupKey: BACKUP,
			reason: 'The saved data is damaged: it is not valid JSON.'
		});
		expect(storage.getItem(BACKUP)).toBe('junk');
		expect(progressStore(storage).load().value).toEqual(record);
	});

	it('leaves unreadable text in place when there is no room to back it up', () => {
		const storage = new FakeStorage();
		storage.setItem(KEY, 'junk that cannot be copied');
		storage.quota = 50;
		const store = progressStore(storage);
		expect(store.save(emptyProgress())).toEqual({ status: 'full' });
		expect(storage.getItem(KEY)).toBe('junk that cannot be copied');
		expect(store.listBackups().map((backup) => backup.kept)).toEqual(['memory']);
	});

	it('replaces without merging for a reset, keeping the old record as a way back', () => {
		const storage = new FakeStorage();
		const store = progressStore(storage);
		store.save(buildProgress({ attempts: [answered('a')] }));
		const before = store.readRaw();
		expect(store.replace(emptyProgress())).toEqual({ status: 'saved', value: emptyProgress() });
		expect(store.load().value).toEqual(emptyProgress());
		expect(store.listBackups()).toEqual([{ key: BACKUP, text: before, kept: 'storage' }]);
	});
});

describe('backups and events', () => {
	it('reads the raw stored text for download', () => {
		const storage = new FakeStorage();
		const store = progressStore(storage);
		expect(store.readRaw()).toBeNull();
		storage.setItem(KEY, 'anything');
		expect(store.readRaw()).toBe('anything');
	});

	it('lists only this record’s backups, oldest first, and removes one on request', () => {
		const storage = new FakeStorage();
		storage.setItem(`${KEY}:backup:2025-03-09T00:00:00.000Z`, 'newer');
		storage.setItem(`${KEY}:backup:2025-03-01T00:00:00.000Z`, 'older');
		storage.setItem('close-read:settings:backup:2025-03-01T00:00:00.000Z', 'not ours');
		const store = progressStore(storage);
		expect(store.listBackups().map((backup) => backup.text)).toEqual(['older', 'newer']);
		expect(store.removeBackup(`${KEY}:backup:2025-03-01T00:00:00.000Z`)).toBe(true);
		expect(store.removeBackup('close-read:settings:backup:2025-03-01T00:00:00.000Z')).toBe(false);
		expect(store.listBackups().map((backup) => backup.text)).toEqual(['newer']);
	});

	it('recognises storage events for this record and for cleared storage only', () => {
		const store = progressStore(new FakeStorage());
		expect(store.isOurKey(KEY)).toBe(true);
		expect(store.isOurKey(null)).toBe(true);
		expect(store.isOurKey(BACKUP)).toBe(false);
		expect(store.isOurKey('close-read:settings')).toBe(false);
	});
});

function optionsFor(storage: StorageLike) {
	return {
		key: KEY,
		storage: () => storage,
		parse: parseProgress,
		empty: emptyProgress,
		merge: mergeProgress,
		now: () => new Date(NOW)
	};
}
