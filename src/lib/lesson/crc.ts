/**
 * Cyclic redundancy checks, most significant bit first. A CRC of degree n catches every error
 * confined to n consecutive bits, whatever the length of the message: that is why a changed
 * character (5 bits of a results code, 6 of a lesson link) can never slip through.
 */

export interface CrcSpec {
	width: number;
	/** The generator without its top term. */
	poly: number;
	init: number;
	/**
	 * XORed into the result. Without it, a CRC followed by its first symbol and zeros checks out
	 * again: a code with '0' typed on the end would pass.
	 */
	xorout: number;
}

/** CRC-32/BZIP2, for the bytes of a lesson link. */
export const CRC32: CrcSpec = {
	width: 32,
	poly: 0x04c11db7,
	init: 0xffffffff,
	xorout: 0xffffffff
};

/**
 * CRC-20 for results codes: (x + 1)(x^19 + x^5 + x^2 + x + 1). The degree-19 factor is
 * primitive, so any two flipped bits within 2^19 - 1 are caught; the (x + 1) catches any odd
 * number of flipped bits; and 20 bits is exactly four base32 symbols.
 */
export const CRC20: CrcSpec = { width: 20, poly: 0x80069, init: 0xfffff, xorout: 0xfffff };

/** The CRC of a sequence of numbers, each `bitsPerItem` wide (8 for bytes, 5 for symbols). */
export function crc(items: Iterable<number>, bitsPerItem: number, spec: CrcSpec): number {
	const top = 2 ** (spec.width - 1);
	const mask = 2 ** spec.width - 1;
	let register = spec.init;
	for (const item of items) {
		for (let bit = bitsPerItem - 1; bit >= 0; bit--) {
			const carry = (register >= top ? 1 : 0) ^ ((item >> bit) & 1);
			register = ((register * 2) & mask) >>> 0;
			if (carry) {
				register = (register ^ spec.poly) >>> 0;
			}
		}
	}
	return (register ^ spec.xorout) >>> 0;
}
