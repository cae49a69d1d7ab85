import { describe, expect, it } from 'vitest';
import { gapNames } from './gap-names';

describe('gapNames', () => {
	it('names each gap by its number and the words just before it', () => {
		expect(
			gapNames([
				'After a prolonged ',
				', these two world leaders are back in touch, and the buzz is all about finding a way to bring this brutal conflict to a ',
				'.'
			])
		).toEqual([
			'Gap 1 of 2: after “After a prolonged”',
			'Gap 2 of 2: after “this brutal conflict to a”'
		]);
	});

	it('adds the words after a gap when too few come before it', () => {
		expect(gapNames(['', ' nature of the conflict.'])).toEqual([
			'Gap 1 of 1: before “nature of the conflict.”'
		]);
		expect(gapNames(['Diplomatic ', ' must be kept ', '.'])).toEqual([
			'Gap 1 of 2: after “Diplomatic”, before “must be kept”',
			'Gap 2 of 2: after “must be kept”'
		]);
	});

	it('quotes no punctuation alone and falls back to the number when there are no words', () => {
		expect(gapNames(['', ' – ', ''])).toEqual(['Gap 1 of 2', 'Gap 2 of 2']);
	});

	it('names no gaps for a sentence without any', () => {
		expect(gapNames(['Just a sentence.'])).toEqual([]);
		expect(gapNames([])).toEqual([]);
	});
});
