/**
 * The text a study page shows beside its questions: one reading with its glossary terms, or the
 * whole article (for questions about it all), unmarked.
 */
import type { GlossaryEntry, GlossaryTerm, Reading } from '$lib/content/model';

export interface PassageBlock {
	heading: string | null;
	sentences: string[];
}

export interface StudyPassage {
	blocks: PassageBlock[];
	glossary: GlossaryEntry[];
	/** What the passage is called for screen readers. */
	label: string;
}

export function readingPassage(
	reading: Pick<Reading, 'heading' | 'sentences'>,
	glossary: GlossaryEntry[]
): StudyPassage {
	return {
		blocks: [{ heading: reading.heading, sentences: reading.sentences }],
		glossary,
		label: 'The reading'
	};
}

export function articlePassage(blocks: PassageBlock[]): StudyPassage {
	return { blocks, glossary: [], label: 'The whole article' };
}

/**
 * The reading a question belongs to, with the terms first met in it; or, for a question about
 * the whole article, the article; or nothing when there is no article to show.
 */
export function passageFor(
	reading: Reading | null | undefined,
	article: { blocks: PassageBlock[] } | null,
	glossary: readonly GlossaryTerm[]
): StudyPassage {
	if (reading) {
		return readingPassage(
			reading,
			glossary.filter((term) => term.readingId === reading.id)
		);
	}
	return articlePassage(article?.blocks ?? []);
}
