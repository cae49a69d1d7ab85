import { describe, expect, it } from 'vitest';
import { collapseSpace, countWords, splitSentences, stableShuffle, wordPattern } from './text';

describe('splitSentences', () => {
	it('cuts at full stops, question marks and exclamation marks', () => {
		expect(
			splitSentences('Hey guys, what is up? We have news. Yeah, you heard that right! So.')
		).toEqual(['Hey guys, what is up?', 'We have news.', 'Yeah, you heard that right!', 'So.']);
	});

	it('ignores line wrapping inside a sentence', () => {
		expect(
			splitSentences('That’s the million-dollar\n  question, right? Analysts are scrambling.')
		).toEqual(['That’s the million-dollar question, right?', 'Analysts are scrambling.']);
	});

	it('keeps a dash between clauses inside one sentence', () => {
		expect(
			splitSentences('A sound is emerging – the sound of diplomacy. It goes on.')
		).toHaveLength(2);
	});

	it('returns nothing for blank text', () => {
		expect(splitSentences('  \n ')).toEqual([]);
	});
});

describe('collapseSpace and countWords', () => {
	it('treat any run of whitespace as one space', () => {
		expect(collapseSpace('  a \n\t b  ')).toBe('a b');
		expect(countWords('three whole\n years')).toBe(3);
		expect(countWords('')).toBe(0);
	});
});

describe('stableShuffle', () => {
	const items = ['first', 'second', 'third', 'fourth'];

	it('gives the same order for the same seed', () => {
		expect(stableShuffle(items, 'q-1')).toEqual(stableShuffle(items, 'q-1'));
	});

	it('keeps every item exactly once', () => {
		expect([...stableShuffle(items, 'q-2')].sort()).toEqual([...items].sort());
	});

	it('never hands back the original order', () => {
		for (let seed = 0; seed < 200; seed++) {
			expect(stableShuffle(['a', 'b'], `seed-${seed}`)).not.toEqual(['a', 'b']);
			expect(stableShuffle(items, `seed-${seed}`)).not.toEqual(items);
		}
	});
});

describe('wordPattern', () => {
	it('finds a form as a whole word, in any case and however the phrase is wrapped', () => {
		expect(wordPattern('security guarantees').test('Real Security\n  Guarantees, at last')).toBe(
			true
		);
		expect(wordPattern('catalyst').test('The catalysts were many.')).toBe(false);
		expect(wordPattern('self').test('self-determination')).toBe(false);
	});

	it('gives the same answer every time it is asked, though one pattern serves every caller', () => {
		const text = 'Sanctions, and more sanctions.';
		const answers = [1, 2, 3].map(() => wordPattern('sanctions').test(text));
		expect(answers).toEqual([true, true, true]);
		expect(wordPattern('sanctions').exec(text)?.index).toBe(0);
		expect(wordPattern('sanctions').exec(text)?.index).toBe(0);
	});
});
