/**
 * Where a passage's glossary terms appear, worked out where the passage is known: on the server
 * for a reading's page, which sends them with it, and in the browser for a lesson, a review or a
 * teacher's preview. A reading's page never runs this (see `TermPlace` in passage-marks.ts).
 */
import type { GlossaryForms, TermPlace } from './passage-marks';
import { wordPattern } from './text';

/** The first place each form of each term appears in `sentences`, as `markPassage` joins them. */
export function termPlaces(
	sentences: readonly string[],
	terms: readonly GlossaryForms[]
): TermPlace[] {
	const text = sentences.join(' ');
	return terms.flatMap(({ term, forms }) =>
		forms.flatMap((form) => {
			const match = wordPattern(form).exec(text);
			return match ? [{ term, start: match.index, end: match.index + match[0].length }] : [];
		})
	);
}
