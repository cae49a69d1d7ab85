import { describe, expect, it } from 'vitest';
import { evidenceRuns, markPassage as markPlaces, type GlossaryForms } from './passage-marks';
import { termPlaces } from './term-places';

// Marked as a page marks it: with the terms' places found beforehand, as the server finds them.
const markPassage = (sentences: string[], evidence: string[], terms: GlossaryForms[]) =>
	markPlaces(sentences, evidence, terms, termPlaces(sentences, terms));

const sentences = [
	'Russia has faced international sanctions.',
	'Lifting or easing these sanctions would likely be a key demand.',
	'The sheer exhaustion could be a major catalyst.'
];

const plain = (pieces: { text: string }[]) => pieces.map((piece) => piece.text).join('');

describe('markPassage', () => {
	it('keeps every sentence whole when nothing is marked', () => {
		const marked = markPassage(sentences, [], []);
		expect(marked.map((sentence) => plain(sentence.pieces))).toEqual(sentences);
		expect(marked.some((sentence) => sentence.evidence)).toBe(false);
	});

	it('highlights a quoted phrase as evidence in the sentence that holds it', () => {
		const [, second] = markPassage(sentences, ['a key demand'], []);
		expect(second?.evidence).toBe(true);
		expect(second?.pieces.filter((piece) => piece.evidence).map((piece) => piece.text)).toEqual([
			'a key demand'
		]);
	});

	it('highlights evidence that runs across two sentences in both', () => {
		const marked = markPassage(sentences, ['sanctions. Lifting or easing'], []);
		expect(marked.map((sentence) => sentence.evidence)).toEqual([true, true, false]);
	});

	it('ignores a quote that is not in the reading instead of highlighting something else', () => {
		const marked = markPassage(sentences, ['peace treaty signed'], []);
		expect(marked.some((sentence) => sentence.evidence)).toBe(false);
	});

	it('marks only the first appearance of a glossary term, as a whole word', () => {
		const marked = markPassage(sentences, [], [{ term: 'sanctions', forms: ['sanctions'] }]);
		const terms = marked.flatMap((sentence) => sentence.pieces.filter((piece) => piece.term));
		expect(terms).toEqual([{ text: 'sanctions', evidence: false, term: 'sanctions' }]);
		expect(marked[0]?.pieces.map((piece) => piece.text)).toEqual([
			'Russia has faced international ',
			'sanctions',
			'.'
		]);
	});

	it('gives the place of a term held back to a shorter one it overlapped', () => {
		const table = ['They are back at the negotiating table.'];
		const terms = [
			{ term: 'negotiating table', forms: ['negotiating table'] },
			{ term: 'table', forms: ['table'] }
		];
		const places = termPlaces(table, terms);
		const markedTerms = (shown: GlossaryForms[]) =>
			markPlaces(table, [], shown, places).flatMap((sentence) =>
				sentence.pieces.filter((piece) => piece.term).map((piece) => piece.term)
			);
		expect(markedTerms(terms)).toEqual(['negotiating table']);
		expect(markedTerms([terms[1]!])).toEqual(['table']);
	});

	it('does not mark a term inside a longer word', () => {
		const marked = markPassage(
			['The catalysts were many.'],
			[],
			[{ term: 'catalyst', forms: ['catalyst'] }]
		);
		expect(marked[0]?.pieces.some((piece) => piece.term)).toBe(false);
	});

	it('calls a sentence plain only when neither evidence nor a glossary term is in it', () => {
		const marked = markPassage(
			sentences,
			['a key demand'],
			[{ term: 'sanctions', forms: ['sanctions'] }]
		);
		expect(marked.map((sentence) => sentence.plain)).toEqual([false, false, true]);
	});

	it('marks a term that is also evidence as both', () => {
		const [, , third] = markPassage(
			sentences,
			['a major catalyst'],
			[{ term: 'catalyst', forms: ['catalyst'] }]
		);
		expect(third?.pieces.find((piece) => piece.term)).toEqual({
			text: 'catalyst',
			evidence: true,
			term: 'catalyst'
		});
	});
});

describe('evidenceRuns', () => {
	const highlights = (blocks: ReturnType<typeof markPassage>[]) =>
		evidenceRuns(blocks)
			.runs.flat(2)
			.filter((run) => run.evidence > 0)
			.map((run) => [run.evidence, plain(run.pieces)]);

	it('keeps a quote cut by a glossary term as one highlight', () => {
		const withTerm = markPassage(
			[sentences[1] ?? ''],
			['easing these sanctions would'],
			[{ term: 'sanctions', forms: ['sanctions'] }]
		);
		expect(withTerm[0]?.pieces.length).toBeGreaterThan(3);
		expect(highlights([withTerm])).toEqual([[1, 'easing these sanctions would']]);
	});

	it('numbers highlights through every sentence and block, and counts them', () => {
		const first = markPassage(sentences, ['sanctions. Lifting', 'sheer exhaustion'], []);
		const second = markPassage(['Talks resumed in Paris.'], ['resumed'], []);
		expect(highlights([first, second])).toEqual([
			[1, 'sanctions.'],
			[2, 'Lifting'],
			[3, 'sheer exhaustion'],
			[4, 'resumed']
		]);
		expect(evidenceRuns([first, second]).count).toBe(4);
	});

	it('leaves plain text as one unnumbered run per stretch', () => {
		const marked = markPassage([sentences[1] ?? ''], ['a key demand'], []);
		const runs = evidenceRuns([marked]).runs[0]?.[0] ?? [];
		expect(runs.map((run) => [run.evidence, plain(run.pieces)])).toEqual([
			[0, 'Lifting or easing these sanctions would likely be '],
			[1, 'a key demand'],
			[0, '.']
		]);
	});
});
