/**
 * Text primitives shared by the content check and the pages: whitespace, sentences, shuffles.
 * Readings are wrapped freely in YAML, so every comparison with the article ignores whitespace.
 */
import { seededRandom } from './seeded-random';

export function collapseSpace(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

// A sentence ends at . ! or ? (and any closing quote) before a space and a capital or opening quote.
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=[A-Z0-9“"‘'(])/;

export function splitSentences(text: string): string[] {
	const collapsed = collapseSpace(text);
	return collapsed === '' ? [] : collapsed.split(SENTENCE_BREAK);
}

export function countWords(text: string): number {
	const collapsed = collapseSpace(text);
	return collapsed === '' ? 0 : collapsed.split(' ').length;
}

/**
 * A fixed shuffle of `items` seeded by `seed`, never the original order when there are two or
 * more items (an ordering question shown already in order would give itself away).
 */
export function stableShuffle<T>(items: readonly T[], seed: string): T[] {
	const random = seededRandom(seed);
	const shuffled = [...items];
	for (let i = shuffled.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[shuffled[i], shuffled[j]] = [shuffled[j] as T, shuffled[i] as T];
	}
	if (shuffled.length > 1 && shuffled.every((item, i) => item === items[i])) {
		shuffled.push(shuffled.shift() as T);
	}
	return shuffled;
}

// Made once a form: a reading page asks for each of its terms' patterns once per question while it
// wakes up, and building a Unicode pattern costs far more than running it. Without the g flag a
// pattern keeps no state between uses, so one can serve every caller.
const wordPatterns = new Map<string, RegExp>();

/** Matches `form` as a whole word (or phrase), case-insensitive, however it is wrapped. */
export function wordPattern(form: string): RegExp {
	let pattern = wordPatterns.get(form);
	if (pattern === undefined) {
		const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'iu');
		wordPatterns.set(form, pattern);
	}
	return pattern;
}
