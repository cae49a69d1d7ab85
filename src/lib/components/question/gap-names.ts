/**
 * The name of each gap in a fill-in sentence, said with the words around it, so a screen-reader
 * user who lands on a gap knows which part of the sentence it is in ("Gap 2 of 2: after 'kept'")
 * without reading the whole sentence again.
 */

/** How many words of the sentence a gap's name quotes at most, on each side. */
const QUOTED_WORDS = 5;

function words(text: string): string[] {
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * The names of the gaps between `segments` (one more segment than gaps): each quotes the words
 * just before it, and also the words just after when fewer than three come before (a gap at the
 * start of the sentence or straight after another gap).
 */
export function gapNames(segments: readonly string[]): string[] {
	const count = Math.max(segments.length - 1, 0);
	return Array.from({ length: count }, (_, index) => {
		const before = words(segments[index] ?? '').slice(-QUOTED_WORDS);
		const after = words(segments[index + 1] ?? '').slice(0, QUOTED_WORDS);
		const context: string[] = [];
		if (before.length > 0) {
			context.push(`after “${before.join(' ')}”`);
		}
		if (before.length < 3 && after.length > 0) {
			context.push(`before “${after.join(' ')}”`);
		}
		const name = `Gap ${index + 1} of ${count}`;
		return context.length > 0 ? `${name}: ${context.join(', ')}` : name;
	});
}
