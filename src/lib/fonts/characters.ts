/**
 * Every character the subset font carries: printable ASCII, the accented letters of names and
 * loan words, and the typographic punctuation and symbols the article and the interface use.
 * Anything else still shows, in the system font.
 */
const ranges: [number, number][] = [[0x20, 0x7e]];
const extras = '\u00a0‘’“”–—…•·×✓→←↑↓éèêëáàâäíìîïóòôöúùûüçñÉÈÀÇ';

export const FONT_CHARACTERS =
	ranges.map(([from, to]) => String.fromCharCode(...range(from, to))).join('') + extras;

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
