/**
 * Moodle's GIFT text format. Question text is `[html]`: the reading's title and text, then the
 * prompt, as escaped HTML (GIFT has no other way to set a passage apart from the prompt). Every
 * question sits on its own block with `::id::` as its name, `[id:…]` and `[tag:…]` comments for
 * Moodle's ID number and tags, and its explanation as general feedback (`####`). A `$CATEGORY`
 * line files each reading's questions under `$course$/Close Read/<reading title>`.
 */
import { typedForms } from './typed-forms';
import { describeOrigin } from '../teacher-question';
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { collapseSpace } from '../../content/text';
import { VERDICTS } from '../../quiz/choice-marks';
import { choiceCredits, percent } from './credit';
import { escapeHtml, questionHtml } from './question-html';
import { categoryRuns } from './question-context';
import { writeEach, type SkippedQuestion, type WrittenOr } from './selection';

export interface GiftExport {
	text: string;
	skipped: SkippedQuestion[];
	/** Exported questions that Moodle grades more strictly than the app (typed answers). */
	differences: SkippedQuestion[];
}

export function toGift(bank: CanonicalBank, questionIds?: readonly string[]): GiftExport {
	const { written, skipped, differences } = writeEach(bank, questionIds, (question) =>
		giftQuestion(bank, question)
	);
	const blocks = categoryRuns(bank, written).flatMap(({ path, outputs }) => [
		`$CATEGORY: ${path}`,
		...outputs.map((output) => output.gift)
	]);
	const header = [
		`// Close Read: ${collapseSpace(bank.article.title)}. GIFT for Moodle; import as "GIFT format".`,
		...skipped.map(({ id, type, reason }) => `// Left out ${id} (${type}): ${reason}`)
	].join('\n');
	return { text: `${[header, ...blocks].join('\n\n')}\n`, skipped, differences };
}

/**
 * Escapes GIFT's control characters with a backslash, the backslash itself first. Whitespace is
 * collapsed: a line break could end the question (blank line) or start a comment (`//`).
 */
export function escapeGift(text: string): string {
	return text.replace(/\s+/g, ' ').replace(/[\\~=#{}:]/g, (character) => `\\${character}`);
}

/** Text in an HTML-formatted part: choices, matching terms, the passage. */
function html(text: string): string {
	return escapeGift(escapeHtml(text));
}

/**
 * An accepted short answer, which Moodle keeps as typed (not HTML) and compares with what the
 * student types, where `*` is a wildcard unless escaped.
 */
function typed(text: string): string {
	return escapeGift(text).replace(/\*/g, '\\*');
}

type Written = WrittenOr<{ gift: string }>;

function giftQuestion(bank: CanonicalBank, question: CanonicalQuestion): Written {
	const head = [
		`// [id:${question.id}] [tag:${question.skill}] [tag:difficulty-${question.difficulty}]`,
		...(question.origin
			? [`// The teacher's own question: ${describeOrigin(question.origin)}`]
			: []),
		`::${escapeGift(question.id)}::[html]`
	].join('\n');
	const feedback = `####${html(question.explanation)}`;
	const block = (answers: string[]) => ({
		gift: `${head}${escapeGift(questionHtml(bank, question))}{\n${[...answers, feedback].join('\n')}\n}`
	});
	switch (question.type) {
		case 'single-choice':
			return block(
				question.choices.map((choice, index) =>
					index === question.answer ? `=${html(choice)}` : `~${html(choice)}`
				)
			);
		case 'multiple-select': {
			if (question.answer.length === 0) {
				return { reason: 'it has no correct choice, which Moodle cannot grade.' };
			}
			const credits = choiceCredits(question);
			return block(
				question.choices.map((choice, index) => `~%${percent(credits[index] ?? 0)}%${html(choice)}`)
			);
		}
		case 'true-false-not-stated':
			return block(
				VERDICTS.map(({ value, label }) => `${value === question.answer ? '=' : '~'}${html(label)}`)
			);
		case 'short-answer':
			// A lone answer of T, F, TRUE or FALSE would make Moodle read a true-false question.
			if (question.accepted.length === 1 && /^(T|F|TRUE|FALSE)$/.test(question.accepted[0] ?? '')) {
				return {
					reason: `GIFT would read the lone answer "${question.accepted[0]}" as true/false.`
				};
			}
			return block(typedForms(question.accepted).map((form) => `=${typed(form)}`));
		case 'matching':
			return matchingQuestion(question, block);
		case 'fill-blanks':
			return missingWord(bank, question, head, feedback);
		case 'ordering':
			return { reason: 'GIFT has no ordering question type.' };
		case 'evidence':
			return { reason: 'GIFT cannot make the sentences of a passage clickable.' };
	}
}

function matchingQuestion(
	question: Extract<CanonicalQuestion, { type: 'matching' }>,
	block: (answers: string[]) => { gift: string }
): Written {
	// Moodle splits each pair at "->", so a term or meaning holding one cannot be written; meanings
	// are plain text in Moodle (a drop-down), so they are not HTML-escaped.
	if ([...question.terms, ...question.meanings].some((text) => text.includes('->'))) {
		return { reason: 'a term or meaning contains "->", which GIFT reads as the pair separator.' };
	}
	const used = new Set(question.answer);
	return block([
		...question.terms.map(
			(term, index) =>
				`=${html(term)} -> ${escapeGift(question.meanings[question.answer[index] ?? -1] ?? '')}`
		),
		// A meaning no term takes is a distractor: Moodle writes it as a pair with no term.
		...question.meanings
			.filter((_, index) => !used.has(index))
			.map((meaning) => `= -> ${escapeGift(meaning)}`)
	]);
}

/**
 * GIFT's missing-word format: the answer braces sit inside the sentence, where Moodle shows a gap.
 * It holds one gap, so a sentence with several cannot be written.
 */
function missingWord(
	bank: CanonicalBank,
	question: Extract<CanonicalQuestion, { type: 'fill-blanks' }>,
	head: string,
	feedback: string
): Written {
	const [accepted] = question.answer;
	if (question.answer.length !== 1 || !accepted) {
		return {
			reason: `GIFT's missing-word format holds one gap; this sentence has ${question.answer.length}.`
		};
	}
	const answers =
		question.bank === null
			? typedForms(accepted).map((form) => `=${typed(form)}`)
			: question.bank.map((word) => `${accepted.includes(word) ? '=' : '~'}${html(word)}`);
	const [before = '', after = ''] = question.segments;
	const sentence = `${html(before)}{${[...answers, feedback].join(' ')}}${html(after)}`;
	return { gift: `${head}${escapeGift(questionHtml(bank, question))}<p>${sentence}</p>` };
}
