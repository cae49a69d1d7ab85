/**
 * npm run fonts: cuts the default typeface (Atkinson Hyperlegible Next, from @fontsource) down to
 * the characters Close Read uses, so a first visit downloads about 16 KB of font instead of 25.
 * The result is committed in src/lib/fonts/; a unit test fails, naming this command, when the
 * content starts using a character the subset lacks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { FONT_CHARACTERS } from '../src/lib/fonts/characters';

for (const weight of [400, 700]) {
	const source = readFileSync(
		`node_modules/@fontsource/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-${weight}-normal.woff2`
	);
	const subset = await subsetFont(source, FONT_CHARACTERS, { targetFormat: 'woff2' });
	const path = `src/lib/fonts/atkinson-hyperlegible-next-${weight}.woff2`;
	writeFileSync(path, subset);
	console.log(`${path}: ${source.length} → ${subset.length} bytes`);
}
