import { describe, expect, it } from 'vitest';
import {
	emptyLessonRuns,
	finishRun,
	mergeLessonRuns,
	parseLessonRuns,
	runOf,
	startRun
} from './lesson-runs';

const at = (hour: number) => new Date(Date.UTC(2026, 3, 1, hour)).toISOString();

describe("a student's lesson runs", () => {
	it('start once, remember the name, and finish once', () => {
		let record = startRun(emptyLessonRuns(), 'LESSON01', 'Ana', at(9));
		record = startRun(record, 'LESSON01', 'Ana B.', at(10));
		expect(record.studentName).toBe('Ana B.');
		expect(runOf(record, 'LESSON01')?.startedAt).toBe(at(9));
		record = finishRun(record, 'LESSON01', at(11));
		record = finishRun(record, 'LESSON01', at(12));
		expect(runOf(record, 'LESSON01')?.finishedAt).toBe(at(11));
	});

	it('merge two tabs, keeping the first start and first finish', () => {
		const one = finishRun(startRun(emptyLessonRuns(), 'L', 'Ana', at(9)), 'L', at(12));
		const two = finishRun(startRun(emptyLessonRuns(), 'L', 'Ana', at(10)), 'L', at(11));
		expect(runOf(mergeLessonRuns(one, two), 'L')).toEqual({
			lessonId: 'L',
			startedAt: at(9),
			finishedAt: at(11)
		});
		expect(mergeLessonRuns(one, two).runs).toEqual(mergeLessonRuns(two, one).runs);
	});

	it('refuse stored data of another shape', () => {
		expect(parseLessonRuns({ version: 1, runs: 'x' }).ok).toBe(false);
		const record = startRun(emptyLessonRuns(), 'L', 'Ana', at(9));
		expect(parseLessonRuns(JSON.parse(JSON.stringify(record)))).toEqual({
			ok: true,
			value: record
		});
	});
});
