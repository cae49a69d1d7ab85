/**
 * Cuts a reading into the pieces the passage renders: per sentence, runs of plain text, evidence
 * to highlight, and glossary terms to mark. Pure, so highlighting is tested without a DOM.
 */

export interface PassagePiece {
	text: string;
	evidence: boolean;
	/** The glossary term this piece marks, or null. */
	term: string | null;
}

export interface PassageSentence {
	index: number;
	text: string;
	pieces: PassagePiece[];
	/** Any of this sentence is evidence. */
	evidence: boolean;
	/** Nothing in it is marked, neither evidence nor a glossary term: shown as its bare text. */
	plain: boolean;
}

interface Span {
	start: number;
	end: number;
}

export interface GlossaryForms {
	term: string;
	forms: string[];
}

/** Where each quote stands in `text` (whitespace-insensitive; quotes not found are skipped). */
export function findQuotes(text: string, quotes: string[]): Span[] {
	return quotes.flatMap((quote) => {
		const wanted = quote.replace(/\s+/g, ' ').trim();
		const start = wanted === '' ? -1 : text.indexOf(wanted);
		return start < 0 ? [] : [{ start, end: start + wanted.length }];
	});
}

/**
 * Where one form of a glossary term first appears in a passage's text (its sentences joined by
 * spaces). Found once, where the passage is known (`termPlaces` in term-places.ts): finding them
 * takes a Unicode pattern per form, too slow to build while a reading's page wakes.
 */
export interface TermPlace extends Span {
	term: string;
}

/**
 * The first place each of `terms` appears, longest forms first, never overlapping another term,
 * out of `places`: a term held back leaves its place to one it overlapped.
 */
export function findTerms(places: readonly TermPlace[], terms: { term: string }[]): TermPlace[] {
	const wanted = new Set(terms.map(({ term }) => term));
	const found: TermPlace[] = [];
	const candidates = places
		.filter((place) => wanted.has(place.term))
		.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
	for (const span of candidates) {
		const clash = found.some(
			(other) => other.term === span.term || (span.start < other.end && other.start < span.end)
		);
		if (!clash) {
			found.push(span);
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** `places`: where `terms` appear in `sentences` (`termPlaces`); a term not in `terms` is not marked. */
export function markPassage(
	sentences: string[],
	evidence: string[],
	terms: { term: string }[],
	places: readonly TermPlace[]
): PassageSentence[] {
	const text = sentences.join(' ');
	const evidenceSpans = findQuotes(text, evidence);
	const termSpans = findTerms(places, terms);
	let offset = 0;
	return sentences.map((sentence, index) => {
		const start = offset;
		const end = start + sentence.length;
		offset = end + 1;
		const cuts = new Set([start, end]);
		for (const span of [...evidenceSpans, ...termSpans]) {
			for (const point of [span.start, span.end]) {
				if (point > start && point < end) {
					cuts.add(point);
				}
			}
		}
		const points = [...cuts].sort((a, b) => a - b);
		const pieces: PassagePiece[] = [];
		for (let i = 0; i < points.length - 1; i++) {
			const from = points[i] as number;
			const to = points[i + 1] as number;
			const piece: PassagePiece = {
				text: text.slice(from, to),
				evidence: evidenceSpans.some((span) => span.start < to && from < span.end),
				term: termSpans.find((span) => span.start <= from && to <= span.end)?.term ?? null
			};
			const last = pieces.at(-1);
			// Join neighbours that look the same, so a term split by an evidence edge stays one mark.
			if (
				last &&
				last.evidence === piece.evidence &&
				last.term === piece.term &&
				piece.term === null
			) {
				last.text += piece.text;
			} else {
				pieces.push(piece);
			}
		}
		const evidence = pieces.some((piece) => piece.evidence);
		const plain = !evidence && pieces.every((piece) => piece.term === null);
		return { index, text: sentence, pieces, evidence, plain };
	});
}

/** A stretch of one sentence shown one way: plain text, or one highlight of evidence. */
export interface PassageRun {
	pieces: PassagePiece[];
	/** This highlight's place among the passage's highlights, from 1; 0 for plain text. */
	evidence: number;
}

/**
 * Gathers each sentence's evidence pieces (a quote cut by a glossary term is several) into runs,
 * one highlight each, numbered through the whole passage so each can be named "Evidence 2 of 3".
 */
export function evidenceRuns(blocks: PassageSentence[][]): {
	runs: PassageRun[][][];
	count: number;
} {
	let count = 0;
	const runs = blocks.map((sentences) =>
		sentences.map((sentence) => {
			const found: PassageRun[] = [];
			for (const piece of sentence.pieces) {
				const last = found.at(-1);
				if (last && last.evidence > 0 === piece.evidence) {
					last.pieces.push(piece);
				} else {
					found.push({ pieces: [piece], evidence: piece.evidence ? ++count : 0 });
				}
			}
			return found;
		})
	);
	return { runs, count };
}
