/**
 * The text a study page shows beside its questions: one reading with its glossary terms, or the
 * whole article (for questions about it all), unmarked.
 */
import type { GlossaryEntry, Reading } from '$lib/content/model';
import type { TermPlace } from '$lib/content/passage-marks';

export interface PassageBlock {
	heading: string | null;
	sentences: string[];
}

export interface StudyPassage {
	blocks: PassageBlock[];
	glossary: GlossaryEntry[];
	/** The glossary terms each question tests, by its id: held back until it is settled. */
	tested: Record<string, string[]>;
	/** Where the glossary's terms appear in the first block (`termPlaces`). */
	places: TermPlace[];
	/** What the passage is called for screen readers. */
	label: string;
}

/**
 * `tested`: what each question on the page tests of `glossary` (`termsTestedBy`); `places`: where
 * its terms appear in the reading (`termPlaces`). Both worked out where the page is made.
 */
export function readingPassage(
	reading: Pick<Reading, 'heading' | 'sentences'>,
	glossary: GlossaryEntry[],
	tested: Record<string, string[]>,
	places: TermPlace[]
): StudyPassage {
	return {
		blocks: [{ heading: reading.heading, sentences: reading.sentences }],
		glossary,
		tested,
		places,
		label: 'The reading'
	};
}

export function articlePassage(blocks: PassageBlock[]): StudyPassage {
	return { blocks, glossary: [], tested: {}, places: [], label: 'The whole article' };
}
