/**
 * The passage beside a question on a page whose questions are chosen in the browser (a lesson, a
 * review): which glossary words they test, and where the words are, is worked out here. A reading's page has it from the
 * server and never loads this.
 */
import { termsTestedBy } from '$lib/content/glossary-tests';
import type { GlossaryTerm, Question, Reading } from '$lib/content/model';
import { termPlaces } from '$lib/content/term-places';
import {
	articlePassage,
	readingPassage,
	type PassageBlock,
	type StudyPassage
} from './study-passage';

/**
 * The reading a question belongs to, with the terms first met in it; or, for a question about
 * the whole article, the article; or nothing when there is no article to show. `questions`: the
 * questions shown beside it.
 */
export function passageFor(
	reading: Reading | null | undefined,
	article: { blocks: PassageBlock[] } | null,
	glossary: readonly GlossaryTerm[],
	questions: readonly Question[]
): StudyPassage {
	if (reading) {
		const terms = glossary.filter((term) => term.readingId === reading.id);
		return readingPassage(
			reading,
			terms,
			termsTestedBy(questions, terms),
			termPlaces(reading.sentences, terms)
		);
	}
	return articlePassage(article?.blocks ?? []);
}
