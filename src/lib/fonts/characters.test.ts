import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { FONT_CHARACTERS } from './characters';

describe('the subset font', () => {
	it('has every character the content uses (else run "npm run fonts")', () => {
		const used = new Set(Object.values(readContentFiles()).join('').replace(/\s/g, ''));
		const missing = [...used].filter((character) => !FONT_CHARACTERS.includes(character));
		expect(missing).toEqual([]);
	});
});
