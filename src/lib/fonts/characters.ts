/**
 * The characters the default typeface is cut to, in two files. The first, on every page:
 * printable ASCII and the typographic punctuation and symbols the article and the interface use.
 * The second, the accented letters of Latin-1 (names such as José, Zoë or François): the browser
 * fetches it only for a page that shows one (its `unicode-range` in app.css), so a reading, which
 * has none, never pays for it. Anything else still shows, in the system font.
 */
const ranges: [number, number][] = [[0x20, 0x7e]];
const extras = '\u00a0‘’“”–—…•·×✓→←↑↓';

export const FONT_CHARACTERS =
	ranges.map(([from, to]) => String.fromCharCode(...range(from, to))).join('') + extras;

/** À to ÿ, without × and ÷, which are signs rather than letters. */
export const ACCENTED_RANGES: [number, number][] = [
	[0xc0, 0xd6],
	[0xd8, 0xf6],
	[0xf8, 0xff]
];

export const ACCENTED_CHARACTERS = ACCENTED_RANGES.map(([from, to]) =>
	String.fromCharCode(...range(from, to))
).join('');

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
