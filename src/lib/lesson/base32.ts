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
	#position = 0;
	overrun = false;

	/** Reads `values[0]` to `values[length - 1]`. */
	constructor(values: ArrayLike<number>, length = values.length) {
		this.#values = values;
		this.#length = length;
	}

	read(width: number): number {
		let value = 0;
		let left = width;
		// The bits a symbol still holds at a time, not bit by bit: a results page reads thousands
		// of codes, each over a thousand bits long, on every load.
		while (left > 0) {
			const offset = this.#position % 5;
			const take = offset + left > 5 ? 5 - offset : left;
			const scale = 1 << take;
			const index = (this.#position - offset) / 5;
			if (index >= this.#length) {
				this.overrun = true;
				value *= scale;
			} else {
				value = value * scale + ((this.#values[index]! >> (5 - offset - take)) & (scale - 1));
			}
			this.#position += take;
			left -= take;
		}
		return value;
	}

	/** Bits not yet read. */
	get remaining(): number {
		return Math.max(0, this.#length * 5 - this.#position);
	}
}
