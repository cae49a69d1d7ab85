import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResult, resultArb } from '../../test-data/lessons';
import { OUTCOMES, type LessonResult, type Outcome } from './lesson-result';
import {
	decodeResultsCode,
	encodeResultsCode,
	findResultsCodes,
	type DecodedResultsCode
} from './results-code';

const twenty: Outcome[] = Array.from({ length: 20 }, (_, i) => OUTCOMES[i % OUTCOMES.length]!);

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
	...fc.sample(resultArb, { numRuns: 8, seed: 42 })
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

	it('make a 20-question result with a 12-character name well under 200 characters', () => {
		const code = encodeResultsCode(buildResult({ studentName: 'Maria Santos', outcomes: twenty }));
		expect(code.length).toBeLessThan(200);
		expect(code).toHaveLength(72);
	});

	it('look like CR1- and groups of five base32 symbols', () => {
		for (const result of sample) {
			expect(encodeResultsCode(result)).toMatch(
				/^CR1-(?:[0-9A-HJKMNP-TV-Z]{5}-)*[0-9A-HJKMNP-TV-Z]{1,5}$/
			);
		}
	});

	it('spell the lesson id in symbols 3 to 10, so a teacher can tell codes apart by lesson', () => {
		const code = encodeResultsCode(buildResult({ lessonId: 'K7QW3M9P' }));
		expect(code.slice(4).replaceAll('-', '').slice(2, 10)).toBe('K7QW3M9P');
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
		['without hyphens', `CR1-${code.slice(4).replaceAll('-', '')}`],
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
	});

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
		expect(expectRefused(decodeResultsCode(`CR2-${code.slice(4)}`))).toContain('newer version');
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
	});

	it('without ever throwing, on random text after the prefix or anywhere', () => {
		const symbols = fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHJKMNPQRSTVWXYZ-') });
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					symbols.map((body) => `CR1-${body}`)
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
