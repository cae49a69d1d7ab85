import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../quiz/response';
import { buildAttempt, buildProgress, buildVisit } from '../../../test-data/progress';
import {
	emptyProgress,
	mergeProgress,
	parseProgress,
	type Attempt,
	type ProgressRecord
} from '../record';
import {
	MAX_IMPORT_BYTES,
	describeImport,
	exportProgressFile,
	importProgressFile
} from './transfer';

// Built from local time, so the file name's date is the 10th in every time zone.
const now = new Date(2025, 2, 10, 12, 0);

const mine = buildProgress({
	attempts: [
		buildAttempt({ id: 'mine-1', questionId: 'q-1', at: '2025-03-01T09:00:00.000Z' }),
		buildAttempt({ id: 'shared', questionId: 'q-2', at: '2025-03-02T09:00:00.000Z' })
	],
	readings: { 'r-1': buildVisit() }
});
const theirs = buildProgress({
	attempts: [
		buildAttempt({ id: 'shared', questionId: 'q-2', at: '2025-03-02T09:00:00.000Z' }),
		buildAttempt({ id: 'theirs-1', questionId: 'q-3', at: '2025-03-03T09:00:00.000Z' })
	],
	readings: { 'r-1': buildVisit(), 'r-2': buildVisit({ secondsSpent: 90 }) }
});

function refused(text: string, current: ProgressRecord = mine): string {
	const result = importProgressFile(text, current);
	if (result.ok) {
		throw new Error('expected the file to be refused');
	}
	return result.reason;
}

describe('exportProgressFile', () => {
	it("names the file after the student's day and says what it holds", () => {
		const file = exportProgressFile(mine, now);
		expect(file.name).toBe('close-read-progress-2025-03-10.json');
		expect(JSON.parse(file.text)).toEqual({
			app: 'close-read',
			kind: 'progress',
			exportedAt: now.toISOString(),
			record: mine
		});
	});

	it('gives back the same progress when imported into an empty record', () => {
		const result = importProgressFile(exportProgressFile(mine, now).text, emptyProgress());
		expect(result).toEqual({
			ok: true,
			merged: mine,
			summary: {
				attemptsAdded: 2,
				attemptsAlreadyThere: 0,
				attemptsRenamed: 0,
				leftOutImpossibleDates: 0,
				readingsAdded: 1
			}
		});
	});
});

describe('importProgressFile', () => {
	it('adds what the file has to what is kept, and says how much was new', () => {
		const result = importProgressFile(exportProgressFile(theirs, now).text, mine);
		expect(result.ok && result.merged.attempts.map((attempt) => attempt.id)).toEqual([
			'mine-1',
			'shared',
			'theirs-1'
		]);
		expect(result.ok && Object.keys(result.merged.readings)).toEqual(['r-1', 'r-2']);
		expect(result.ok && result.summary).toEqual({
			attemptsAdded: 1,
			attemptsAlreadyThere: 1,
			attemptsRenamed: 0,
			leftOutImpossibleDates: 0,
			readingsAdded: 1
		});
	});

	it('reads a bare record, as kept in the browser, as well as the exported file', () => {
		const result = importProgressFile(JSON.stringify(theirs), mine);
		expect(result.ok && result.summary.attemptsAdded).toBe(1);
	});

	it('reads a file that an editor saved with a byte order mark', () => {
		const result = importProgressFile(`\uFEFF${exportProgressFile(theirs, now).text}`, mine);
		expect(result.ok).toBe(true);
	});

	it('adds nothing the second time the same file is imported', () => {
		const text = exportProgressFile(theirs, now).text;
		const first = importProgressFile(text, mine);
		const second = first.ok ? importProgressFile(text, first.merged) : first;
		expect(second.ok && second.summary).toEqual({
			attemptsAdded: 0,
			attemptsAlreadyThere: 2,
			attemptsRenamed: 0,
			leftOutImpossibleDates: 0,
			readingsAdded: 0
		});
		expect(second.ok && first.ok && second.merged).toEqual(first.ok && first.merged);
	});

	it('refuses an empty file', () => {
		expect(refused('')).toMatch(/^This file is empty\./);
		expect(refused('  \n')).toMatch(/^This file is empty\./);
	});

	it('refuses text that is not JSON, such as a file cut short', () => {
		expect(refused('hello')).toMatch(/not a Close Read progress file.*not in the JSON format/);
		const text = exportProgressFile(theirs, now).text;
		expect(refused(text.slice(0, text.length / 2))).toMatch(/cut short/);
	});

	it('refuses JSON that is not Close Read progress', () => {
		for (const text of ['{}', '[]', '42', 'null', '{"name":"holiday photos"}']) {
			expect(refused(text)).toMatch(/^This is not a Close Read progress file\./);
		}
		expect(refused('{"app":"other-app","kind":"progress","record":{}}')).toMatch(
			/^This is not a Close Read progress file\./
		);
	});

	it('refuses another kind of Close Read file, saying what it is not', () => {
		expect(refused('{"app":"close-read","kind":"results","results":[]}')).toMatch(
			/Close Read file, but not a progress file/
		);
	});

	it('refuses a progress file with no progress in it', () => {
		expect(refused('{"app":"close-read","kind":"progress"}')).toMatch(/no progress in it/);
	});

	it('refuses a file from a newer version, saying how to read it', () => {
		const newer = { ...theirs, version: 3 };
		const envelope = { app: 'close-read', kind: 'progress', exportedAt: '', record: newer };
		expect(refused(JSON.stringify(envelope))).toMatch(/newer version of Close Read\. Reload/);
		expect(refused(JSON.stringify(newer))).toMatch(/newer version of Close Read/);
	});

	it('refuses a file with damaged answers whole, saying how many are damaged', () => {
		const damaged = {
			...theirs,
			attempts: [...theirs.attempts, { ...theirs.attempts[0], score: 'full marks' }]
		};
		expect(refused(JSON.stringify(damaged))).toBe(
			'1 of the 3 answers in this file is damaged. Nothing was imported and your own progress ' +
				'is unchanged.'
		);
	});

	it('refuses a damaged part that is not an answer, naming where it is', () => {
		const damaged = { ...theirs, readings: { 'r-1': { openedAt: 'yesterday' } } };
		expect(refused(JSON.stringify(damaged))).toMatch(/^This progress file is damaged\..*r-1/);
	});

	it('refuses a file over 5 MB without reading it', () => {
		expect(refused(' '.repeat(MAX_IMPORT_BYTES) + '{}')).toMatch(/larger than 5 MB/);
	});

	it('says every time that nothing was imported', () => {
		expect(refused('nope')).toMatch(/Nothing was imported and your own progress is unchanged\.$/);
	});

	it('does not throw on input that is not text at all', () => {
		expect(importProgressFile(undefined as unknown as string, mine)).toMatchObject({ ok: false });
	});
});

describe('importProgressFile when the file disagrees with what is kept', () => {
	const wrongFirst = buildAttempt({
		id: 'kept-1',
		questionId: 'q-1',
		score: 0,
		correct: false,
		at: '2025-03-01T09:00:00.000Z'
	});
	const stored = buildProgress({ attempts: [wrongFirst], readings: {} });
	const rightIn2020 = buildAttempt({
		id: 'kept-1',
		questionId: 'q-1',
		score: 1,
		correct: true,
		at: '2020-01-01T09:00:00.000Z'
	});
	const file = exportProgressFile(buildProgress({ attempts: [rightIn2020], readings: {} }), now);

	it('keeps the stored answer on an id clash, adds the other beside it, and says so', () => {
		const result = importProgressFile(file.text, stored, now);
		expect(result.ok).toBe(true);
		if (!result.ok) {
			return;
		}
		expect(result.merged.attempts.find((attempt) => attempt.id === 'kept-1')).toEqual(wrongFirst);
		expect(result.merged.attempts).toHaveLength(2);
		expect(result.summary).toMatchObject({ attemptsAdded: 1, attemptsRenamed: 1 });
		const message = describeImport(file.name, result.summary);
		expect(message).toContain('the answer here was kept as it was');
		expect(message).not.toContain('overwritten');
		const again = importProgressFile(file.text, result.merged, now);
		expect(again.ok && again.merged).toEqual(result.merged);
		expect(again.ok && again.summary.attemptsAdded).toBe(0);
	});

	it('calls version 2.5 not a Close Read file rather than a newer one', () => {
		expect(refused(JSON.stringify({ version: 2.5, attempts: [], readings: {} }))).toMatch(
			/^This is not a Close Read progress file: its version number/
		);
	});

	it('leaves out answers dated in the year 9999 and says how many', () => {
		const future = buildAttempt({ id: 'future', at: '9999-01-01T00:00:00.000Z' });
		const result = importProgressFile(
			JSON.stringify(buildProgress({ attempts: [future], readings: {} })),
			mine,
			now
		);
		expect(result.ok && result.summary).toMatchObject({
			attemptsAdded: 0,
			leftOutImpossibleDates: 1
		});
		expect(result.ok && result.merged).toEqual(mine);
	});

	it('refuses 40,000 readings, more than Close Read could ever have', () => {
		const readings = Object.fromEntries(
			Array.from({ length: 40_000 }, (_, index) => [`unknown-${index}`, buildVisit()])
		);
		expect(refused(JSON.stringify({ version: 2, attempts: [], readings }))).toMatch(
			/at most 1000 readings/
		);
	});
});

describe('importProgressFile on random and damaged files', () => {
	// After every date the files below hold: none of them is in the future.
	const later = new Date('2030-01-01T00:00:00Z');
	const timeArb = fc
		.date({ min: new Date('2024-01-01Z'), max: new Date('2026-12-31Z'), noInvalidDate: true })
		.map((date) => date.toISOString());
	const idArb = fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.stringMatching(/^[a-z0-9-]{1,8}$/));
	const responseArb: fc.Arbitrary<Response> = fc.oneof(
		fc.record({ type: fc.constant('single-choice' as const), choice: fc.nat({ max: 5 }) }),
		fc.record({ type: fc.constant('short-answer' as const), text: fc.string({ maxLength: 20 }) }),
		fc.record({
			type: fc.constant('matching' as const),
			meanings: fc.array(fc.option(fc.nat({ max: 5 }), { nil: null }), { maxLength: 4 })
		})
	);
	const attemptArb: fc.Arbitrary<Attempt> = fc.record({
		id: idArb,
		questionId: idArb,
		readingId: fc.option(idArb, { nil: null }),
		lessonId: fc.option(idArb, { nil: null }),
		response: responseArb,
		score: fc.integer({ min: 0, max: 4 }).map((n) => n / 4),
		correct: fc.boolean(),
		at: timeArb
	});
	const recordArb: fc.Arbitrary<ProgressRecord> = fc
		.record({
			version: fc.constant(1 as const),
			attempts: fc.uniqueArray(attemptArb, { selector: (attempt) => attempt.id, maxLength: 6 }),
			readings: fc.dictionary(
				idArb,
				fc.record({
					openedAt: timeArb,
					finishedAt: fc.option(timeArb, { nil: null }),
					secondsSpent: fc.nat({ max: 5000 })
				}),
				{ maxKeys: 3, noNullPrototype: true }
			)
		})
		.map((record) => mergeProgress(emptyProgress(), record));

	type Edit =
		| { kind: 'flip' | 'insert'; at: number; char: string }
		| { kind: 'delete' | 'truncate'; at: number };
	const editArb: fc.Arbitrary<Edit> = fc.oneof(
		fc.record({
			kind: fc.constantFrom('flip' as const, 'insert' as const),
			at: fc.nat(),
			char: fc.oneof(
				fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '0', 'x', '\\'),
				fc.string({ minLength: 1, maxLength: 1 })
			)
		}),
		fc.record({ kind: fc.constantFrom('delete' as const, 'truncate' as const), at: fc.nat() })
	);

	function edit(text: string, change: Edit): string {
		const at = change.at % (text.length + 1);
		switch (change.kind) {
			case 'flip':
				return text.slice(0, at) + change.char + text.slice(at + 1);
			case 'insert':
				return text.slice(0, at) + change.char + text.slice(at);
			case 'delete':
				return text.slice(0, at) + text.slice(at + 1);
			case 'truncate':
				return text.slice(0, at);
		}
	}

	/** The attempts a file holds, read the same way the import reads them. */
	function attemptsIn(text: string): Attempt[] {
		const data = JSON.parse(text.replace(/^\uFEFF/, '')) as { record?: unknown };
		const parsed = parseProgress('app' in data ? data.record : data);
		return parsed.ok ? parsed.value.attempts : [];
	}

	/** Either a reason, or a merge that keeps every attempt of both sides. */
	function checkOutcome(text: string, current: ProgressRecord): void {
		const result = importProgressFile(text, current, later);
		if (!result.ok) {
			expect(result.reason.trim()).not.toBe('');
			return;
		}
		// Every answer kept here stays exactly as it was.
		const merged = new Map(result.merged.attempts.map((attempt) => [attempt.id, attempt]));
		for (const attempt of current.attempts) {
			expect(merged.get(attempt.id)).toEqual(attempt);
		}
		// Every answer of the file is there too, under its id or, on a clash, under a new one.
		const contents = new Set(
			result.merged.attempts.map(({ id: _id, ...content }) => JSON.stringify(content))
		);
		for (const attempt of attemptsIn(text)) {
			const kept = merged.get(attempt.id);
			const { id: _id, ...content } = attempt;
			expect(
				(kept !== undefined && JSON.stringify(kept) === JSON.stringify(attempt)) ||
					contents.has(JSON.stringify(content))
			).toBe(true);
		}
	}

	it('never throws on random text, and answers with a reason', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((tail) => `{"app":"close-read","kind":"progress","record":${tail}`)
				),
				recordArb,
				(text, current) => {
					checkOutcome(text, current);
				}
			)
		);
	});

	it('never throws on random JSON, and imports only what passes the schema', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue(),
					fc.jsonValue().map((record) => ({ app: 'close-read', kind: 'progress', record })),
					fc.jsonValue().map((attempts) => ({ version: 1, attempts, readings: {} }))
				),
				recordArb,
				(value, current) => {
					checkOutcome(JSON.stringify(value) ?? '', current);
				}
			)
		);
	});

	it('never loses an attempt when importing a damaged export', () => {
		fc.assert(
			fc.property(
				recordArb,
				recordArb,
				fc.array(editArb, { minLength: 1, maxLength: 3 }),
				(file, current, edits) => {
					const text = edits.reduce(edit, exportProgressFile(file, now).text);
					checkOutcome(text, current);
				}
			)
		);
	});

	it('imports a valid export whole, and adds nothing the second time', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (file, current) => {
				const text = exportProgressFile(file, now).text;
				const first = importProgressFile(text, current, later);
				expect(first.ok).toBe(true);
				if (!first.ok) {
					return;
				}
				checkOutcome(text, current);
				const second = importProgressFile(text, first.merged, later);
				expect(second.ok && second.summary.attemptsAdded).toBe(0);
				expect(second.ok && second.summary.readingsAdded).toBe(0);
				expect(second.ok && second.merged).toEqual(first.merged);
			})
		);
	});
});
