/**
 * Which questions an LMS export covers, in which order, and how it reports the ones a format
 * cannot express: every exporter lists those rather than dropping them silently.
 */
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import type { QuestionType } from '../../content/model';
import { typedAnswerDifference } from './typed-forms';

export interface SkippedQuestion {
	id: string;
	type: QuestionType;
	reason: string;
}

/**
 * The whole bank in its own order, or the given questions in the given order (a lesson's order
 * is the teacher's). An id the bank does not have is an error, never a silent gap.
 */
export function selectQuestions(
	bank: CanonicalBank,
	questionIds?: readonly string[]
): CanonicalQuestion[] {
	if (questionIds === undefined) {
		return bank.questions;
	}
	const byId = new Map(bank.questions.map((question) => [question.id, question]));
	const unknown = questionIds.filter((id) => !byId.has(id));
	if (unknown.length > 0) {
		throw new Error(`The bank has no question ${unknown.map((id) => `"${id}"`).join(', ')}.`);
	}
	return [...new Set(questionIds)].flatMap((id) => byId.get(id) ?? []);
}

/** What an exporter makes of one question, or why the format cannot express it. */
export type WrittenOr<T> = T | { reason: string };

/**
 * Writes each selected question with the format's `write`, in order, keeping the ones the format
 * cannot express and the typed answers it grades more strictly, for the export's report.
 */
export function writeEach<T extends object>(
	bank: CanonicalBank,
	questionIds: readonly string[] | undefined,
	write: (question: CanonicalQuestion) => WrittenOr<T>
): {
	written: { question: CanonicalQuestion; output: T }[];
	skipped: SkippedQuestion[];
	differences: SkippedQuestion[];
} {
	const written: { question: CanonicalQuestion; output: T }[] = [];
	const skipped: SkippedQuestion[] = [];
	const differences: SkippedQuestion[] = [];
	for (const question of selectQuestions(bank, questionIds)) {
		const output = write(question);
		if ('reason' in output) {
			skipped.push({ id: question.id, type: question.type, reason: output.reason });
			continue;
		}
		const difference = typedAnswerDifference(question);
		if (difference) {
			differences.push(difference);
		}
		written.push({ question, output });
	}
	return { written, skipped, differences };
}

/**
 * One line per exported question that an LMS grades more strictly than the app (typed answers),
 * for the same report as the left-out ones.
 */
export function describeDifferences(differences: readonly SkippedQuestion[]): string {
	const count = differences.length === 1 ? '1 question' : `${differences.length} questions`;
	return [
		`Graded more strictly than in Close Read: ${count}:`,
		...differences.map(({ id, type, reason }) => `  ${id} (${type}): ${reason}`)
	].join('\n');
}

/** One line per skipped question, for the CLI's warning. */
export function describeSkipped(skipped: readonly SkippedQuestion[]): string {
	const count = skipped.length === 1 ? '1 question' : `${skipped.length} questions`;
	return [
		`Left out ${count} this format cannot express:`,
		...skipped.map(({ id, type, reason }) => `  ${id} (${type}): ${reason}`)
	].join('\n');
}
