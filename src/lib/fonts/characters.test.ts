import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { ACCENTED_CHARACTERS, ACCENTED_RANGES, FONT_CHARACTERS } from './characters';

describe('the subset font', () => {
	it('has every character the content uses (else run "npm run fonts")', () => {
		const used = new Set(Object.values(readContentFiles()).join('').replace(/\s/g, ''));
		const missing = [...used].filter(
			(character) =>
				!FONT_CHARACTERS.includes(character) && !ACCENTED_CHARACTERS.includes(character)
		);
		expect(missing).toEqual([]);
	});

	it('has the accented letters in a file of their own that the stylesheet loads only for them', () => {
		expect([...ACCENTED_CHARACTERS].filter((letter) => FONT_CHARACTERS.includes(letter))).toEqual(
			[]
		);
		expect(ACCENTED_CHARACTERS).toContain('é');
		expect(ACCENTED_CHARACTERS).not.toContain('×');
		const range = ACCENTED_RANGES.map(
			([from, to]) => `U+${from.toString(16).toUpperCase()}-${to.toString(16).toUpperCase()}`
		).join(', ');
		expect(readFileSync('src/app.css', 'utf8')).toContain(`unicode-range: ${range};`);
	});
});
