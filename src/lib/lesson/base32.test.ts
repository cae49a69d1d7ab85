import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	asciiSymbolValue,
	BASE32_ALPHABET,
	BitReader,
	BitWriter,
	symbolOf,
	symbolValue
} from './base32';

describe('symbols', () => {
	it('reads every symbol back as the value it was written for', () => {
		for (let value = 0; value < 32; value++) {
			expect(symbolValue(symbolOf(value))).toBe(value);
		}
	});

	it('reads lower case, and the look-alikes O, I and L, as Crockford does', () => {
		expect(symbolValue('z')).toBe(31);
		expect(symbolValue('O')).toBe(0);
		expect(symbolValue('o')).toBe(0);
		expect(symbolValue('I')).toBe(1);
		expect(symbolValue('l')).toBe(1);
	});

	it('refuses characters the alphabet leaves out', () => {
		for (const character of ['U', 'u', '-', ' ', '!', 'é', '']) {
			expect(symbolValue(character)).toBeNull();
		}
		expect(BASE32_ALPHABET).toHaveLength(32);
	});

	it('reads a character by its code as by the character, -1 where there is no symbol', () => {
		const expected = (code: number): number => {
			const upper = String.fromCharCode(code).toUpperCase();
			const symbol = upper === 'O' ? '0' : upper === 'I' || upper === 'L' ? '1' : upper;
			return BASE32_ALPHABET.indexOf(symbol);
		};
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 0x10ffff }), (code) => {
				expect(asciiSymbolValue(code)).toBe(code < 128 ? expected(code) : -1);
			})
		);
		for (let code = 0; code < 128; code++) {
			expect(asciiSymbolValue(code)).toBe(expected(code));
			expect(symbolValue(String.fromCharCode(code))).toBe(
				expected(code) < 0 ? null : expected(code)
			);
		}
	});
});

describe('bits', () => {
	it('reads back numbers of any width from their symbols', () => {
		const field = fc
			.integer({ min: 0, max: 40 })
			.chain((width) => fc.tuple(fc.constant(width), fc.integer({ min: 0, max: 2 ** width - 1 })));
		fc.assert(
			fc.property(fc.array(field, { maxLength: 20 }), (fields) => {
				const writer = new BitWriter();
				for (const [width, value] of fields) {
					writer.write(value, width);
				}
				const reader = new BitReader(writer.symbols());
				expect(fields.map(([width]) => reader.read(width))).toEqual(
					fields.map(([, value]) => value)
				);
				expect(reader.overrun).toBe(false);
				expect(reader.remaining).toBeLessThan(5);
			})
		);
	});

	it('counts the bits left after every read, wide or narrow', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(31), { maxLength: 20 }),
				fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 10 }),
				(symbols, widths) => {
					const reader = new BitReader(symbols);
					let left = symbols.length * 5;
					for (const width of widths) {
						if (width > left) {
							continue;
						}
						reader.read(width);
						left -= width;
						expect(reader.remaining).toBe(left);
					}
					expect(reader.overrun).toBe(false);
				}
			)
		);
	});

	it('marks a read past the end instead of throwing', () => {
		const reader = new BitReader([31]);
		expect(reader.read(5)).toBe(31);
		expect(reader.read(3)).toBe(0);
		expect(reader.overrun).toBe(true);
	});
});
