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
	const mask = 2 ** spec.width - 1;
	const shift = spec.width - bitsPerItem;
	const itemMask = 2 ** bitsPerItem - 1;
	const table = tableFor(spec, bitsPerItem);
	let register = spec.init;
	if (spec.width + bitsPerItem <= 31 && Array.isArray(items)) {
		// Small enough for integer shifts, an item at a time: a results page checks thousands of
		// codes on every load.
		for (let at = 0; at < items.length; at++) {
			const index = ((register >>> shift) ^ (items[at] as number)) & itemMask;
			register = ((register << bitsPerItem) & mask) ^ table[index]!;
		}
		return (register ^ spec.xorout) >>> 0;
	}
	for (const item of items) {
		const index = (Math.floor(register / 2 ** shift) ^ item) & itemMask;
		register = (((register * 2 ** bitsPerItem) % (mask + 1)) ^ table[index]!) >>> 0;
	}
	return (register ^ spec.xorout) >>> 0;
}

/**
 * `crc` of `first` (when not null) followed by `items[0]` to `items[end - 1]`, 5 bits each, with
 * no list made of them: a results page checks thousands of codes on every load.
 */
export function crcOfSymbols(
	first: number | null,
	items: ArrayLike<number>,
	end: number,
	spec: CrcSpec
): number {
	const mask = 2 ** spec.width - 1;
	const shift = spec.width - 5;
	const table = tableFor(spec, 5);
	let register = spec.init;
	for (let at = first === null ? 0 : -1; at < end; at++) {
		const item = at < 0 ? first! : items[at]!;
		register = ((register << 5) & mask) ^ table[((register >>> shift) ^ item) & 31]!;
	}
	return (register ^ spec.xorout) >>> 0;
}

const TABLES = new Map<CrcSpec, Map<number, Uint32Array>>();

/**
 * The register after feeding each possible item into a register holding only that item at its
 * top: one lookup then stands for `bitsPerItem` steps of the bit at a time reckoning.
 */
function tableFor(spec: CrcSpec, bitsPerItem: number): Uint32Array {
	const bySize = TABLES.get(spec) ?? new Map<number, Uint32Array>();
	TABLES.set(spec, bySize);
	const known = bySize.get(bitsPerItem);
	if (known) {
		return known;
	}
	const top = 2 ** (spec.width - 1);
	const mask = 2 ** spec.width - 1;
	const table = new Uint32Array(2 ** bitsPerItem);
	for (let item = 0; item < table.length; item++) {
		let register = item * 2 ** (spec.width - bitsPerItem);
		for (let bit = 0; bit < bitsPerItem; bit++) {
			const carry = register >= top;
			register = ((register * 2) & mask) >>> 0;
			if (carry) {
				register = (register ^ spec.poly) >>> 0;
			}
		}
		table[item] = register;
	}
	bySize.set(bitsPerItem, table);
	return table;
}
