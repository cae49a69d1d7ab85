import { describe, expect, it } from 'vitest';
import { collectResults } from '$lib/lesson/class-results';
import { buildLesson, buildResult } from '../../../test-data/lessons';
import { lessonIdentity } from '$lib/lesson/lesson';
import type { LessonResult } from '$lib/lesson/lesson-result';
import { encodeResultsCode } from '$lib/lesson/results-code';
import { formatMinutes, tableRows } from './class-table';

const lesson = buildLesson({ dueDate: '2025-03-10', passMark: 60 });
const lessonId = lessonIdentity(lesson);
const code = (overrides: Partial<LessonResult>) =>
	encodeResultsCode(buildResult({ lessonId, ...overrides }));

function collect(...codes: string[]) {
	return collectResults([{ source: 'Pasted text', text: codes.join('\n') }], lesson, []);
}

describe('tableRows', () => {
	const first = code({ studentName: 'Ana', score: 33, outcomes: ['wrong', 'right', 'wrong'] });
	const latest = code({
		studentName: 'Ana',
		score: 100,
		outcomes: ['right', 'right', 'right'],
		startedAt: '2025-03-12T09:00:00.000Z',
		finishedAt: '2025-03-12T10:05:00.000Z'
	});
	const ben = code({ studentName: 'Ben', score: 50, outcomes: ['right', 'partial', 'unanswered'] });

	it('puts an earlier hand-in right after the counted one, marked as not counted', () => {
		const rows = tableRows(collect(first, ben, latest), lesson, {
			column: 'score',
			direction: 'descending'
		});
		expect(rows.map((row) => [row.studentName, row.score, row.counted])).toEqual([
			['Ana', 100, true],
			['Ana', 33, false],
			['Ben', 50, true]
		]);
	});

	it('works out pass and lateness for an earlier hand-in as for a counted one', () => {
		const rows = tableRows(collect(first, latest), lesson, {
			column: 'name',
			direction: 'ascending'
		});
		expect(rows.map(({ passed, late, minutesTaken }) => ({ passed, late, minutesTaken }))).toEqual([
			{ passed: true, late: true, minutesTaken: 65 },
			{ passed: false, late: false, minutesTaken: 24 }
		]);
	});

	it("sorts a question's column with the weakest answers first when ascending", () => {
		const cleo = code({ studentName: 'Cleo', outcomes: ['right', 'wrong', 'right'], score: 67 });
		const rows = tableRows(collect(ben, cleo, latest), lesson, {
			column: 'question-1',
			direction: 'ascending'
		});
		expect(rows.map((row) => row.studentName)).toEqual(['Cleo', 'Ben', 'Ana']);
	});
});

describe('formatMinutes', () => {
	it('writes hours and minutes as a person would', () => {
		expect([0, 24, 60, 65].map(formatMinutes)).toEqual(['0 min', '24 min', '1 h', '1 h 5 min']);
	});
});
