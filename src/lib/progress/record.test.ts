import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { responseArb } from '../../test-data/response-arbitrary';
import { buildAttempt, buildProgress, buildVisit } from '../../test-data/progress';
import { attemptSchema } from './record-schema';
import {
	addTimeSpent,
	countDamagedAttempts,
	emptyProgress,
	markReadingFinished,
	markReadingOpened,
	mergeProgress,
	migrate,
	newAttemptId,
	parseProgress,
	recordAttempt,
	serializeProgress,
	type Attempt,
	type Migration,
	type ProgressRecord
} from './record';
import { idStamp } from './stored-progress';
import { isDateTime } from './times';

const timeArb = fc
	.date({
		min: new Date('2024-01-01T00:00:00Z'),
		max: new Date('2026-12-31T23:59:59Z'),
		noInvalidDate: true
	})
	.map((date) => date.toISOString());
// A small pool of ids as well, so that two records often share attempts and readings.
const idArb = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd'), fc.stringMatching(/^[a-z0-9-]{1,10}$/));
const attemptArb: fc.Arbitrary<Attempt> = fc.record({
	id: idArb,
	questionId: idArb,
	readingId: fc.option(idArb, { nil: null }),
	lessonId: fc.option(idArb, { nil: null }),
	response: responseArb,
	score: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
	correct: fc.boolean(),
	at: timeArb
});
const visitArb = fc.record({
	openedAt: timeArb,
	finishedAt: fc.option(timeArb, { nil: null }),
	secondsSpent: fc.nat({ max: 10_000 })
});
const recordArb: fc.Arbitrary<ProgressRecord> = fc.record({
	version: fc.constant(2 as const),
	attempts: fc.uniqueArray(attemptArb, { selector: (attempt) => attempt.id, maxLength: 8 }),
	readings: fc.dictionary(idArb, visitArb, { maxKeys: 4, noNullPrototype: true })
});

/** As it comes back from storage or a file. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

type Path = (string | number)[];

function pathsIn(value: unknown, prefix: Path = []): Path[] {
	const here = [prefix];
	if (Array.isArray(value)) {
		return here.concat(...value.map((item, i) => pathsIn(item, [...prefix, i])));
	}
	if (typeof value === 'object' && value !== null) {
		return here.concat(
			...Object.entries(value).map(([key, item]) => pathsIn(item, [...prefix, key]))
		);
	}
	return here;
}

interface Mutation {
	at: number;
	kind: 'set' | 'delete';
	value: unknown;
}

/** A copy of `root` with one part replaced by junk or removed. */
function mutate(root: unknown, { at, kind, value }: Mutation): unknown {
	const paths = pathsIn(root);
	const path = paths[at % paths.length] ?? [];
	if (path.length === 0) {
		return kind === 'set' ? value : root;
	}
	const copy = structuredClone(root);
	let parent = copy as Record<string | number, unknown>;
	for (const step of path.slice(0, -1)) {
		parent = parent[step] as Record<string | number, unknown>;
	}
	const last = path.at(-1)!;
	if (kind === 'set') {
		parent[last] = value;
	} else if (Array.isArray(parent)) {
		parent.splice(last as number, 1);
	} else {
		delete parent[last];
	}
	return copy;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
	at: fc.nat(),
	kind: fc.constantFrom('set' as const, 'delete' as const),
	value: fc.jsonValue({ maxDepth: 2 })
});

describe('parseProgress', () => {
	it('reads an empty record', () => {
		expect(parseProgress(roundTrip(emptyProgress()))).toEqual({ ok: true, value: emptyProgress() });
	});

	it('loads a version 1 record exactly as version 1 saved it', () => {
		const saved =
			'{"version":1,"attempts":[{"id":"m1abc-x","questionId":"q-1","readingId":"r-1",' +
			'"lessonId":null,"response":{"type":"true-false-not-stated","verdict":"not-stated"},' +
			'"score":1,"correct":true,"at":"2025-03-10T09:00:00.000Z"}],"readings":{"r-1":' +
			'{"openedAt":"2025-03-10T08:55:00.000Z","finishedAt":null,"secondsSpent":120}}}';
		const parsed = parseProgress(JSON.parse(saved));
		expect(parsed.ok && parsed.value.attempts[0]?.response).toEqual({
			type: 'true-false-not-stated',
			verdict: 'not-stated'
		});
		expect(parsed.ok && parsed.value.readings['r-1']?.secondsSpent).toBe(120);
	});

	it('refuses progress from a newer version of the app in plain words', () => {
		expect(parseProgress({ version: 3, attempts: [], readings: {} })).toEqual({
			ok: false,
			reason: 'This progress was saved by a newer version of Close Read.'
		});
	});

	it('refuses things that are not a progress record', () => {
		for (const junk of [null, 3, 'progress', [], {}, { version: '1' }, { version: 0 }]) {
			const parsed = parseProgress(junk);
			expect(parsed.ok).toBe(false);
		}
	});

	it('refuses the whole record when a single attempt cannot be read, saying where', () => {
		const record = buildProgress({
			attempts: [buildAttempt({ id: 'fine' }), buildAttempt({ id: 'bad', score: 2 })]
		});
		const parsed = parseProgress(roundTrip(record));
		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.reason).toContain('attempts.1.score');
	});

	it('names a reading that cannot be read by its id', () => {
		const record = buildProgress({ readings: { 'r-7': buildVisit({ secondsSpent: -1 }) } });
		const parsed = parseProgress(roundTrip(record));
		expect(!parsed.ok && parsed.reason).toContain('(readings.r-7.secondsSpent:');
	});

	it('refuses a response that does not match its question type', () => {
		const attempt = { ...buildAttempt(), response: { type: 'single-choice', choice: -1 } };
		expect(parseProgress({ ...emptyProgress(), attempts: [attempt] }).ok).toBe(false);
	});

	it('refuses a date that only looks like one', () => {
		const attempt = buildAttempt({ at: '2025-03-10T09:00:00 +01' });
		expect(parseProgress({ ...emptyProgress(), attempts: [attempt] }).ok).toBe(false);
	});

	it('refuses two different answers saved under one id, but folds exact copies together', () => {
		const one = buildAttempt({ id: 'same' });
		const other = buildAttempt({ id: 'same', correct: false, score: 0 });
		expect(parseProgress({ ...emptyProgress(), attempts: [one, other] }).ok).toBe(false);
		const copies = parseProgress({ ...emptyProgress(), attempts: [one, { ...one }] });
		expect(copies.ok && copies.value.attempts).toEqual([one]);
	});

	it('keeps readings whose ids are also the names of object internals', () => {
		const raw = JSON.parse(
			'{"version":1,"attempts":[],"readings":{"__proto__":{"openedAt":"2025-03-10T08:55:00.000Z",' +
				'"finishedAt":null,"secondsSpent":5},"constructor":{"openedAt":"2025-03-10T08:55:00.000Z",' +
				'"finishedAt":null,"secondsSpent":6}}}'
		);
		const parsed = parseProgress(raw);
		expect(parsed.ok && Object.keys(parsed.value.readings)).toEqual(['__proto__', 'constructor']);
		expect(parsed.ok && Object.getPrototypeOf(parsed.value.readings)).toBe(Object.prototype);
	});

	it('puts attempts in time order', () => {
		const late = buildAttempt({ id: 'late', at: '2025-03-11T09:00:00.000Z' });
		const early = buildAttempt({ id: 'early', at: '2025-03-10T09:00:00.000Z' });
		const parsed = parseProgress({ ...emptyProgress(), attempts: [late, early] });
		expect(parsed.ok && parsed.value.attempts.map((a) => a.id)).toEqual(['early', 'late']);
	});

	it('never throws on any JSON value, and gives a reason whenever it refuses', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (raw) => {
				const parsed = parseProgress(raw);
				expect(parsed.ok || parsed.reason.length > 0).toBe(true);
			})
		);
	});

	it('reads back every record it could have written', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				expect(parseProgress(roundTrip(record))).toEqual({
					ok: true,
					value: mergeProgress(emptyProgress(), record)
				});
			})
		);
	});

	it('either refuses a damaged record with a reason or keeps every readable attempt in it', () => {
		fc.assert(
			fc.property(
				recordArb,
				fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
				(record, cuts) => {
					const damaged = cuts.reduce<unknown>(mutate, roundTrip(record));
					const parsed = parseProgress(damaged);
					if (!parsed.ok) {
						expect(parsed.reason).toMatch(/\w/);
						return;
					}
					const given = (damaged as { attempts: unknown[] }).attempts;
					for (const raw of given) {
						const attempt = v.safeParse(attemptSchema, raw);
						expect(attempt.success).toBe(true);
						expect(parsed.value.attempts).toContainEqual(attempt.output);
					}
				}
			)
		);
	});
});

describe('version 1 records', () => {
	// Exactly as version 1 saved them: every attempt in full, times as ISO text.
	const savedByVersion1 =
		'{"version":1,"attempts":[' +
		'{"id":"m7xk2qs1c-4f9a0b2c","questionId":"back-at-the-table-reportedly","readingId":"back-at-the-table",' +
		'"lessonId":null,"response":{"type":"single-choice","choice":2},"score":1,"correct":true,' +
		'"at":"2025-03-10T09:00:00.000Z"},' +
		'{"id":"imported-7","questionId":"order-of-events","readingId":"a-glimmer-of-hope",' +
		'"lessonId":"class-lesson","response":{"type":"ordering","order":[2,0,1]},"score":0.6666666666666666,' +
		'"correct":false,"at":"2025-03-10T10:15:30+01:00"},' +
		'{"id":"=odd","questionId":"whole-article-claims","readingId":null,"lessonId":null,' +
		'"response":{"type":"matching","meanings":[1,null,0]},"score":0,"correct":false,' +
		'"at":"2025-03-11T18:30:00Z"},' +
		'{"id":"m7xk2qs1d-00000000","questionId":"back-at-the-table-reportedly","readingId":"back-at-the-table",' +
		'"lessonId":null,"response":{"type":"evidence","sentence":"They met again, \\"at last\\"."},' +
		'"score":1,"correct":true,"at":"2025-03-12T07:45:00.123Z"}],' +
		'"readings":{"back-at-the-table":{"openedAt":"2025-03-10T08:55:00.000Z",' +
		'"finishedAt":"2025-03-10T09:05:00.000Z","secondsSpent":120}}}';

	it('gets every attempt of a version 1 record back exactly as it was saved', () => {
		const saved = JSON.parse(savedByVersion1) as { attempts: Attempt[]; readings: unknown };
		const parsed = parseProgress(JSON.parse(savedByVersion1));
		expect(parsed).toEqual({
			ok: true,
			value: { version: 2, attempts: saved.attempts, readings: saved.readings }
		});
	});

	it('gets them back unchanged again after they are stored in the version 2 shape', () => {
		const parsed = parseProgress(JSON.parse(savedByVersion1));
		const stored = parsed.ok ? roundTrip(serializeProgress(parsed.value)) : null;
		expect(parseProgress(stored)).toEqual(parsed);
	});

	it('keeps every attempt of any valid version 1 record through the migration', () => {
		fc.assert(
			fc.property(recordArb, (record) => {
				const parsed = parseProgress(roundTrip({ ...record, version: 1 }));
				expect(parsed.ok).toBe(true);
				const kept = parsed.ok ? parsed.value.attempts : [];
				expect(kept).toHaveLength(record.attempts.length);
				for (const attempt of record.attempts) {
					expect(kept).toContainEqual(attempt);
				}
			})
		);
	});
});

describe('the version 2 stored shape', () => {
	// Times as toISOString writes them and as people and other programs write them.
	const anyTimeArb = fc.oneof(
		timeArb,
		timeArb.map((iso) => `${iso.slice(0, 19)}+01:00`),
		timeArb.map((iso) => `${iso.slice(0, 19)}Z`),
		timeArb.map((iso) => `${iso.slice(0, 8)}30T${iso.slice(11)}`).filter(isDateTime)
	);
	// Ids as newAttemptId makes them for the attempt's own time, for another time, with a rest
	// that starts like a whole id, and any other.
	const stamped = {
		own: (time: number, rest: string) => `${idStamp(time)}-${rest}`,
		other: (time: number, rest: string) => `${idStamp(time + 1)}-${rest}`,
		marked: (time: number, rest: string) => `${idStamp(time)}-=${rest}`
	};
	const storedAttemptArb = fc
		.tuple(attemptArb, anyTimeArb, fc.constantFrom('own', 'other', 'marked', 'as-is'), idArb)
		.map(([attempt, at, kind, rest]): Attempt => {
			const id = kind === 'as-is' ? attempt.id : stamped[kind](Date.parse(at), rest);
			return { ...attempt, id, at };
		});
	const storedRecordArb = fc
		.record({
			version: fc.constant(2 as const),
			attempts: fc.uniqueArray(storedAttemptArb, {
				selector: (attempt) => attempt.id,
				maxLength: 8
			}),
			readings: fc.dictionary(idArb, visitArb, { maxKeys: 4, noNullPrototype: true })
		})
		.map((record) => mergeProgress(emptyProgress(), record));

	it('reads back every record exactly as it was before it was stored', () => {
		fc.assert(
			fc.property(storedRecordArb, (record) => {
				expect(parseProgress(roundTrip(serializeProgress(record)))).toEqual({
					ok: true,
					value: record
				});
			})
		);
	});

	it('stores the version first, then the lists attempts refer to', () => {
		expect(JSON.stringify(serializeProgress(emptyProgress()))).toBe(
			'{"version":2,"questions":[],"responses":[],"attempts":[],"readings":{}}'
		);
	});

	it('writes a record with attempts added to the one written before just as it writes it afresh', () => {
		fc.assert(
			fc.property(recordArb, fc.array(attemptArb, { maxLength: 4 }), (raw, added) => {
				const before = mergeProgress(raw, emptyProgress());
				const after = added.reduce(recordAttempt, before);
				const fresh = JSON.stringify(
					serializeProgress({ ...after, attempts: [...after.attempts] })
				);
				serializeProgress(before);
				expect(JSON.stringify(serializeProgress(after))).toBe(fresh);
			})
		);
	});

	it('keeps each question, reading and lesson once, and an id made with its time without the time', () => {
		const first = buildAttempt({ id: `${idStamp(Date.parse('2025-03-10T09:00:00.000Z'))}-abc` });
		const second = buildAttempt({ id: '=by hand', at: '2025-03-10T09:01:00.000Z' });
		expect(serializeProgress(buildProgress({ attempts: [first, second] }))).toEqual({
			version: 2,
			questions: [['q-1', 'r-1', null]],
			responses: [{ type: 'single-choice', choice: 0 }],
			attempts: [
				['abc', 0, 0, 1, 1, Date.parse('2025-03-10T09:00:00.000Z')],
				['==by hand', 0, 0, 1, 1, Date.parse('2025-03-10T09:01:00.000Z')]
			],
			readings: {}
		});
	});

	it('takes under a fifth of the space version 1 took for the same practice', () => {
		const attempts = Array.from({ length: 200 }, (_, i) => {
			const time = Date.parse('2025-03-10T09:00:00.000Z') + i * 60_000;
			return buildAttempt({
				id: newAttemptId(
					() => new Date(time),
					() => (i * 0.37) % 1
				),
				questionId: `back-at-the-table-question-${i % 12}`,
				readingId: 'back-at-the-table',
				response: { type: 'single-choice', choice: i % 3 },
				correct: i % 3 === 0,
				score: i % 3 === 0 ? 1 : 0,
				at: new Date(time).toISOString()
			});
		});
		const record = buildProgress({ attempts });
		const compact = JSON.stringify(serializeProgress(record)).length;
		expect(compact).toBeLessThan(JSON.stringify(record).length / 5);
	});

	it('refuses a stored attempt with a score out of range, naming the part', () => {
		const stored = roundTrip(serializeProgress(buildProgress({ attempts: [buildAttempt()] }))) as {
			attempts: unknown[][];
		};
		stored.attempts[0]![3] = 2;
		const parsed = parseProgress(stored);
		expect(!parsed.ok && parsed.reason).toContain('(attempts.0.score:');
	});

	it('refuses a stored attempt that refers to a question the record does not list', () => {
		const stored = roundTrip(serializeProgress(buildProgress({ attempts: [buildAttempt()] }))) as {
			attempts: unknown[][];
		};
		stored.attempts[0]![1] = 5;
		const parsed = parseProgress(stored);
		expect(!parsed.ok && parsed.reason).toContain('(attempts.0.question: Expected one of the 1');
	});

	it('refuses a stored response that does not match its question type, naming the part', () => {
		const stored = roundTrip(serializeProgress(buildProgress({ attempts: [buildAttempt()] }))) as {
			responses: unknown[];
		};
		stored.responses[0] = { type: 'single-choice', choice: -1 };
		const parsed = parseProgress(stored);
		expect(!parsed.ok && parsed.reason).toContain('(responses.0.choice:');
	});

	it('refuses an id kept without its time when the time is kept as text', () => {
		const stored = {
			version: 2,
			questions: [['q-1', null, null]],
			responses: [{ type: 'single-choice', choice: 0 }],
			attempts: [['abc', 0, 0, 1, 1, '2025-03-10T10:00:00+01:00']],
			readings: {}
		};
		const parsed = parseProgress(stored);
		expect(!parsed.ok && parsed.reason).toContain('(attempts.0.id:');
	});

	it('reads attempts in full and stored attempts side by side', () => {
		const full = buildAttempt({ id: 'full', at: '2025-03-11T09:00:00.000Z' });
		const stored = serializeProgress(buildProgress({ attempts: [buildAttempt()] }));
		const parsed = parseProgress(roundTrip({ ...stored, attempts: [...stored.attempts, full] }));
		expect(parsed.ok && parsed.value.attempts).toEqual([buildAttempt(), full]);
	});

	it('either refuses a damaged stored record with a reason or can read every attempt in it', () => {
		fc.assert(
			fc.property(
				storedRecordArb,
				fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
				(record, cuts) => {
					const damaged = cuts.reduce<unknown>(mutate, roundTrip(serializeProgress(record)));
					const parsed = parseProgress(damaged);
					if (!parsed.ok) {
						expect(parsed.reason).toMatch(/\w/);
						return;
					}
					const counted = countDamagedAttempts(damaged as object);
					expect(counted?.damaged).toBe(0);
					const ids = new Set(parsed.value.attempts.map((attempt) => attempt.id));
					expect(ids.size).toBe(parsed.value.attempts.length);
				}
			)
		);
	});
});

describe('countDamagedAttempts', () => {
	it('counts the stored and full attempts that cannot be read, each on its own', () => {
		const stored = roundTrip(
			serializeProgress(
				buildProgress({
					attempts: [
						buildAttempt({ id: 'a' }),
						buildAttempt({ id: 'b' }),
						buildAttempt({ id: 'c' })
					]
				})
			)
		) as { attempts: unknown[] };
		(stored.attempts[1] as unknown[])[3] = 'full marks';
		stored.attempts.push({ ...buildAttempt({ id: 'd' }), score: 7 }, buildAttempt({ id: 'e' }));
		expect(countDamagedAttempts(stored)).toEqual({ damaged: 2, total: 5 });
	});

	it('has nothing to count in a record without a list of answers', () => {
		expect(countDamagedAttempts({ version: 2 })).toBeNull();
	});
});

describe('migrate', () => {
	const table: Record<number, Migration> = {
		1: (old) => ({ ...old, version: 2, lessons: [] }),
		2: ({ lessons, ...old }) => ({ ...old, version: 3, lessonRuns: lessons })
	};

	it('brings an old record up to date one version at a time', () => {
		expect(migrate({ version: 1, attempts: [] }, table, 3)).toEqual({
			ok: true,
			value: { version: 3, attempts: [], lessonRuns: [] }
		});
	});

	it('says so when a step is missing rather than guessing', () => {
		const parsed = migrate({ version: 1 }, { 2: table[2]! }, 3);
		expect(parsed.ok).toBe(false);
	});

	it('reports a migration that fails instead of throwing', () => {
		const broken: Migration = () => {
			throw new Error('bug');
		};
		expect(migrate({ version: 1 }, { 1: broken }, 2).ok).toBe(false);
	});
});

describe('mergeProgress', () => {
	it('keeps the attempts from both sides once each, in time order', () => {
		const first = buildAttempt({ id: 'x', at: '2025-03-10T09:00:00.000Z' });
		const second = buildAttempt({ id: 'y', at: '2025-03-10T10:00:00.000Z' });
		const merged = mergeProgress(
			buildProgress({ attempts: [second, first] }),
			buildProgress({ attempts: [first] })
		);
		expect(merged.attempts).toEqual([first, second]);
	});

	it('keeps the earliest opening and finish and the longest time of a reading', () => {
		const merged = mergeProgress(
			buildProgress({
				readings: {
					'r-1': buildVisit({
						openedAt: '2025-03-10T08:00:00.000Z',
						finishedAt: null,
						secondsSpent: 300
					})
				}
			}),
			buildProgress({
				readings: {
					'r-1': buildVisit({
						openedAt: '2025-03-10T09:00:00.000Z',
						finishedAt: '2025-03-10T09:10:00.000Z',
						secondsSpent: 200
					}),
					'r-2': buildVisit()
				}
			})
		);
		expect(merged.readings).toEqual({
			'r-1': {
				openedAt: '2025-03-10T08:00:00.000Z',
				finishedAt: '2025-03-10T09:10:00.000Z',
				secondsSpent: 300
			},
			'r-2': buildVisit()
		});
	});

	it('gives the same result whichever side comes first', () => {
		fc.assert(
			fc.property(recordArb, recordArb, (a, b) => {
				expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
			})
		);
	});

	it('gives the same result however merges are grouped', () => {
		fc.assert(
			fc.property(recordArb, recordArb, recordArb, (a, b, c) => {
				expect(mergeProgress(mergeProgress(a, b), c)).toEqual(
					mergeProgress(a, mergeProgress(b, c))
				);
			})
		);
	});

	it('changes nothing when a record meets itself', () => {
		fc.assert(
			fc.property(recordArb, (a) => {
				const merged = mergeProgress(a, a);
				expect(mergeProgress(merged, merged)).toEqual(merged);
				expect(mergeProgress(merged, emptyProgress())).toEqual(merged);
			})
		);
	});

	it('never loses an attempt from either side', () => {
		const split = fc
			.uniqueArray(attemptArb, { selector: (attempt) => attempt.id, maxLength: 12 })
			.chain((attempts) =>
				fc.tuple(
					fc.constant(attempts),
					fc.array(fc.constantFrom('a', 'b', 'both'), {
						minLength: attempts.length,
						maxLength: attempts.length
					})
				)
			);
		fc.assert(
			fc.property(split, ([attempts, sides]) => {
				const a = buildProgress({ attempts: attempts.filter((_, i) => sides[i] !== 'b') });
				const b = buildProgress({ attempts: attempts.filter((_, i) => sides[i] !== 'a') });
				const merged = mergeProgress(a, b);
				expect(merged.attempts).toHaveLength(attempts.length);
				for (const attempt of attempts) {
					expect(merged.attempts).toContainEqual(attempt);
				}
			})
		);
	});
});

describe('changing the record', () => {
	const at = '2025-03-10T09:00:00.000Z';
	const later = '2025-03-10T10:00:00.000Z';

	it('records an attempt without changing the record it was given', () => {
		const before = Object.freeze(buildProgress());
		const after = recordAttempt(before, buildAttempt());
		expect(after.attempts).toEqual([buildAttempt()]);
		expect(before.attempts).toEqual([]);
	});

	it('records an attempt just as merging it in would, whenever it was given', () => {
		fc.assert(
			fc.property(recordArb, attemptArb, (raw, attempt) => {
				// A record as the app holds one: read, or made by merging.
				const record = mergeProgress(raw, emptyProgress());
				expect(recordAttempt(record, attempt)).toEqual(
					mergeProgress(record, { ...emptyProgress(), attempts: [attempt] })
				);
			})
		);
	});

	it('keeps the first time a reading was opened', () => {
		const opened = markReadingOpened(emptyProgress(), 'r-1', at);
		const reopened = markReadingOpened(opened, 'r-1', later);
		expect(reopened.readings['r-1']).toEqual({ openedAt: at, finishedAt: null, secondsSpent: 0 });
	});

	it('keeps the first time a reading was finished, and opens one finished without opening', () => {
		const finished = markReadingFinished(emptyProgress(), 'r-1', at);
		const again = markReadingFinished(finished, 'r-1', later);
		expect(again.readings['r-1']).toEqual({ openedAt: at, finishedAt: at, secondsSpent: 0 });
	});

	it('adds reading time and ignores amounts a clock jump could produce', () => {
		let record = markReadingOpened(emptyProgress(), 'r-1', at);
		record = addTimeSpent(record, 'r-1', 30);
		record = addTimeSpent(record, 'r-1', 12);
		record = addTimeSpent(record, 'r-1', -500);
		record = addTimeSpent(record, 'r-1', Number.NaN);
		expect(record.readings['r-1']?.secondsSpent).toBe(42);
	});

	it('keeps a reading id such as __proto__ as plain data', () => {
		const record = markReadingOpened(emptyProgress(), '__proto__', at);
		expect(Object.keys(record.readings)).toEqual(['__proto__']);
		expect(Object.getPrototypeOf(record.readings)).toBe(Object.prototype);
	});
});

describe('newAttemptId', () => {
	const clock = (iso: string) => () => new Date(iso);

	it('is the same for the same clock and random source', () => {
		const id = newAttemptId(clock('2025-03-10T09:00:00.000Z'), () => 0.5);
		expect(id).toBe(newAttemptId(clock('2025-03-10T09:00:00.000Z'), () => 0.5));
		expect(id).toMatch(/^[0-9a-z]{9}-[0-9a-z]{8}$/);
	});

	it('differs for answers in the same millisecond', () => {
		const now = clock('2025-03-10T09:00:00.000Z');
		expect(newAttemptId(now, () => 0.1)).not.toBe(newAttemptId(now, () => 0.2));
	});

	it('sorts in time order', () => {
		const earlier = newAttemptId(clock('2025-03-10T09:00:00.000Z'), () => 0.99);
		const later = newAttemptId(clock('2025-03-10T09:00:00.001Z'), () => 0);
		expect(earlier < later).toBe(true);
	});

	it('copes with a random source that returns exactly 1', () => {
		expect(newAttemptId(clock('2025-03-10T09:00:00.000Z'), () => 1)).toMatch(/-z{8}$/);
	});

	it('makes ids the record accepts', () => {
		const attempt = buildAttempt({ id: newAttemptId() });
		expect(parseProgress({ ...emptyProgress(), attempts: [attempt] }).ok).toBe(true);
	});
});
