/**
 * The rules a question must keep that need the text it is written on: evidence is verbatim,
 * one key, ordering follows the text, accepted and rejected answers do not clash, ... They run
 * on what the schema accepts, for the bank (at build time, reported by file and line) and for a
 * teacher's own questions (in the browser, reported beside the field). Pure: no node, no DOM.
 */
import { matchTolerantly } from '../../quiz/tolerant-match';
import { collapseSpace } from '../text';
import type { ReportProblem } from './problems';
import type { QuestionSource } from './schema';

/** The text a question may quote: its reading, or the whole article. */
export interface QuestionPassage {
	text: string;
	sentences: string[];
	/** How a problem names the text: "the reading", "the article". */
	where: string;
}

const ABOVE = /\b(all|none|both|neither) of the above\b/i;

/**
 * Checks one question against its text, reporting each broken rule at its field's path within
 * the question; true when nothing was reported.
 */
export function checkQuestionRules(
	question: QuestionSource,
	context: QuestionPassage,
	report: ReportProblem
): boolean {
	let problems = 0;
	const reportOne: ReportProblem = (path, message) => {
		problems++;
		report(path, message);
	};
	checkRules(question, context, reportOne);
	return problems === 0;
}

function checkRules(
	question: QuestionSource,
	context: QuestionPassage,
	report: ReportProblem
): void {
	const evidence = Array.isArray(question.evidence) ? question.evidence : [question.evidence];
	const evidenceAt = (index: number) =>
		Array.isArray(question.evidence) ? ['evidence', index] : ['evidence'];
	evidence.forEach((quote, index) => {
		const problem = quoteProblem(quote, context);
		if (problem) {
			report(evidenceAt(index), `evidence ${problem}`);
		} else if (promptRepeats(question.prompt, quote)) {
			// Evidence the prompt already shows points at nothing new: for an evidence question it
			// gives the answer away, for the others the highlight teaches nothing.
			report(
				evidenceAt(index),
				'evidence is repeated in the prompt: quote the words that support the answer, not the words the question already shows'
			);
		}
	});

	switch (question.type) {
		case 'single-choice':
		case 'multiple-select': {
			const correct = question.choices.filter((choice) => choice.correct === true).length;
			if (question.type === 'single-choice' && correct !== 1) {
				report(['choices'], `needs exactly one choice marked correct: true (found ${correct})`);
			}
			if (
				question.type === 'multiple-select' &&
				(correct === 0 || correct === question.choices.length)
			) {
				report(['choices'], 'needs at least one correct choice and at least one wrong one');
			}
			checkUnique(
				question.choices.map((choice) => choice.text),
				(index) => report(['choices', index, 'text'], 'repeats another choice')
			);
			question.choices.forEach((choice, index) => {
				if (ABOVE.test(choice.text)) {
					report(
						['choices', index, 'text'],
						'must not be "all/none of the above": name a real reading of the text'
					);
				}
			});
			break;
		}
		case 'short-answer':
			checkUnique(question.accepted, (index) =>
				report(['accepted', index], 'repeats another accepted form')
			);
			checkRejected(question.rejected ?? [], [question.accepted], report);
			break;
		case 'fill-blanks': {
			const filled = collapseSpace(question.text).replace(/\[([^\]|]*)[^\]]*\]/g, '$1');
			const problem = quoteProblem(filled, context);
			if (problem) {
				report(['text'], `with its gaps filled in, ${problem}`);
			}
			if (/\[\s*(\|[^\]]*)?\]/.test(question.text)) {
				report(['text'], 'has an empty [gap]');
			}
			checkRejected(
				question.rejected ?? [],
				[...question.text.matchAll(/\[([^\]]*)\]/g)].map((gap) => (gap[1] ?? '').split('|')),
				report
			);
			break;
		}
		case 'ordering': {
			if (question.paraphrased === true) {
				// Paraphrased items are placed by the quotes they restate, one per item.
				if (!Array.isArray(question.evidence) || evidence.length !== question.items.length) {
					report(
						['evidence'],
						`needs one quote per item, in the items' order (found ${evidence.length} for ${question.items.length} items): paraphrased items are placed by the quotes they restate`
					);
				} else if (evidence.every((quote) => quoteProblem(quote, context) === null)) {
					checkTextOrder(evidence, context, (index) =>
						report(
							['evidence', index],
							`comes earlier in ${context.where} than the quote before it: list the items, and their quotes, in the text's order`
						)
					);
				}
			} else {
				const quoted = question.items.map((item, index) => {
					const problem = quoteProblem(item, context);
					if (problem) {
						report(['items', index], `item ${problem}`);
					}
					return problem === null;
				});
				if (quoted.every(Boolean)) {
					checkTextOrder(question.items, context, (index) =>
						report(
							['items', index],
							`comes earlier in ${context.where} than the item before it: list items in the text's order`
						)
					);
				}
			}
			checkUnique(question.items, (index) => report(['items', index], 'repeats another item'));
			break;
		}
		case 'matching': {
			checkUnique(
				question.pairs.map((pair) => pair.term),
				(index) => report(['pairs', index, 'term'], 'repeats another term')
			);
			const spare = question.spare ?? [];
			checkUnique([...question.pairs.map((pair) => pair.meaning), ...spare], (index) =>
				report(
					index < question.pairs.length
						? ['pairs', index, 'meaning']
						: ['spare', index - question.pairs.length],
					'repeats another meaning'
				)
			);
			if (spare.length === 0) {
				// With as many meanings as terms, the last pair is decided by the others.
				report(
					['pairs'],
					'needs at least one spare meaning (spare: [...]), a meaning no term takes, so the last pair is not a gift'
				);
			}
			break;
		}
		case 'evidence':
			if (!context.sentences.includes(collapseSpace(question.evidence))) {
				report(['evidence'], `must be one whole sentence of ${context.where}, exactly`);
			}
			break;
		case 'true-false-not-stated':
			break;
	}
}

/** Reports each quote found earlier in the text than the one before it. */
function checkTextOrder(
	quotes: string[],
	context: QuestionPassage,
	onEarlier: (index: number) => void
): void {
	const text = collapseSpace(context.text);
	let from = 0;
	quotes.forEach((quote, index) => {
		const found = text.indexOf(collapseSpace(quote), from);
		if (found < 0) {
			onEarlier(index);
		} else {
			from = found + 1;
		}
	});
}

/** A rejected answer that one of the accepted forms matches would refuse a right answer. */
function checkRejected(
	rejected: { answer: string }[],
	acceptedByGap: string[][],
	report: ReportProblem
): void {
	rejected.forEach((near, index) => {
		const clash = acceptedByGap
			.map((accepted) => matchTolerantly(near.answer, accepted).matched)
			.find((matched) => matched !== null);
		if (clash) {
			report(
				['rejected', index, 'answer'],
				`is so close to the accepted "${clash}" that it would count as right: remove one of them`
			);
		}
	});
}

/** Words only, in lower case: "Yeah, you heard" and "yeah you heard" are the same words. */
function wordsOnly(text: string): string {
	return ` ${text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;
}

function promptRepeats(prompt: string, quote: string): boolean {
	return wordsOnly(prompt).includes(wordsOnly(quote));
}

function checkUnique(texts: string[], onRepeat: (index: number) => void): void {
	const seen = new Set<string>();
	texts.forEach((text, index) => {
		const key = collapseSpace(text).toLowerCase();
		if (seen.has(key)) {
			onRepeat(index);
		}
		seen.add(key);
	});
}

/** Null when `quote` stands word for word in the context's text; otherwise where it differs. */
function quoteProblem(quote: string, context: QuestionPassage): string | null {
	const wanted = collapseSpace(quote);
	const text = collapseSpace(context.text);
	if (text.includes(wanted)) {
		return null;
	}
	// Find how far the quote matches, to point at the first character that differs.
	let low = 0;
	let high = wanted.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (text.includes(wanted.slice(0, mid))) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	if (low < 8) {
		return `is not word for word in ${context.where}: "${shorten(wanted)}"`;
	}
	const start = text.indexOf(wanted.slice(0, low));
	const expected = text.slice(start + low, start + low + 12);
	return `is not word for word in ${context.where}: after "${shorten(wanted.slice(0, low), true)}" the text has "${expected}", the quote has "${wanted.slice(low, low + 12)}"`;
}

function shorten(text: string, fromEnd = false): string {
	if (text.length <= 40) {
		return text;
	}
	return fromEnd ? `…${text.slice(-40)}` : `${text.slice(0, 40)}…`;
}
