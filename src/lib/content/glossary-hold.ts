/**
 * Help never hands over the answer: a glossary word that a question on the same page tests is
 * not marked (so its definition cannot be opened) until that question is settled, answered right
 * or with its tries used up. The /glossary page is not affected.
 *
 * Which words a question tests is derived from the question itself (glossary-tests.ts), so an
 * author has nothing to keep in step and a revised question is covered at once:
 * - a vocabulary question tests every glossary term (in any of its forms) that appears in its
 *   prompt or its key: the accepted answers, the words of its gaps, its correct choices, the
 *   terms and meanings of a matching. "Which word means 'enemies'?" tests "adversaries" through
 *   its key; "What does 'entrenched' mean?" tests "entrenched" through its prompt.
 * - any other question tests a term it quotes on its own in the prompt (a quote of three words
 *   or fewer, like 'What does the word "reportedly" tell you?'): asking what a quoted word does
 *   leans on its meaning. Longer quotes are context, not the thing asked about.
 * The evidence is left out: it quotes whole sentences, whose other glossary words give nothing
 * away and would only take help from the student.
 */
import type { Question } from './model';

/** How a page lets a question be tried: what settles it. */
export interface AttemptRules {
	/** Whether the student is told if an answer is right (false: a lesson's answers at the end). */
	reveal: boolean;
	/** How many tries are allowed; unlimited when absent. */
	maxAttempts?: number;
}

/** Whether a question is settled: answered right (when the student is told), or out of tries. */
export function isSettled(attempts: { correct: boolean }[], rules: AttemptRules): boolean {
	if (rules.maxAttempts !== undefined && attempts.length >= rules.maxAttempts) {
		return true;
	}
	// Unmarking a word after a right answer the student was not told about would tell them.
	return rules.reveal && attempts.some((attempt) => attempt.correct);
}

/**
 * The glossary a page may mark: every entry but those a question on the page tests and that
 * question is not settled yet. `tested` holds the terms each question tests, by its id
 * (`termsTestedBy` in glossary-tests.ts).
 */
export function glossaryToMark<Entry extends { term: string }>(
	glossary: Entry[],
	questions: Question[],
	settled: (question: Question) => boolean,
	tested: Readonly<Record<string, readonly string[]>>
): Entry[] {
	const held = new Set(
		questions
			.filter((question) => !settled(question))
			.flatMap((question) => tested[question.id] ?? [])
	);
	return glossary.filter((entry) => !held.has(entry.term));
}
