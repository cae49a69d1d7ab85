/**
 * Which glossary words a question tests (see glossary-hold.ts for why and how they are held back).
 * Worked out where the questions are known: on the server for a reading's page, which sends the
 * answer with the page, and in the browser for a lesson or a review, whose questions a teacher or
 * the schedule chose. A reading's page never runs this.
 */
import type { Question } from './model';
import type { GlossaryForms } from './passage-marks';
import { wordPattern } from './text';

/** The longest quote in a prompt, in words, still taken as the word asked about. */
const QUOTED_TERM_WORDS = 3;

/** The glossary terms `question` tests, by their `term`. */
export function testedTerms(question: Question, glossary: GlossaryForms[]): string[] {
	const texts =
		question.skill === 'vocabulary'
			? [question.prompt, ...keyTexts(question)]
			: quotedIn(question.prompt);
	return glossary
		.filter(({ forms }) => forms.some((form) => texts.some((text) => wordPattern(form).test(text))))
		.map(({ term }) => term);
}

/** What a student must come up with to be right: the words of the key. */
function keyTexts(question: Question): string[] {
	switch (question.type) {
		case 'single-choice':
			return [question.choices[question.answer] ?? ''];
		case 'multiple-select':
			return question.answer.map((index) => question.choices[index] ?? '');
		case 'short-answer':
			return question.accepted;
		case 'fill-blanks':
			return question.answer.flat();
		case 'matching':
			return [...question.terms, ...question.meanings];
		case 'true-false-not-stated':
		case 'ordering':
		case 'evidence':
			return [];
	}
}

/** Short quotes in a prompt, in straight or curly, double or single quotation marks. */
function quotedIn(prompt: string): string[] {
	return [...prompt.matchAll(/["“](.+?)["”]|(?<![\p{L}])['‘](.+?)['’](?![\p{L}])/gu)]
		.map((match) => match[1] ?? match[2] ?? '')
		.filter((quote) => quote.trim().split(/\s+/).length <= QUOTED_TERM_WORDS);
}

/** For each question that tests a term of `glossary`, those terms, by the question's id. */
export function termsTestedBy(
	questions: readonly Question[],
	glossary: GlossaryForms[]
): Record<string, string[]> {
	return Object.fromEntries(
		questions
			.map((question) => [question.id, testedTerms(question, glossary)] as const)
			.filter(([, terms]) => terms.length > 0)
	);
}
