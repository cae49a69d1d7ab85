import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addHandIn,
	checkHandIn,
	chooseHandIn,
	choicesFor,
	emptyClassRecord,
	handInsFor,
	labelClass,
	labelFor,
	mergeClassRecords,
	parseClassRecord,
	removedFor,
	removeHandIns,
	renameHandIn,
	renamesFor,
	restoreClassRecord,
	setHandInRemoved
} from './class-record';

const at = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();
const code = (text: string) => ({ lessonId: 'LESSON01', source: 'pasted text', text });

describe("the teacher's kept hand-ins", () => {
	it('keeps what was pasted, per lesson, once', () => {
		let record = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		record = addHandIn(record, code('CR1-AAAAA'), at(10));
		record = addHandIn(record, { ...code('CR1-BBBBB'), lessonId: 'OTHER' }, at(10));
		expect(handInsFor(record, 'LESSON01').map((handIn) => handIn.text)).toEqual(['CR1-AAAAA']);
		expect(handInsFor(record, 'OTHER')).toHaveLength(1);
	});

	it('clears one lesson without touching another', () => {
		let record = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		record = addHandIn(record, { ...code('CR1-BBBBB'), lessonId: 'OTHER' }, at(9));
		record = removeHandIns(record, 'LESSON01', at(11));
		expect(handInsFor(record, 'LESSON01')).toEqual([]);
		expect(handInsFor(record, 'OTHER')).toHaveLength(1);
	});

	it('merges two tabs without losing a hand-in, and a removal wins', () => {
		const one = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		const two = addHandIn(emptyClassRecord(), code('CR1-BBBBB'), at(9));
		expect(handInsFor(mergeClassRecords(one, two), 'LESSON01')).toHaveLength(2);
		expect(mergeClassRecords(one, two)).toEqual(mergeClassRecords(two, one));
		const removed = removeHandIns(one, 'LESSON01', at(12));
		expect(handInsFor(mergeClassRecords(one, removed), 'LESSON01')).toEqual([]);
		expect(handInsFor(mergeClassRecords(removed, one), 'LESSON01')).toEqual([]);
	});

	it('takes back codes handed in again after the lesson was cleared, also when merged', () => {
		const first = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		const cleared = removeHandIns(first, 'LESSON01', at(10));
		const again = addHandIn(cleared, code('CR1-AAAAA'), at(11));
		expect(handInsFor(again, 'LESSON01')).toHaveLength(1);
		expect(handInsFor(mergeClassRecords(cleared, again), 'LESSON01')).toHaveLength(1);
		expect(handInsFor(mergeClassRecords(again, cleared), 'LESSON01')).toHaveLength(1);
	});

	it('refuses stored data of another shape, with a reason', () => {
		expect(parseClassRecord({ version: 2, handIns: [] })).toMatchObject({ ok: false });
		const record = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		expect(parseClassRecord(JSON.parse(JSON.stringify(record)))).toEqual({
			ok: true,
			value: record
		});
	});
});

describe('the kept hand-ins, checked part by part', () => {
	const big = 'x'.repeat(2_100_000);

	it('never keeps a hand-in larger than it would read back', () => {
		const record = addHandIn(emptyClassRecord(), code(big), at(9));
		expect(record.handIns).toEqual([]);
		expect(checkHandIn({ ...code(big), id: 'a', addedAt: at(9), removedAt: null })).toMatchObject({
			ok: false
		});
	});

	it('sets aside only the hand-in it cannot read, and reads every other one', () => {
		const kept = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		const stored = {
			version: 1,
			handIns: [
				...kept.handIns,
				{
					id: 'big',
					lessonId: 'LESSON01',
					source: 'big.json',
					text: big,
					addedAt: at(10),
					removedAt: null
				},
				{ nonsense: true }
			]
		};
		const parsed = parseClassRecord(JSON.parse(JSON.stringify(stored)));
		expect(parsed.ok).toBe(true);
		if (parsed.ok) {
			expect(handInsFor(parsed.value, 'LESSON01').map((handIn) => handIn.text)).toEqual([
				'CR1-AAAAA'
			]);
			expect(parsed.value.setAside).toHaveLength(2);
			expect(parsed.value.setAside.map((item) => item.reason)).toContain(
				'It is 2,100 thousand characters long, more than a hand-in can be.'
			);
			// Written back and read again, nothing set aside is lost.
			const again = parseClassRecord(JSON.parse(JSON.stringify(parsed.value)));
			expect(again).toEqual(parsed);
		}
	});

	it("keeps the teacher's latest choice per student, in either order of merging", () => {
		const one = chooseHandIn(
			emptyClassRecord(),
			{ lessonId: 'LESSON01', studentKey: 'ana', submissionId: 'first' },
			at(9)
		);
		const two = chooseHandIn(
			emptyClassRecord(),
			{ lessonId: 'LESSON01', studentKey: 'ana', submissionId: 'second' },
			at(10)
		);
		expect(choicesFor(mergeClassRecords(one, two), 'LESSON01')).toEqual(
			new Map([['ana', 'second']])
		);
		expect(mergeClassRecords(one, two)).toEqual(mergeClassRecords(two, one));
		const back = chooseHandIn(
			two,
			{ lessonId: 'LESSON01', studentKey: 'ana', submissionId: '' },
			at(11)
		);
		expect(choicesFor(back, 'LESSON01')).toEqual(new Map());
	});

	it('restores a backup by adding to what is kept, never replacing it', () => {
		const backup = addHandIn(emptyClassRecord(), code('CR1-AAAAA'), at(9));
		const now = addHandIn(emptyClassRecord(), code('CR1-BBBBB'), at(10));
		const restored = restoreClassRecord(now, JSON.stringify(backup));
		expect(restored).toMatchObject({ ok: true, handIns: 1 });
		if (restored.ok) {
			expect(handInsFor(restored.value, 'LESSON01').map((handIn) => handIn.text)).toEqual([
				'CR1-AAAAA',
				'CR1-BBBBB'
			]);
		}
		expect(restoreClassRecord(now, '{oops')).toMatchObject({ ok: false });
		expect(restoreClassRecord(now, '{"version":7}')).toMatchObject({ ok: false });
	});
});

describe('reading stored class results (property)', () => {
	const handInArb = fc.record({
		id: fc.string({ maxLength: 20 }),
		lessonId: fc.constantFrom('LESSON01', 'OTHER'),
		source: fc.string({ maxLength: 20 }),
		text: fc.string({ maxLength: 50 }),
		addedAt: fc.constantFrom(at(9), at(10), 'yesterday'),
		removedAt: fc.constantFrom(null, at(11), 7)
	});
	const itemArb = fc.oneof(handInArb, fc.anything(), fc.constant(null));

	it('never throws, and each stored hand-in is either read or set aside', () => {
		fc.assert(
			fc.property(fc.array(itemArb, { maxLength: 30 }), (items) => {
				const parsed = parseClassRecord({ version: 1, handIns: items });
				expect(parsed.ok).toBe(true);
				if (parsed.ok) {
					const texts = new Set(parsed.value.setAside.map((item) => item.text));
					const read = new Set(parsed.value.handIns);
					expect(read.size + texts.size).toBeLessThanOrEqual(items.length);
					for (const item of items) {
						const found =
							parsed.value.handIns.some(
								(handIn) => JSON.stringify(handIn) === JSON.stringify(item)
							) || texts.has(JSON.stringify(item) ?? String(item));
						expect(found).toBe(true);
					}
				}
			})
		);
	});

	it('merging with another tab loses no live hand-in', () => {
		const recordArb = fc
			.array(fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 23 })), {
				maxLength: 10
			})
			.map((entries) =>
				entries.reduce(
					(record, [text, hour]) => addHandIn(record, code(text), at(hour)),
					emptyClassRecord()
				)
			);
		fc.assert(
			fc.property(recordArb, recordArb, (a, b) => {
				const merged = mergeClassRecords(a, b);
				for (const handIn of [...a.handIns, ...b.handIns]) {
					expect(merged.handIns.some((kept) => kept.id === handIn.id)).toBe(true);
				}
				expect(merged).toEqual(mergeClassRecords(b, a));
			})
		);
	});
});

describe('removals, corrected names and class labels', () => {
	const t = (hour: number) => new Date(Date.UTC(2026, 2, 1, hour)).toISOString();

	it('keep the later change of each, whichever tab merges first', () => {
		const removed = setHandInRemoved(
			emptyClassRecord(),
			{ lessonId: 'L', submissionId: 's1', removed: true },
			t(9)
		);
		const back = setHandInRemoved(
			emptyClassRecord(),
			{ lessonId: 'L', submissionId: 's1', removed: false },
			t(10)
		);
		expect(removedFor(mergeClassRecords(removed, back), 'L').size).toBe(0);
		expect(mergeClassRecords(back, removed)).toEqual(mergeClassRecords(removed, back));
		const first = labelClass(emptyClassRecord(), { lessonId: 'L', label: 'Period 2' }, t(9));
		const second = labelClass(first, { lessonId: 'L', label: 'Period 3' }, t(10));
		expect(labelFor(second, 'L')).toBe('Period 3');
		expect(labelFor(mergeClassRecords(first, second), 'L')).toBe('Period 3');
	});

	it('refuse a name, label or removal that could not be kept, keeping what was there', () => {
		const named = renameHandIn(
			emptyClassRecord(),
			{ lessonId: 'L', submissionId: 's1', name: 'Ana' },
			t(9)
		);
		expect(
			renameHandIn(named, { lessonId: 'L', submissionId: 's1', name: 'x'.repeat(41) }, t(10))
		).toBe(named);
		expect(labelClass(named, { lessonId: 'L', label: 'Period\u202E3' }, t(10)).labels).toEqual([]);
		// A removal of no hand-in would be set aside when read back: it is not kept at all.
		expect(setHandInRemoved(named, { lessonId: 'L', submissionId: '', removed: true }, t(10))).toBe(
			named
		);
	});

	it('read back from storage, setting aside a part that cannot be read', () => {
		let record = renameHandIn(
			emptyClassRecord(),
			{ lessonId: 'L', submissionId: 's1', name: 'Ana Lima' },
			t(9)
		);
		record = labelClass(record, { lessonId: 'L', label: 'Period 3' }, t(9));
		const stored = JSON.parse(JSON.stringify(record));
		stored.removals = [{ lessonId: 'L', submissionId: 's2', removed: 'yes', at: t(9) }];
		const read = parseClassRecord(stored);
		expect(read.ok && renamesFor(read.value, 'L').get('s1')).toBe('Ana Lima');
		expect(read.ok && labelFor(read.value, 'L')).toBe('Period 3');
		expect(read.ok && read.value.setAside.map((item) => item.reason)).toEqual([
			'A hand-in removed or brought back.'
		]);
	});

	it('read a record saved before these existed', () => {
		const read = parseClassRecord({ version: 1, handIns: [] });
		expect(read.ok && read.value).toEqual(emptyClassRecord());
	});
});
