/**
 * What a question is shown with once it leaves the app: the passage it is asked about, the
 * instruction the app's question card adds, and the LMS category it is filed under.
 */
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { collapseSpace, splitSentences } from '../../content/text';

export interface Passage {
	title: string;
	paragraphs: string[];
}

const WHOLE_ARTICLE = 'Whole-article check';

/**
 * The reading the question is about. A whole-article question gets the check's introduction
 * instead of the article: repeating 2,000 words in each of those questions would bury them, and
 * the class has read the article by then.
 */
export function passageFor(bank: CanonicalBank, question: CanonicalQuestion): Passage {
	if (question.readingId === null) {
		const check = bank.articleCheck;
		return {
			title: check?.title ?? WHOLE_ARTICLE,
			paragraphs: check ? [check.introduction] : []
		};
	}
	const reading = readingOf(bank, question.readingId);
	return { title: reading.title, paragraphs: [reading.text] };
}

/** The LMS category (Moodle) or section (QTI test) the question is filed under. */
export function categoryTitle(bank: CanonicalBank, question: CanonicalQuestion): string {
	return passageFor(bank, question).title;
}

/**
 * Where Moodle files the question: "/" separates levels of a category path, so a "/" inside a
 * title is doubled.
 */
export function categoryPath(title: string): string {
	return `$course$/Close Read/${collapseSpace(title).replace(/\//g, '//')}`;
}

/**
 * The written questions in runs, one for each stretch of the same reading: Moodle files a question
 * under the category named last before it, so each run is preceded by its category.
 */
export function categoryRuns<T>(
	bank: CanonicalBank,
	written: readonly { question: CanonicalQuestion; output: T }[]
): { path: string; outputs: T[] }[] {
	const runs: { title: string; path: string; outputs: T[] }[] = [];
	for (const { question, output } of written) {
		const title = categoryTitle(bank, question);
		const last = runs.at(-1);
		if (last?.title === title) {
			last.outputs.push(output);
		} else {
			runs.push({ title, path: categoryPath(title), outputs: [output] });
		}
	}
	return runs;
}

/**
 * The sentences an evidence question picks from, by paragraph: its reading's, or for a
 * whole-article question every section's.
 */
export function sentenceParagraphs(bank: CanonicalBank, question: CanonicalQuestion): string[][] {
	const texts =
		question.readingId === null
			? bank.article.sections.map((section) => section.text)
			: [readingOf(bank, question.readingId).text];
	return texts.map(splitSentences);
}

/**
 * The line the app's question card shows under some prompts, so the LMS shows it too; and one for
 * evidence, where an LMS turns the reading itself into the choices.
 */
export function instructionFor(question: CanonicalQuestion): string | null {
	switch (question.type) {
		case 'true-false-not-stated':
			return 'Is this statement true, false, or not stated in the reading?';
		case 'multiple-select':
			return 'Choose every answer that fits.';
		case 'evidence':
			return 'Choose the sentence in the reading that answers this.';
		default:
			return null;
	}
}

function readingOf(bank: CanonicalBank, readingId: string) {
	const reading = bank.readings.find((candidate) => candidate.id === readingId);
	if (!reading) {
		throw new Error(`The bank has no reading "${readingId}".`);
	}
	return reading;
}
