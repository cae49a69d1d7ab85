/**
 * Crockford's base32 and a bit packer over its symbols: the alphabet of results codes and lesson
 * ids. It leaves out I, L, O and U, so a code read aloud or copied by hand has fewer look-alikes.
 */

export const BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES = new Map<string, number>(
	[...BASE32_ALPHABET].map((symbol, value) => [symbol, value] as const)
);

// Every ASCII character's value, -1 for none: upper and lower case, O as 0, I and L as 1. A
// results page reads thousands of codes at once, a character at a time.
const ASCII_VALUES = Int8Array.from({ length: 128 }, (_, code) => {
	const upper = String.fromCharCode(code).toUpperCase();
	const symbol = upper === 'O' ? '0' : upper === 'I' || upper === 'L' ? '1' : upper;
	return VALUES.get(symbol) ?? -1;
});

/** `symbolValue` of an ASCII character by its char code; -1 for none, or for any other code. */
export function asciiSymbolValue(charCode: number): number {
	return charCode < 128 ? ASCII_VALUES[charCode]! : -1;
}

/** The value of a symbol as someone may have typed it, or null for a character never used. */
export function symbolValue(character: string): number | null {
	if (character.length === 1 && character.charCodeAt(0) < 128) {
		const value = asciiSymbolValue(character.charCodeAt(0));
		return value < 0 ? null : value;
	}
	const direct = VALUES.get(character);
	if (direct !== undefined) {
		return direct;
	}
	const upper = character.toUpperCase();
	// Crockford's reading of look-alikes: O is zero, I and L are one.
	const symbol = upper === 'O' ? '0' : upper === 'I' || upper === 'L' ? '1' : upper;
	return VALUES.get(symbol) ?? null;
}

export function symbolOf(value: number): string {
	return BASE32_ALPHABET[value & 31]!;
}

/** Collects numbers of a fixed width, most significant bit first, and reads them out as symbols. */
export class BitWriter {
	#bits: number[] = [];

	/** Writes the low `width` bits of a non-negative integer below 2^53. */
	write(value: number, width: number): void {
		for (let bit = width - 1; bit >= 0; bit--) {
			this.#bits.push(Math.floor(value / 2 ** bit) % 2);
		}
	}

	/** The bits as 5-bit symbol values, the last one padded with zeros. */
	symbols(): number[] {
		const values: number[] = [];
		for (let start = 0; start < this.#bits.length; start += 5) {
			let value = 0;
			for (let offset = 0; offset < 5; offset++) {
				value = value * 2 + (this.#bits[start + offset] ?? 0);
			}
			values.push(value);
		}
		return values;
	}
}

/**
 * Reads numbers back from symbol values. Reading past the end gives zeros and sets `overrun`, so
 * a decoder can parse a cut-off code to the end and refuse it once, rather than throw midway.
 */
export class BitReader {
	#values: ArrayLike<number>;
	#length: number;
	/** The next symbol to take in. */
	#index = 0;
	/** The low `#held` bits are taken in and not yet read; those above them are spent. */
	#bits = 0;
	#held = 0;
	overrun = false;

	/** Reads `values[0]` to `values[length - 1]`. */
	constructor(values: ArrayLike<number>, length = values.length) {
		this.#values = values;
		this.#length = length;
	}

	read(width: number): number {
		// Wider reads in two, so the bits held (fewer than 5 left over, and 26 wanted) stay within
		// a 32-bit integer.
		if (width > 26) {
			const high = this.read(width - 26);
			return high * 2 ** 26 + this.read(26);
		}
		// A symbol at a time, and the bits wanted shifted out of them in one go: a results page
		// reads thousands of codes, each over a thousand bits long, on every load.
		while (this.#held < width) {
			let symbol = 0;
			if (this.#index < this.#length) {
				symbol = this.#values[this.#index]!;
			} else {
				this.overrun = true;
			}
			this.#bits = (this.#bits << 5) | symbol;
			this.#index++;
			this.#held += 5;
		}
		this.#held -= width;
		return (this.#bits >>> this.#held) & ((1 << width) - 1);
	}

	/** Bits not yet read. */
	get remaining(): number {
		return Math.max(0, (this.#length - this.#index) * 5 + this.#held);
	}
}
