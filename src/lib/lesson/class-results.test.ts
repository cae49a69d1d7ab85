import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	classResultsCsv,
	collectResults,
	scoreRange,
	studentKey,
	whatToKeep,
	type LessonQuestionInfo,
	type ResultsInput
} from './class-results';
import { buildAnswer, buildLesson, buildResult, resultArb } from '../../test-data/lessons';
import { formatTime, isoWithOffset } from './dates';
import { lessonIdentity } from './lesson';
import type { LessonResult } from './lesson-result';
import { decodeResultsCode, encodeResultsCode } from './results-code';
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
			outcomes: ['right', 'wrong', 'wrong', 'wrong'],
			score: 25,
			finishedAt: '2025-03-10T09:20:00.000Z'
		});
		const second = code({
			studentName: 'ana  lima',
			outcomes: ['right', 'right', 'right', 'wrong'],
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
					outcomes: ['right', 'right', 'partial', 'wrong'],
					score: 60,
					startedAt: '2025-03-10T09:00:00Z',
					finishedAt: '2025-03-10T09:35:00Z'
				}),
				code({
					studentName: 'Fail',
					outcomes: ['right', 'right', 'partial', 'wrong'],
					score: 59
				})
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
	const csv = classResultsCsv(
		collected,
		{ who: 'Q1 Who', why: '=Why?', where: 'Q3' },
		{ classLabel: 'Period 3', offsetMinutes: 60, locale: 'en-GB' }
	);
	const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });

	it('starts with a byte-order mark, so a spreadsheet reads the names as UTF-8', () => {
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(parsed.errors).toEqual([]);
	});

	it('reads back as the class table, one row per student, a column per question', () => {
		// A spreadsheet's header row as a teacher reads it, one column after another.
		expect(parsed.data[0]!.join(' | ')).toBe(
			'Class | Name | Score | Passed | Minutes | Started | Started (local time) | Finished | ' +
				'Finished (local time) | Late | Hand-ins | Q1 Who | Q1 Who: answer | ' +
				"'=Why? | '=Why?: answer | Q3 | Q3: answer | word | word: answer | Notes"
		);
		const rows = parsed.data.slice(1);
		expect(rows).toHaveLength(collected.rows.length);
		expect(rows.map((row) => [row[0], ...row.slice(2)])).toEqual(
			collected.rows.map((row) => [
				'Period 3',
				String(row.score),
				row.passed ? 'yes' : 'no',
				String(row.minutesTaken),
				isoWithOffset(row.startedAt, 60),
				formatTime(row.startedAt, 'en-GB'),
				isoWithOffset(row.finishedAt, 60),
				formatTime(row.finishedAt, 'en-GB'),
				row.late ? 'yes' : 'no',
				String(row.handIns),
				...row.outcomes.flatMap((outcome) => [outcome, '']),
				''
			])
		);
	});

	it('writes times as ISO 8601 with the offset, and again in the local format', () => {
		const ben = parsed.data.find((row) => row[1] === "'@Ben")!;
		expect(ben[5]).toBe('2025-03-10T10:00:00+01:00');
		expect(ben[7]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+01:00$/);
		expect(ben[8]).toMatch(/^\w{3}, \d{1,2} Mar 2025, \d{1,2}:\d{2}$/);
	});

	it('keeps names that look like formulas as text, with a leading apostrophe', () => {
		const names = parsed.data.slice(1).map((row) => row[1]);
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

describe('checking what a result claims', () => {
	it('allows any score the outcomes can give, partly right being worth anything between', () => {
		expect(scoreRange(['right', 'partial', 'wrong', 'missing'])).toEqual({
			min: 33,
			max: 67,
			mid: 50
		});
		expect(scoreRange(['missing'])).toEqual({ min: 0, max: 0, mid: 0 });
	});

	it('recomputes a score its outcomes cannot give, and says so', () => {
		const collected = collectResults(
			pasted(code({ outcomes: ['wrong', 'wrong', 'wrong', 'wrong'], score: 100 })),
			lesson,
			questions
		);
		expect(collected.rows[0]).toMatchObject({
			score: 0,
			passed: false,
			flags: [{ kind: 'score-mismatch', claimed: 100 }]
		});
	});

	it('flags finish times in the future, after the hand-in, or before the lesson was made', () => {
		const inputs: ResultsInput[] = [
			{
				source: 'a',
				text: code({
					studentName: 'Future',
					startedAt: '2250-01-01T00:00:00.000Z',
					finishedAt: '2250-01-01T00:10:00.000Z'
				}),
				addedAt: '2025-03-20T00:00:00.000Z'
			},
			{
				source: 'b',
				text: code({
					studentName: 'After',
					startedAt: '2025-03-21T00:00:00.000Z',
					finishedAt: '2025-03-21T00:10:00.000Z'
				}),
				addedAt: '2025-03-20T00:00:00.000Z'
			},
			{
				source: 'c',
				text: code({
					studentName: 'Before',
					startedAt: '2024-01-01T00:00:00.000Z',
					finishedAt: '2024-01-01T00:10:00.000Z'
				})
			}
		];
		const collected = collectResults(inputs, lesson, questions, {
			now: Date.parse('2025-03-25T00:00:00.000Z'),
			lessonMadeAt: '2025-03-01T00:00:00.000Z'
		});
		expect(
			collected.rows.map((row) => [row.studentName, row.flags.map((flag) => flag.kind)])
		).toEqual([
			['After', ['finished-after-hand-in']],
			['Before', ['finished-before-lesson']],
			['Future', ['finished-in-future']]
		]);
	});

	it('counts the later start of two hand-ins finished at the same minute, and else the one handed in later', () => {
		const finishedAt = '2025-03-10T10:00:00.000Z';
		const early = code({ score: 25, outcomes: ['right', 'wrong', 'wrong', 'wrong'], finishedAt });
		const lateStart = code({
			score: 50,
			outcomes: ['right', 'right', 'wrong', 'wrong'],
			startedAt: '2025-03-10T09:30:00.000Z',
			finishedAt
		});
		const sameTimes = code({
			score: 75,
			outcomes: ['right', 'right', 'right', 'wrong'],
			finishedAt
		});
		const score = (...codes: string[]) =>
			collectResults(pasted(...codes), lesson, questions).rows.map((row) => row.score);
		expect(score(lateStart, early)).toEqual([50]);
		expect(score(early, lateStart)).toEqual([50]);
		expect(score(early, sameTimes)).toEqual([75]);
		expect(score(sameTimes, early)).toEqual([25]);
	});

	it('does not let a later hand-in with an impossible time replace a plausible one', () => {
		const real = code({
			studentName: 'Ana Lima',
			outcomes: ['right', 'wrong', 'wrong', 'wrong'],
			score: 25
		});
		const forged = code({
			studentName: 'Ana Lima',
			startedAt: '2250-01-01T00:00:00.000Z',
			finishedAt: '2250-01-01T00:10:00.000Z'
		});
		const collected = collectResults(pasted(real, forged), lesson, questions);
		expect(collected.rows).toHaveLength(1);
		expect(collected.rows[0]).toMatchObject({ score: 25, handIns: 2 });
	});

	it('counts the hand-in the teacher chose, and the latest again when the choice is gone', () => {
		const first = code({ outcomes: ['right', 'wrong', 'wrong', 'wrong'], score: 25 });
		const second = code({ finishedAt: '2025-03-11T10:00:00.000Z' });
		const plain = collectResults(pasted(first, second), lesson, questions);
		expect(plain.rows[0]).toMatchObject({ score: 100, chosen: false });
		const earlier = plain.submissions.find((submission) => !submission.latest)!;
		const chosen = collectResults(pasted(first, second), lesson, questions, {
			choices: new Map([[plain.rows[0]!.studentKey, earlier.id]])
		});
		expect(chosen.rows[0]).toMatchObject({ score: 25, chosen: true });
		const stale = collectResults(pasted(first, second), lesson, questions, {
			choices: new Map([[plain.rows[0]!.studentKey, 'no-such-hand-in']])
		});
		expect(stale.rows[0]).toMatchObject({ score: 100, chosen: false });
	});
});

describe('whatToKeep', () => {
	it('keeps only the codes of a chat export, which read back the same', () => {
		const text = `Ana: here ${code({ studentName: 'Ana' })} thanks\nBen: ${code({ studentName: 'Ben' })}\nbye`;
		const kept = whatToKeep(text);
		expect(kept).toMatchObject({ ok: true, codes: 2 });
		if (kept.ok) {
			expect(kept.text).not.toContain('thanks');
			const ids = (input: string) =>
				collectResults(pasted(input), lesson, questions).submissions.map((s) => s.id);
			expect(ids(kept.text)).toEqual(ids(text));
		}
	});

	it('keeps nothing of text or a file with no results in it', () => {
		expect(whatToKeep('x'.repeat(377_000))).toMatchObject({ ok: false });
		expect(whatToKeep('{"format":"other"}')).toMatchObject({ ok: false });
	});

	it('refuses a paste of 10,000 codes with a clear message', () => {
		const one = code();
		const kept = whatToKeep(Array.from({ length: 10_000 }, () => one).join('\n'));
		expect(kept).toEqual({
			ok: false,
			reason:
				'This holds more than 1,000 results codes, more than the page takes at once. Add them a class at a time.'
		});
	});

	it('keeps a results file compactly, and it reads back the same', () => {
		const file = encodeResultsFile({
			lessonTitle: lesson.title,
			result: result(),
			answers: [buildAnswer({ questionId: 'who' })]
		});
		const kept = whatToKeep(file);
		expect(kept.ok).toBe(true);
		if (kept.ok) {
			expect(kept.text.length).toBeLessThan(file.length);
			expect(collectResults([{ source: 'f', text: kept.text }], lesson, questions).rows).toEqual(
				collectResults([{ source: 'f', text: file }], lesson, questions).rows
			);
		}
	});
});

describe('collectResults at scale and under attack (property)', () => {
	const codeArb = resultArb.map((random) =>
		encodeResultsCode({ ...random, lessonId, outcomes: random.outcomes.slice(0, 4) })
	);
	/** A code with one character changed, dropped or doubled, as a chat app or a person would. */
	const mutatedArb = fc
		.tuple(
			codeArb,
			fc.nat(),
			fc.constantFrom('change', 'drop', 'double'),
			fc.string({ maxLength: 1 })
		)
		.map(([text, at, how, character]) => {
			const i = at % text.length;
			return how === 'drop'
				? text.slice(0, i) + text.slice(i + 1)
				: how === 'double'
					? text.slice(0, i + 1) + text.slice(i)
					: text.slice(0, i) + character + text.slice(i + 1);
		});
	const inputArb = fc
		.array(fc.oneof(codeArb, mutatedArb, fc.string({ maxLength: 80 }), fc.constant('{"format":')), {
			maxLength: 20
		})
		.map((lines) => lines.join('\n'));

	it('never throws, and gives every student who handed in exactly one row', () => {
		fc.assert(
			fc.property(fc.array(inputArb, { maxLength: 4 }), (texts) => {
				const collected = collectResults(
					texts.map((text) => ({ source: 'pasted', text })),
					lesson,
					questions
				);
				const students = new Set(collected.submissions.map((s) => s.studentKey));
				expect(collected.rows.map((row) => row.studentKey).sort()).toEqual([...students].sort());
				expect(collected.submissions.filter((s) => s.latest)).toHaveLength(students.size);
				for (const row of collected.rows) {
					expect(row.score).toBeGreaterThanOrEqual(scoreRange(row.outcomes).min);
					expect(row.score).toBeLessThanOrEqual(scoreRange(row.outcomes).max);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('keeps what it reads: the kept text of any paste gives the same results', () => {
		fc.assert(
			fc.property(inputArb, (text) => {
				const kept = whatToKeep(text);
				const before = collectResults(pasted(text), lesson, questions).submissions;
				if (kept.ok) {
					const after = collectResults(pasted(kept.text), lesson, questions).submissions;
					expect(after.map((s) => s.id)).toEqual(before.map((s) => s.id));
				} else {
					expect(before).toEqual([]);
				}
			}),
			{ numRuns: 60 }
		);
	});

	it('reads 10,000 different codes into 10,000 rows', () => {
		const codes = Array.from({ length: 10_000 }, (_, index) =>
			code({ studentName: `Student ${index}` })
		);
		const collected = collectResults(
			Array.from({ length: 10 }, (_, part) => ({
				source: `part ${part}`,
				text: codes.slice(part * 1000, part * 1000 + 1000).join('\n')
			})),
			lesson,
			questions
		);
		expect(collected.rows).toHaveLength(10_000);
		expect(collected.rejected).toEqual([]);
	}, 60_000);
});

describe('the teacher’s corrections', () => {
	const ana = code({
		studentName: 'Ana Lmia',
		outcomes: ['right', 'wrong', 'right', 'right'],
		score: 75
	});
	const ben = code({ studentName: 'Ben' });
	const read = (options: Parameters<typeof collectResults>[3] = {}) =>
		collectResults(pasted(ana, ben), lesson, questions, options);
	const anaId = read().rows.find((row) => row.studentName === 'Ana Lmia')!.submissionId;

	it('leave a removed hand-in out of the table, and keep it to bring back', () => {
		const collected = read({ removed: new Set([anaId]) });
		expect(collected.rows.map((row) => row.studentName)).toEqual(['Ben']);
		expect(collected.removed.map((submission) => submission.result.studentName)).toEqual([
			'Ana Lmia'
		]);
		expect(collected.perQuestion.find((rate) => rate.questionId === 'why')!.wrong).toBe(0);
	});

	it('show a corrected name, and remember the name as typed', () => {
		const collected = read({ renames: new Map([[anaId, 'Ana Lima']]) });
		const row = collected.rows.find((each) => each.studentName === 'Ana Lima')!;
		expect(row).toMatchObject({
			renamedFrom: 'Ana Lmia',
			studentKey: 'analima',
			submissionId: anaId
		});
		const csv = classResultsCsv(collected);
		expect(csv).toContain('Ana Lima');
		expect(csv).toContain('Name corrected by the teacher from “Ana Lmia”.');
	});

	it('keep each hand-in’s own times when one handed in before them is removed', () => {
		const first = code({
			studentName: 'Ben',
			outcomes: ['right', 'wrong', 'wrong', 'wrong'],
			score: 25,
			startedAt: '2025-03-14T10:00:00.000Z',
			finishedAt: '2025-03-14T10:45:00.000Z'
		});
		const latest = code({
			studentName: 'Ben',
			startedAt: '2025-03-15T11:00:00.000Z',
			finishedAt: '2025-03-15T11:30:00.000Z'
		});
		const collected = collectResults(pasted(ana, first, latest), lesson, questions, {
			removed: new Set([anaId])
		});
		expect(collected.rows).toHaveLength(1);
		expect(collected.rows[0]).toMatchObject({
			studentName: 'Ben',
			score: 100,
			minutesTaken: 30,
			finishedAt: '2025-03-15T11:30:00.000Z',
			late: true,
			handIns: 2
		});
		expect(collected.submissions.map((s) => [s.result.score, s.latest])).toEqual([
			[25, false],
			[100, true]
		]);
		expect(collected.removed.map((s) => s.latest)).toEqual([false]);
	});

	it('count a corrected name with the same student’s other hand-ins', () => {
		const later = code({ studentName: 'Ana Lima', finishedAt: '2025-03-10T10:00:00.000Z' });
		const collected = collectResults(pasted(ana, ben, later), lesson, questions, {
			renames: new Map([[anaId, 'Ana Lima']])
		});
		expect(collected.rows.map((row) => [row.studentName, row.handIns])).toEqual([
			['Ana Lima', 2],
			['Ben', 1]
		]);
	});

	it('name the teacher’s own questions and their origin in the CSV headers, still neutralised', () => {
		const own = buildLesson({ questionIds: ['who', 't-why', 't-new-1', 'word'] });
		const ownQuestions = questions.map((question, index) =>
			index === 1
				? { ...question, id: 't-why' }
				: index === 2
					? { ...question, id: 't-new-1' }
					: question
		);
		const handIn = encodeResultsCode(
			buildResult({
				lessonId: lessonIdentity(own),
				studentName: 'Dara',
				outcomes: ['right', 'wrong', 'right', 'right'],
				score: 75
			})
		);
		const csv = classResultsCsv(
			collectResults(pasted(handIn), own, ownQuestions),
			{ who: 'Q1: Who?', 't-why': '=Q2: Why?', 't-new-1': 'Q3: Where?' },
			{
				origins: new Map([
					['t-why', { kind: 'edited', from: 'why' }],
					['t-new-1', { kind: 'added' }]
				]),
				offsetMinutes: 0,
				locale: 'en-GB'
			}
		);
		const [header, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
		expect(header!.slice(11, -1)).toEqual([
			'Q1: Who?',
			'Q1: Who?: answer',
			"'=Q2: Why? (teacher’s question, edited from why)",
			"'=Q2: Why? (teacher’s question, edited from why): answer",
			'Q3: Where? (teacher’s question, added by the teacher)',
			'Q3: Where? (teacher’s question, added by the teacher): answer',
			'word',
			'word: answer'
		]);
		expect(row!.slice(1, 2)).toEqual(['Dara']);
		// The ISO and local time columns stay as they were.
		expect(header!.slice(5, 9)).toEqual([
			'Started',
			'Started (local time)',
			'Finished',
			'Finished (local time)'
		]);
	});

	it('carry each answer of a version-2 code into the row', () => {
		const given = code({
			studentName: 'Cleo',
			outcomes: ['right', 'wrong', 'unanswered', 'missing'],
			score: 50,
			answers: [
				{ first: { type: 'single-choice', choice: 0 }, later: null },
				{ first: { type: 'short-answer', text: 'war' }, later: 'right' },
				null,
				null
			]
		});
		const row = collectResults(pasted(given), lesson, questions).rows[0]!;
		expect(row.given?.[1]).toEqual({
			first: { type: 'short-answer', text: 'war' },
			later: 'right'
		});
		const csv = classResultsCsv(collectResults(pasted(given), lesson, questions));
		expect(csv).toContain('“war” (fixed on a later try)');
	});

	it('tells apart names that look alike in plain letters and digits, and no others', () => {
		const names = ['B0b Lee', 'Bob Lee', 'Al Kim', 'A1 Kim', 'AI Kim', 'Cleo Park', 'Ana Lima'];
		const read = collectResults(
			pasted(...names.map((studentName) => code({ studentName }))),
			lesson,
			questions
		);
		const alike = new Map(read.rows.map((row) => [row.studentName, row.lookAlike]));
		expect(alike.get('B0b Lee')).toBe('Bob Lee');
		expect(alike.get('Bob Lee')).toBe('B0b Lee');
		for (const name of ['Al Kim', 'A1 Kim', 'AI Kim']) {
			expect(alike.get(name)).toMatch(/^A[l1I] Kim$/);
			expect(alike.get(name)).not.toBe(name);
		}
		expect(alike.get('Cleo Park')).toBeNull();
		expect(alike.get('Ana Lima')).toBeNull();
	});

	it('gives a hand-in the same id as ever, so the choices a teacher kept still name it', () => {
		const idOf = (studentName: string) =>
			collectResults(
				[
					{
						source: 'Pasted text',
						text: encodeResultsCode(buildResult({ lessonId: idLessonId, studentName }))
					}
				],
				idLesson,
				[]
			).submissions[0]?.id;
		expect(idOf('Ana Lima')).toBe('1c6m5nq-70');
		expect(idOf('Zoë "Q" \\ Ng')).toBe('2sfv5r-75');
	});

	it('gives every hand-in the hash of its content as JSON, as every id has been made', () => {
		const fnv = (text: string) => {
			let hash = 0x811c9dc5;
			for (let i = 0; i < text.length; i++) {
				hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
			}
			return `${(hash >>> 0).toString(36)}-${text.length}`;
		};
		fc.assert(
			fc.property(resultArb, (arbitrary) => {
				const lesson = buildLesson({
					questionIds: arbitrary.outcomes.map((_, index) => `q${index}`)
				});
				const code = encodeResultsCode({ ...arbitrary, lessonId: lessonIdentity(lesson) });
				const [submission] = collectResults(
					[{ source: 'Pasted text', text: code }],
					lesson,
					[]
				).submissions;
				const { result } = decodeResultsCode(code) as { result: LessonResult };
				const json = JSON.stringify([
					studentKey(result.studentName),
					Date.parse(result.startedAt),
					Date.parse(result.finishedAt),
					result.score,
					result.outcomes
				]);
				expect(submission?.id).toBe(fnv(json));
			}),
			{ numRuns: 200 }
		);
	});

	it('keeps two students apart whose hand-ins hash to the same id', () => {
		// Found by search: these two keys' content gives the same hash and length.
		const codes = ['1tzlaaa', 'o3apaaa', '1tzlaaa', 'o3apaaa'].map((studentName) =>
			encodeResultsCode(buildResult({ lessonId: idLessonId, studentName }))
		);
		const collected = collectResults(pasted(...codes), idLesson, []);
		expect(collected.submissions.map((s) => [s.result.studentName, s.id])).toEqual([
			['1tzlaaa', 'vffsov-70'],
			['o3apaaa', 'vffsov-70']
		]);
		expect(collected.rows.map((row) => row.studentName)).toEqual(['1tzlaaa', 'o3apaaa']);
	});
});

const idLesson = buildLesson({ questionIds: ['a', 'b', 'c'] });
const idLessonId = lessonIdentity(idLesson);
