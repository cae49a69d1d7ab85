import { describe, expect, it } from 'vitest';
import {
	addHandIn,
	emptyClassRecord,
	handInsFor,
	mergeClassRecords,
	parseClassRecord,
	removeHandIns
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
