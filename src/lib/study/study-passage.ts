/**
 * The text a study page shows beside its questions: one reading with its glossary terms, or the
 * whole article (for questions about it all), unmarked.
 */
import type { GlossaryEntry, Reading } from '$lib/content/model';

export interface PassageBlock {
	heading: string | null;
	sentences: string[];
}

export interface StudyPassage {
	blocks: PassageBlock[];
	glossary: GlossaryEntry[];
	/** The glossary terms each question tests, by its id: held back until it is settled. */
	tested: Record<string, string[]>;
	/** What the passage is called for screen readers. */
	label: string;
}

/** `tested`: what each question on the page tests of `glossary` (`termsTestedBy`). */
export function readingPassage(
	reading: Pick<Reading, 'heading' | 'sentences'>,
	glossary: GlossaryEntry[],
	tested: Record<string, string[]>
): StudyPassage {
	return {
		blocks: [{ heading: reading.heading, sentences: reading.sentences }],
		glossary,
		tested,
		label: 'The reading'
	};
}

export function articlePassage(blocks: PassageBlock[]): StudyPassage {
	return { blocks, glossary: [], tested: {}, label: 'The whole article' };
}
