import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRC20, CRC32, crc } from './crc';

describe('crc', () => {
	it('gives the published CRC-32/BZIP2 check value', () => {
		const bytes = new TextEncoder().encode('123456789');
		expect(crc(bytes, 8, CRC32)).toBe(0xfc891918);
	});

	it('notices a symbol added after the checksum, which a CRC without a final XOR would not', () => {
		const message = [3, 1, 4, 1, 5, 9, 2, 6];
		const check = crc(message, 5, CRC20);
		const symbols = [15, 10, 5, 0].map((shift) => (check >> shift) & 31);
		const extended = [...message, ...symbols, 0];
		const stored = extended.slice(-4).reduce((sum, value) => sum * 32 + value, 0);
		expect(crc(extended.slice(0, -4), 5, CRC20)).not.toBe(stored);
	});

	it('notices any change confined to 20 consecutive bits of a message of symbols', () => {
		const message = fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 300 });
		fc.assert(
			fc.property(
				message,
				fc.nat(),
				fc.integer({ min: 1, max: 2 ** 20 - 1 }),
				(symbols, at, burst) => {
					const bits = symbols.flatMap((symbol) => [4, 3, 2, 1, 0].map((i) => (symbol >> i) & 1));
					const start = at % bits.length;
					const changed = [...bits];
					for (let i = 0; i < 20 && start + i < bits.length; i++) {
						changed[start + i]! ^= (burst >> (19 - i)) & 1;
					}
					fc.pre(changed.some((bit, i) => bit !== bits[i]));
					const symbolsOf = (all: number[]) =>
						symbols.map((_, s) =>
							all.slice(s * 5, s * 5 + 5).reduce((sum, bit) => sum * 2 + bit, 0)
						);
					expect(crc(symbolsOf(changed), 5, CRC20)).not.toBe(crc(symbols, 5, CRC20));
				}
			)
		);
	});

	it('gives the same check a bit at a time as by its table, for symbols and for bytes', () => {
		const bitwise = (items: readonly number[], bits: number, spec: typeof CRC20) => {
			let register = spec.init;
			for (const item of items) {
				for (let bit = bits - 1; bit >= 0; bit--) {
					const carry = (register >= 2 ** (spec.width - 1) ? 1 : 0) ^ ((item >> bit) & 1);
					register = ((register * 2) & (2 ** spec.width - 1)) >>> 0;
					register = carry ? (register ^ spec.poly) >>> 0 : register;
				}
			}
			return (register ^ spec.xorout) >>> 0;
		};
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { maxLength: 200 }), (symbols) => {
				expect(crc(symbols, 5, CRC20)).toBe(bitwise(symbols, 5, CRC20));
				expect(crc(new Set(symbols).values(), 5, CRC20)).toBe(
					bitwise([...new Set(symbols)], 5, CRC20)
				);
			})
		);
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
				expect(crc(bytes, 8, CRC32)).toBe(bitwise([...bytes], 8, CRC32));
				expect(crc([...bytes], 8, CRC32)).toBe(bitwise([...bytes], 8, CRC32));
			})
		);
	});
});
