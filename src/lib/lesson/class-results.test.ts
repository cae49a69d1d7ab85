import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	classResultsCsv,
	collectResults,
	type LessonQuestionInfo,
	type ResultsInput
} from './class-results';
import { buildAnswer, buildLesson, buildResult } from '../../test-data/lessons';
import { lessonIdentity } from './lesson';
import type { LessonResult } from './lesson-result';
import { encodeResultsCode } from './results-code';
import { encodeResultsFile } from './results-file';

const lesson = buildLesson({
	questionIds: ['who', 'why', 'where', 'word'],
	passMark: 60,
	dueDate: '2025-03-14'
});
const lessonId = lessonIdentity(lesson);
const questions: LessonQuestionInfo[] = [
	{ id: 'who', skill: 'key-detail', readingId: 'r-1' },
	{ id: 'why', skill: 'inference', readingId: 'r-1' },
	{ id: 'where', skill: 'key-detail', readingId: 'r-2' },
	{ id: 'word', skill: 'vocabulary', readingId: 'r-2' }
];

function result(overrides: Partial<LessonResult> = {}): LessonResult {
	return buildResult({
		lessonId,
		outcomes: ['right', 'right', 'right', 'right'],
		score: 100,
		...overrides
	});
}

const code = (overrides: Partial<LessonResult> = {}) => encodeResultsCode(result(overrides));

function pasted(...lines: string[]): ResultsInput[] {
	return [{ source: 'Pasted text', text: lines.join('\n') }];
}

/** A local time on a March 2025 day, as the teacher's browser would read it. */
const local = (day: number, hour: number, minute = 0) =>
	new Date(2025, 2, day, hour, minute).toISOString();

describe('collectResults', () => {
	it('counts the latest hand-in of a student, and shows both', () => {
		const first = code({
			studentName: 'Ana Lima',
			score: 25,
			finishedAt: '2025-03-10T09:20:00.000Z'
		});
		const second = code({
			studentName: 'ana  lima',
			score: 75,
			finishedAt: '2025-03-11T10:00:00.000Z'
		});
		const collected = collectResults(pasted(second, first), lesson, questions);
		expect(collected.submissions.map((s) => [s.result.score, s.latest])).toEqual([
			[75, true],
			[25, false]
		]);
		expect(collected.rows).toHaveLength(1);
		expect(collected.rows[0]).toMatchObject({ studentName: 'ana  lima', score: 75, handIns: 2 });
	});

	it('matches names with case and spaces ignored, even spaces left out', () => {
		const collected = collectResults(
			pasted(
				code({ studentName: 'Mary Ann', finishedAt: '2025-03-10T09:10:00.000Z' }),
				code({ studentName: 'MARYANN', finishedAt: '2025-03-10T09:20:00.000Z' }),
				code({ studentName: 'Mary Anne', finishedAt: '2025-03-10T09:30:00.000Z' })
			),
			lesson,
			questions
		);
		expect(collected.rows.map((row) => [row.studentName, row.handIns])).toEqual([
			['Mary Anne', 1],
			['MARYANN', 2]
		]);
	});

	it('flags a code for another lesson instead of mixing it in', () => {
		const other = encodeResultsCode(buildResult({ lessonId: 'ZZZZZZZZ', studentName: 'Ben' }));
		const collected = collectResults(pasted(code(), other), lesson, questions);
		expect(collected.otherLesson).toEqual([
			{ source: 'Pasted text', lessonId: 'ZZZZZZZZ', studentName: 'Ben' }
		]);
		expect(collected.rows.map((row) => row.studentName)).toEqual(['Ana Lima']);
		expect(collected.rejected).toEqual([]);
	});

	it('finds codes among the words a chat message puts around them', () => {
		const collected = collectResults(
			pasted(
				`Here is mine: ${code({ studentName: 'Ana' })} thanks!`,
				'Hi miss, sorry it is late',
				`Ben: ${code({ studentName: 'Ben' }).toLowerCase()}.`
			),
			lesson,
			questions
		);
		expect(collected.rows.map((row) => row.studentName)).toEqual(['Ana', 'Ben']);
		expect(collected.rejected).toEqual([]);
	});

	it('lists every code it refuses, with the reason and where it came from', () => {
		const good = code({ studentName: 'Cleo' });
		const mistyped = good.slice(0, 10) + (good[10] === 'X' ? 'Y' : 'X') + good.slice(11);
		const collected = collectResults(
			[
				{ source: 'Pasted text', text: `${mistyped}\n${good.slice(0, 30)}\n${good.slice(6)}` },
				{ source: 'notes.txt', text: 'I could not finish' },
				{ source: 'ana.json', text: '{"format": "close-read-results", "version": 1}' }
			],
			lesson,
			questions
		);
		expect(collected.rejected.map(({ source, reason }) => [source, reason.split(':')[0]])).toEqual([
			['Pasted text', 'This code does not add up'],
			['Pasted text', 'This code is shorter than it should be'],
			['Pasted text', 'This looks like part of a results code, but it does not start with CR1-'],
			['notes.txt', 'No results code or results file was found here.'],
			['ana.json', 'Part of this results file could not be read (lessonTitle']
		]);
		expect(collected.rejected[0]!.excerpt).toBe(mistyped);
		expect(collected.rows).toEqual([]);
	});

	it('refuses a result with the lesson id but a different number of questions', () => {
		const collected = collectResults(pasted(code({ outcomes: ['right'] })), lesson, questions);
		expect(collected.rejected[0]?.reason).toContain('1 questions, but the lesson has 4');
	});

	it('reads results files, and counts a code and a file of the same hand-in once, with the answers', () => {
		const same = result({ studentName: 'Dan' });
		const file = encodeResultsFile({
			lessonTitle: lesson.title,
			result: same,
			answers: [buildAnswer({ questionId: 'who' })]
		});
		const collected = collectResults(
			[
				{ source: 'Pasted text', text: encodeResultsCode(same) },
				{ source: 'dan.json', text: file }
			],
			lesson,
			questions
		);
		expect(collected.submissions).toHaveLength(1);
		expect(collected.submissions[0]).toMatchObject({ source: 'dan.json', latest: true });
		expect(collected.submissions[0]!.answers).toHaveLength(1);
		expect(collected.rows[0]!.handIns).toBe(1);
	});

	it('marks as late a result finished after the end of the due day, in local time', () => {
		const collected = collectResults(
			pasted(
				code({
					studentName: 'On time',
					startedAt: local(14, 23, 0),
					finishedAt: local(14, 23, 59)
				}),
				code({ studentName: 'Late', startedAt: local(14, 23, 30), finishedAt: local(15, 0, 1) })
			),
			lesson,
			questions
		);
		expect(collected.rows.map((row) => [row.studentName, row.late])).toEqual([
			['Late', true],
			['On time', false]
		]);
		const undated = buildLesson({ ...lesson, dueDate: null });
		const months = encodeResultsCode(
			result({ lessonId: lessonIdentity(undated), finishedAt: local(30, 12) })
		);
		expect(collectResults(pasted(months), undated, questions).rows[0]?.late).toBe(false);
	});

	it('gives each row its pass, and the minutes taken', () => {
		const collected = collectResults(
			pasted(
				code({
					studentName: 'Pass',
					score: 60,
					startedAt: '2025-03-10T09:00:00Z',
					finishedAt: '2025-03-10T09:35:00Z'
				}),
				code({ studentName: 'Fail', score: 59 })
			),
			lesson,
			questions
		);
		expect(collected.rows.map((row) => [row.studentName, row.passed, row.minutesTaken])).toEqual([
			['Fail', false, 24],
			['Pass', true, 35]
		]);
	});

	it('rates questions and skills from the latest hand-ins, weakest first, partly right as half', () => {
		const collected = collectResults(
			pasted(
				code({ studentName: 'A', outcomes: ['right', 'wrong', 'partial', 'right'] }),
				code({ studentName: 'B', outcomes: ['right', 'unanswered', 'wrong', 'missing'] }),
				code({ studentName: 'C', outcomes: ['wrong', 'wrong', 'right', 'missing'] }),
				// An earlier try of C's that must not count.
				code({
					studentName: 'C',
					outcomes: ['right', 'right', 'right', 'right'],
					finishedAt: '2025-03-10T09:01:00.000Z'
				})
			),
			lesson,
			questions
		);
		expect(collected.perQuestion.map((q) => [q.questionId, q.rate])).toEqual([
			['why', 0],
			['where', 0.5],
			['who', 2 / 3],
			['word', 1]
		]);
		expect(collected.perQuestion.find((q) => q.questionId === 'word')).toMatchObject({
			right: 1,
			missing: 2
		});
		expect(collected.perSkill).toEqual([
			{ skill: 'inference', rate: 0, questions: ['why'] },
			{ skill: 'key-detail', rate: 3.5 / 6, questions: ['who', 'where'] },
			{ skill: 'vocabulary', rate: 1, questions: ['word'] }
		]);
	});

	it('rates a question nobody had as unknown, last, with no skill if Close Read lost it', () => {
		const collected = collectResults(
			pasted(code({ outcomes: ['wrong', 'right', 'right', 'missing'] })),
			lesson,
			questions.slice(0, 3)
		);
		expect(collected.perQuestion.at(-1)).toMatchObject({
			questionId: 'word',
			skill: null,
			rate: null
		});
		expect(collected.perSkill.map((s) => s.skill)).toEqual(['key-detail', 'inference']);
	});

	it('explains an empty paste as nothing found, and ignores an empty one', () => {
		expect(collectResults(pasted('   '), lesson, questions).rejected).toEqual([]);
		expect(collectResults(pasted('hello'), lesson, questions).rejected).toHaveLength(1);
	});
});

describe('classResultsCsv', () => {
	const collected = collectResults(
		pasted(
			code({
				studentName: '=HYPERLINK("http://x","y")',
				outcomes: ['right', 'wrong', 'partial', 'missing'],
				score: 63
			}),
			code({
				studentName: '+Ana, "the" Lima',
				outcomes: ['unanswered', 'right', 'right', 'right'],
				score: 75
			}),
			code({ studentName: '@Ben', finishedAt: local(15, 9) }),
			code({ studentName: '-Zoë 王' })
		),
		lesson,
		questions
	);
	const csv = classResultsCsv(collected, { who: 'Q1 Who', why: '=Why?', where: 'Q3' });
	const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });

	it('starts with a byte-order mark, so a spreadsheet reads the names as UTF-8', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(parsed.errors).toEqual([]);
	});

	it('reads back as the class table, one row per student, a column per question', () => {
		expect(parsed.data[0]).toEqual([
			'Name',
			'Score',
			'Passed',
			'Minutes',
			'Started',
			'Finished',
			'Late',
			'Hand-ins',
			'Q1 Who',
			"'=Why?",
			'Q3',
			'word'
		]);
		const rows = parsed.data.slice(1);
		expect(rows).toHaveLength(collected.rows.length);
		expect(rows.map((row) => row.slice(1))).toEqual(
			collected.rows.map((row) => [
				String(row.score),
				row.passed ? 'yes' : 'no',
				String(row.minutesTaken),
				row.startedAt,
				row.finishedAt,
				row.late ? 'yes' : 'no',
				String(row.handIns),
				...row.outcomes
			])
		);
	});

	it('keeps names that look like formulas as text, with a leading apostrophe', () => {
		const names = parsed.data.slice(1).map((row) => row[0]);
		expect(names).toEqual(
			collected.rows.map((row) =>
				/^[=+\-@]/.test(row.studentName) ? `'${row.studentName}` : row.studentName
			)
		);
		expect(names).toContain(`'=HYPERLINK("http://x","y")`);
		expect(names).toContain(`'+Ana, "the" Lima`);
		expect(names).toContain("'@Ben");
		expect(names).toContain("'-Zoë 王");
	});
});
