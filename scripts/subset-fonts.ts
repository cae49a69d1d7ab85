/**
 * npm run fonts: cuts the default typeface (Atkinson Hyperlegible Next, from @fontsource) down to
 * the characters Close Read uses and the weights it shows: one file every page loads (about 11 KB
 * instead of 34) and one of accented letters that only a page showing one loads
 * (src/lib/fonts/characters.ts).
 * The results are committed in src/lib/fonts/; a unit test fails, naming this command, when the
 * content starts using a character neither has.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { ACCENTED_CHARACTERS, FONT_CHARACTERS } from '../src/lib/fonts/characters';

// One variable font, its weight axis cut to the 400 to 700 the stylesheet uses: smaller than the
// two static weights, and one request instead of two.
const source = readFileSync(
	'node_modules/@fontsource-variable/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2'
);
const files = {
	'src/lib/fonts/atkinson-hyperlegible-next.woff2': FONT_CHARACTERS,
	'src/lib/fonts/atkinson-hyperlegible-next-accented.woff2': ACCENTED_CHARACTERS
};
for (const [path, characters] of Object.entries(files)) {
	const subset = await subsetFont(source, characters, {
		targetFormat: 'woff2',
		variationAxes: { wght: { min: 400, max: 700 } },
		// Of the features a browser applies unasked, the typeface has kerning and local forms; the
		// local forms serve languages other than English, which no page is in. Of the others, only
		// the tables' tabular figures are asked for (font-variant-numeric); stylistic sets,
		// fractions and the like never are. 0.6 KB less.
		keepFeatures: ['kern', 'tnum']
	});
	writeFileSync(path, subset);
	console.log(`${path}: ${source.length} → ${subset.length} bytes`);
}
