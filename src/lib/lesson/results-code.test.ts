import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitWriter, symbolOf, symbolValue } from './base32';
import { CRC20, crc } from './crc';
import { givenAnswerArb, resultWithAnswersArb } from '../../test-data/given-answers';
import { buildResult, resultArb } from '../../test-data/lessons';
import * as v from 'valibot';
import {
	isAnswered,
	keepResponse,
	lessonResultSchema,
	MAX_ANSWER_INDEX,
	OUTCOMES,
	RESULT_TIME_EPOCH,
	TYPED_ANSWER_MAX_CHARACTERS,
	type GivenAnswer,
	type LessonResult,
	type Outcome
} from './lesson-result';
import {
	decodeResultsCode,
	encodeResultsCode,
	findResultsCodes,
	plainlyKept,
	type DecodedResultsCode
} from './results-code';

const twenty: Outcome[] = Array.from({ length: 20 }, (_, i) => OUTCOMES[i % OUTCOMES.length]!);

/** One answer of every type, as a student's page keeps them. */
const everyType: GivenAnswer[] = [
	{ first: { type: 'single-choice', choice: 1 }, later: 'right' },
	{ first: { type: 'multiple-select', choices: [0, 3] }, later: null },
	{ first: { type: 'true-false-not-stated', verdict: 'not-stated' }, later: 'wrong' },
	{ first: { type: 'short-answer', text: "Macron's Élysée, 2 days" }, later: 'partial' },
	{ first: { type: 'fill-blanks', blanks: ['escalation', '', 'Paris'] }, later: null },
	{ first: { type: 'ordering', order: [2, 0, 3, 1] }, later: 'right' },
	{ first: { type: 'matching', meanings: [1, null, 0] }, later: null },
	{ first: { type: 'evidence', sentence: 14 }, later: null },
	{ first: { type: 'evidence', sentence: 'a sentence not in the reading' }, later: 'right' }
];

/** A few codes of every kind: short and long names, few and many questions. */
const sample: LessonResult[] = [
	buildResult(),
	buildResult({ studentName: 'Zoë Ångström-Ñúñez', outcomes: twenty, score: 100 }),
	buildResult({ studentName: '王小明 🙂', outcomes: ['missing'], score: 0 }),
	buildResult({
		studentName: 'A',
		finishedAt: buildResult().startedAt,
		outcomes: Array.from({ length: 200 }, () => 'right' as const)
	}),
	...fc.sample(resultArb, { numRuns: 8, seed: 42 }),
	buildResult({ outcomes: everyType.map(() => 'wrong'), score: 0, answers: everyType })
];

function expectRefused(decoded: DecodedResultsCode): string {
	expect(decoded.ok).toBe(false);
	const reason = decoded.ok ? '' : decoded.reason;
	expect(reason.length).toBeGreaterThan(30);
	return reason;
}

describe('encodeResultsCode and decodeResultsCode', () => {
	it('read back every result', () => {
		fc.assert(
			fc.property(resultArb, (result) => {
				expect(decodeResultsCode(encodeResultsCode(result))).toEqual({ ok: true, result });
			}),
			{ numRuns: 500 }
		);
	});

	it('keep times to the minute', () => {
		const code = encodeResultsCode(
			buildResult({ startedAt: '2025-03-10T09:00:59.999Z', finishedAt: '2025-03-10T09:24:30Z' })
		);
		const decoded = decodeResultsCode(code);
		expect(decoded.ok && [decoded.result.startedAt, decoded.result.finishedAt]).toEqual([
			'2025-03-10T09:00:00.000Z',
			'2025-03-10T09:24:00.000Z'
		]);
	});

	it('read back every answer of every type, and how later tries went', () => {
		const result = buildResult({
			outcomes: everyType.map(() => 'wrong'),
			score: 0,
			answers: everyType
		});
		expect(decodeResultsCode(encodeResultsCode(result))).toEqual({ ok: true, result });
	});

	it('read back every result with answers, typed text in any script included', () => {
		fc.assert(
			fc.property(resultWithAnswersArb, (result) => {
				expect(decodeResultsCode(encodeResultsCode(result))).toEqual({ ok: true, result });
			}),
			{ numRuns: 300 }
		);
	});

	it('make a 20-question result with a 12-character name well under 200 characters', () => {
		const code = encodeResultsCode(buildResult({ studentName: 'Maria Santos', outcomes: twenty }));
		expect(code.length).toBeLessThan(200);
		expect(code).toHaveLength(73);
	});

	it('keep 20 choices, with a 12-character name, under 120 characters', () => {
		const outcomes: Outcome[] = Array.from({ length: 20 }, (_, i) => (i % 3 ? 'right' : 'wrong'));
		const answers = outcomes.map((_, i): GivenAnswer => ({
			first: { type: 'single-choice', choice: i % 4 },
			later: null
		}));
		const code = encodeResultsCode(
			buildResult({ studentName: 'Maria Santos', outcomes, score: 65, answers })
		);
		expect(code.length).toBeLessThan(120);
	});

	it('keep a 20-question lesson of long typed answers, tried again, under 1,500 characters', () => {
		const long = 'the talks were about a ceasefire and the prisoners held on both sides';
		const answers = Array.from({ length: 20 }, (_, index): GivenAnswer => ({
			first:
				index % 2 === 0
					? keepResponse({ type: 'short-answer', text: long.toUpperCase() })
					: keepResponse({ type: 'fill-blanks', blanks: [long, long, `${index} ${long}`] }),
			later: 'right'
		}));
		const code = encodeResultsCode(
			buildResult({
				studentName: 'Maria Fernanda dos Santos Albuquerque',
				outcomes: answers.map(() => 'wrong'),
				score: 0,
				answers
			})
		);
		expect(code.length).toBeLessThan(1500);
	});

	it('keep any 20 answers under 1,500 characters, whatever their script', () => {
		fc.assert(
			fc.property(fc.array(givenAnswerArb, { minLength: 20, maxLength: 20 }), (answers) => {
				const result = buildResult({
					studentName: 'Maria Fernanda dos Santos Albuquerque',
					outcomes: answers.map(() => 'wrong'),
					score: 0,
					answers
				});
				expect(encodeResultsCode(result).length).toBeLessThan(1500);
			}),
			{ numRuns: 200 }
		);
	});

	it(`keep typed answers to their first ${TYPED_ANSWER_MAX_CHARACTERS} characters`, () => {
		const kept = keepResponse({ type: 'short-answer', text: `  ${'word '.repeat(20)}` });
		expect(kept).toEqual({ type: 'short-answer', text: 'word '.repeat(8).trim() });
	});

	it('look like CR2- and groups of five base32 symbols', () => {
		for (const result of sample) {
			expect(encodeResultsCode(result)).toMatch(
				/^CR2-(?:[0-9A-HJKMNP-TV-Z]{5}-)*[0-9A-HJKMNP-TV-Z]{1,5}$/
			);
		}
	});

	it('still read a code made by version 1, without answers', () => {
		expect(decodeResultsCode('CR1-1A3Z8-KATQ2-0M2KH-J352G-71E0G-GBEC4-G4RTB-DC4E8-6Q')).toEqual({
			ok: true,
			result: buildResult({ outcomes: ['right', 'partial', 'wrong', 'unanswered', 'missing'] })
		});
	});

	it('spell the lesson id in symbols 3 to 10, so a teacher can tell codes apart by lesson', () => {
		const code = encodeResultsCode(buildResult({ lessonId: 'K7QW3M9P' }));
		expect(code.slice(4).replaceAll('-', '').slice(2, 10)).toBe('K7QW3M9P');
	});

	it('read codes of two lessons in turn, each with its own lesson id', () => {
		const first = buildResult({ lessonId: 'K7QW3M9P' });
		const second = buildResult({ lessonId: '3Z8KATQ2', studentName: 'Ben Ode' });
		for (const result of [first, second, second, first]) {
			expect(decodeResultsCode(encodeResultsCode(result))).toEqual({ ok: true, result });
		}
	});

	it('refuse a code whose name is not UTF-8, saying so', () => {
		const withName = (bytes: readonly number[]) =>
			codeOfFields((bits) => {
				for (const symbol of 'K7QW3M9P') {
					bits.write(symbolValue(symbol)!, 5);
				}
				bits.write(1, 8);
				bits.write(0, 3);
				bits.write(100, 7);
				bits.write(13_000_000, 27);
				bits.write(0, 5);
				bits.write(bytes.length, 7);
				bytes.forEach((byte) => bits.write(byte, 8));
				bits.write(0, 1);
			});
		// The same bytes as a name the decoder can read, so only the bytes differ.
		const read = decodeResultsCode(withName([0x5a, 0x6f, 0xc3, 0xab]));
		expect(read.ok && read.result.studentName).toBe('Zoë');
		expect(expectRefused(decodeResultsCode(withName([0x5a, 0x6f, 0xc3])))).toContain(
			'the name is not text'
		);
	});

	it('refuse to encode a result the schema refuses, rather than make a code no one can read', () => {
		expect(() => encodeResultsCode(buildResult({ studentName: ' ' }))).toThrow(TypeError);
		expect(() =>
			encodeResultsCode(buildResult({ finishedAt: '2025-03-10T08:00:00.000Z' }))
		).toThrow(/finish after it starts/);
	});
});

describe('decodeResultsCode reads a code however it was typed', () => {
	const result = buildResult({ studentName: 'Maria Santos', outcomes: twenty });
	const code = encodeResultsCode(result);

	it.each([
		['in lower case', code.toLowerCase()],
		['without hyphens', `${code.slice(0, 4)}${code.slice(4).replaceAll('-', '')}`],
		['with spaces between the groups', code.slice(0, 4) + code.slice(4).replaceAll('-', ' ')],
		['with dashes a word processor put in', code.replaceAll('-', '–')],
		[
			'in full-width letters',
			code.replace(/[0-9A-Z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))
		],
		[
			'with O for 0 and I or L for 1',
			code.replaceAll('0', 'O').replace(/1/g, (_, at) => (at % 2 ? 'I' : 'l'))
		],
		['with spaces around it', `  ${code}\n`]
	])('%s', (_, typed) => {
		expect(decodeResultsCode(typed)).toEqual({ ok: true, result });
	});
});

describe('decodeResultsCode catches a damaged code', () => {
	it('with any single character changed, at any place, to anything', () => {
		const replacements = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz- .!é'];
		let refused = 0;
		for (const result of sample) {
			const code = encodeResultsCode(result);
			for (let at = 0; at < code.length; at++) {
				for (const replacement of replacements) {
					const changed = code.slice(0, at) + replacement + code.slice(at + 1);
					const decoded = decodeResultsCode(changed);
					if (decoded.ok) {
						// Only a change of case, a look-alike (O for 0) or a space for a hyphen reads the same.
						expect(decoded.result).toEqual(result);
						expect(
							changed.toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1').replace(/ /g, '-')
						).toBe(code);
					} else {
						refused++;
					}
				}
			}
		}
		expect(refused).toBeGreaterThan(10_000);
	}, 60_000);

	it('with two neighbouring characters swapped', () => {
		for (const result of sample) {
			const code = encodeResultsCode(result);
			for (let at = 4; at < code.length - 1; at++) {
				if (code[at] === code[at + 1]) {
					continue;
				}
				const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
				expectRefused(decodeResultsCode(swapped));
			}
		}
	});

	it('cut off at any length, saying it was cut off', () => {
		for (const result of sample) {
			const code = encodeResultsCode(result);
			for (let length = 0; length < code.length; length++) {
				const reason = expectRefused(decodeResultsCode(code.slice(0, length)));
				if (length > 12) {
					expect(reason).toContain('cut off');
				}
			}
		}
	});

	it('with something added at the end', () => {
		const code = encodeResultsCode(buildResult());
		for (const extra of ['A', '0', 'Z', 'ZZZZ', '-AAAAA']) {
			const reason = expectRefused(decodeResultsCode(code + extra));
			expect(reason).toMatch(/longer|hyphen/);
		}
	});

	it('from a newer version of Close Read, saying to reload', () => {
		const code = encodeResultsCode(buildResult());
		expect(expectRefused(decodeResultsCode(`CR3-${code.slice(4)}`))).toContain('newer version');
	});

	it('that is not a results code at all', () => {
		for (const text of ['', 'hello', 'CR-ABCDE', 'XR1-ABCDE', 'https://example.com/CR1-AB']) {
			expect(expectRefused(decodeResultsCode(text))).toMatch(/not a Close Read results code/);
		}
	});

	it('with a character results codes never use, naming it', () => {
		const code = encodeResultsCode(buildResult());
		expect(expectRefused(decodeResultsCode(`${code.slice(0, 8)}U${code.slice(9)}`))).toContain(
			'“U”'
		);
		// A character outside the basic plane is named whole, not as half of its pair.
		expect(expectRefused(decodeResultsCode(`${code.slice(0, 8)}😀${code.slice(9)}`))).toContain(
			'“😀”'
		);
	});

	it('without ever throwing, on random text after the prefix or anywhere', () => {
		const symbols = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-') });
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					symbols.map((body) => `CR1-${body}`),
					symbols.map((body) => `CR2-${body}`)
				),
				(text) => {
					const decoded = decodeResultsCode(text);
					expect(decoded.ok ? decoded.result.studentName : decoded.reason).toBeTruthy();
				}
			),
			{ numRuns: 1000 }
		);
	});
});

describe('decodeResultsCode on mutated codes with answers', () => {
	it('never throws, and reads back only what passes every check', () => {
		const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ-';
		fc.assert(
			fc.property(
				resultWithAnswersArb,
				fc.array(
					fc.record({
						at: fc.nat(),
						kind: fc.constantFrom('replace', 'insert', 'delete'),
						symbol: fc.constantFrom(...symbols)
					}),
					{ minLength: 1, maxLength: 4 }
				),
				(result, mutations) => {
					let code = encodeResultsCode(result);
					for (const { at, kind, symbol } of mutations) {
						const where = 4 + (at % Math.max(1, code.length - 4));
						code =
							code.slice(0, where) +
							(kind === 'delete' ? '' : symbol) +
							code.slice(kind === 'insert' ? where : where + 1);
					}
					const decoded = decodeResultsCode(code);
					expect(decoded.ok ? decoded.result.studentName : decoded.reason).toBeTruthy();
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on a code whose checksum is made right over random answers', () => {
		// Random bits after a valid header, re-checksummed: only the answer reader stands guard.
		fc.assert(
			fc.property(
				resultWithAnswersArb,
				fc.array(fc.nat({ max: 31 }), { maxLength: 80 }),
				(result, tail) => {
					const decoded = decodeResultsCode(withTail(encodeResultsCode(result), tail));
					expect(decoded.ok ? decoded.result.studentName : decoded.reason).toBeTruthy();
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('findResultsCodes', () => {
	const first = encodeResultsCode(buildResult());
	const second = encodeResultsCode(buildResult({ studentName: 'Ben Ode' }));

	it('pulls codes out of the chat messages around them', () => {
		const pasted = `Here is mine: ${first} thanks!\n(${second}).\nsee you tomorrow`;
		expect(findResultsCodes(pasted)).toEqual([first, second]);
	});

	it('finds two codes on one line, and codes in lower case', () => {
		expect(findResultsCodes(`${first}, ${second.toLowerCase()}`)).toEqual([
			first,
			second.toLowerCase()
		]);
	});

	it('returns a code cut off by a line break as it stands, for the decoder to explain', () => {
		const [found] = findResultsCodes(`${first.slice(0, 20)}\n${first.slice(20)}`);
		expect(found).toBe(first.slice(0, 20));
	});

	it('finds nothing in text without a code', () => {
		expect(findResultsCodes('I did it! CR1 was hard. SCREEN-1 MICRO-12')).toEqual([]);
	});
});

/** A version-2 code of the fields `write` puts after the length, with the length and checksum. */
function codeOfFields(write: (bits: BitWriter) => void): string {
	const symbols = (length: number) => {
		const bits = new BitWriter();
		bits.write(length, 10);
		write(bits);
		return bits.symbols();
	};
	const data = symbols(symbols(0).length + 4);
	const check = crc([2, ...data], 5, CRC20);
	return inGroups([...data, ...[15, 10, 5, 0].map((shift) => (check >> shift) & 31)]);
}

/** Symbol values as a version-2 code writes them: CR2- and groups of five. */
function inGroups(values: readonly number[]): string {
	const groups: string[] = [];
	for (let at = 0; at < values.length; at += 5) {
		groups.push(
			values
				.slice(at, at + 5)
				.map(symbolOf)
				.join('')
		);
	}
	return `CR2-${groups.join('-')}`;
}

/** The code with its last symbols before the checksum replaced and its length and checksum remade. */
function withTail(code: string, tail: readonly number[]): string {
	const values = [...code.slice(4).replaceAll('-', '')].map((c) => symbolValue(c)!);
	const data = [...values.slice(0, Math.max(16, values.length - 4 - tail.length)), ...tail];
	const length = data.length + 4;
	data[0] = length >> 5;
	data[1] = length & 31;
	const check = crc([2, ...data], 5, CRC20);
	return inGroups([...data, ...[15, 10, 5, 0].map((shift) => (check >> shift) & 31)]);
}

describe('the decoder’s own check of what it read', () => {
	const minutes = (value: number) => new Date(RESULT_TIME_EPOCH + value * 60_000).toISOString();
	// Mostly indexes a code may hold; now and then one it may not.
	const number = fc.oneof(
		{ weight: 20, arbitrary: fc.nat(MAX_ANSWER_INDEX) },
		{ weight: 1, arbitrary: fc.integer({ min: MAX_ANSWER_INDEX + 1, max: 4095 }) }
	);
	const numbers = fc.array(number, { maxLength: 32 });
	/** Typed text at the edges of what a code keeps: spaces, length, a capital's cost, controls. */
	const EDGE_TEXTS = [
		'sanctions',
		'a ceasefire first',
		'Élysée',
		' padded',
		'padded ',
		'two  spaces',
		'x\u202Ey',
		'',
		'x'.repeat(40),
		'x'.repeat(41),
		'A'.repeat(24),
		'A'.repeat(25)
	];
	// Mostly the edges of what a code keeps; any text now and then.
	const text = fc.oneof(
		{
			weight: 4,
			arbitrary: fc.constantFrom(...EDGE_TEXTS)
		},
		{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 50 }) }
	);
	const response = fc.oneof(
		number.map((choice) => ({ type: 'single-choice' as const, choice })),
		numbers.map((choices) => ({ type: 'multiple-select' as const, choices })),
		fc
			.constantFrom('true', 'false', 'not-stated')
			.map((verdict) => ({ type: 'true-false-not-stated' as const, verdict })),
		text.map((typed) => ({ type: 'short-answer' as const, text: typed })),
		fc.array(text, { maxLength: 35 }).map((blanks) => ({ type: 'fill-blanks' as const, blanks })),
		numbers.map((order) => ({ type: 'ordering' as const, order })),
		fc
			.array(fc.option(number, { nil: null }), { maxLength: 40 })
			.map((meanings) => ({ type: 'matching' as const, meanings })),
		fc.oneof(number, text).map((sentence) => ({ type: 'evidence' as const, sentence }))
	);
	// What the reader builds: any outcome index (unknown ones named), any 7-bit score, any name,
	// a start in 27 bits and a duration that may run past the last time a code can hold, and
	// answers exactly where the outcomes say a question was answered.
	const read = fc
		.record({
			outcomes: fc.oneof(
				{
					arbitrary: fc.array(fc.constantFrom<unknown>(...OUTCOMES), { maxLength: 25 }),
					weight: 4
				},
				{
					arbitrary: fc.array(fc.constantFrom<unknown>(...OUTCOMES, 'outcome 6'), {
						maxLength: 205
					}),
					weight: 1
				}
			),
			score: fc.nat(127),
			studentName: fc.oneof(
				fc.constantFrom('Ana', 'Student 042', ' Ana', '\u200B', 'Ana\u202Exes', 'Zoë Ødegaard'),
				fc.string({ unit: 'grapheme', maxLength: 45 })
			),
			start: fc.nat(2 ** 27 - 1),
			taken: fc.oneof(fc.nat(600), fc.nat(2 ** 31 - 1)),
			withAnswers: fc.boolean(),
			answers: fc.infiniteStream(
				fc.record({
					first: response,
					later: fc.constantFrom(null, 'right', 'partial', 'wrong')
				})
			)
		})
		.map(({ outcomes, score, studentName, start, taken, withAnswers, answers }) => ({
			finish: start + taken,
			result: {
				lessonId: 'ABCDEFGH',
				studentName,
				outcomes,
				score,
				startedAt: minutes(start),
				finishedAt: minutes(Math.min(start + taken, 2 ** 27 + 10)),
				...(withAnswers
					? {
							answers: outcomes.map((outcome) =>
								OUTCOMES.includes(outcome as Outcome) && isAnswered(outcome as Outcome)
									? (answers.next().value as GivenAnswer)
									: null
							)
						}
					: {})
			}
		}));

	it('passes only what the schema passes, unchanged', () => {
		let passed = 0;
		fc.assert(
			fc.property(read, ({ result, finish }) => {
				if (!plainlyKept(result, finish)) {
					return;
				}
				passed++;
				const checked = v.safeParse(lessonResultSchema, result);
				expect(checked.success).toBe(true);
				expect(checked.output).toEqual(result);
			}),
			{ numRuns: 2000 }
		);
		// The fast path is taken for a good share of what it is given, or this proves nothing.
		expect(passed).toBeGreaterThan(100);
	});

	it.each(EDGE_TEXTS)('agrees with the schema on the typed answer %j', (typed) => {
		const result = {
			lessonId: 'ABCDEFGH',
			studentName: 'Ana',
			outcomes: ['wrong', 'right'] as Outcome[],
			score: 50,
			startedAt: minutes(0),
			finishedAt: minutes(30),
			answers: [
				{ first: { type: 'short-answer' as const, text: typed }, later: null },
				{ first: { type: 'evidence' as const, sentence: typed }, later: 'right' as const }
			]
		};
		expect(plainlyKept(result, 30)).toBe(v.is(lessonResultSchema, result));
	});

	it('takes the fast path for every result a student’s page writes', () => {
		fc.assert(
			fc.property(resultWithAnswersArb, (result) => {
				const finish = (Date.parse(result.finishedAt) - RESULT_TIME_EPOCH) / 60_000;
				expect(plainlyKept(result, finish)).toBe(true);
			})
		);
	});
});
