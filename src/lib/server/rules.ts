/**
 * The content rules that need the text: evidence is verbatim, ordering follows the text,
 * readings cover the article exactly once. Each broken rule is reported with its file and line.
 */
import { matchTolerantly } from '../quiz/tolerant-match';
import type { Reading, Section } from '../content/model';
import type { QuestionSource } from './schema';
import { collapseSpace, splitSentences, wordPattern } from '../content/text';
import type { ContentPath, ContentProblem, YamlFile } from './yaml-file';

export const READING_WORDS = { min: 100, max: 220 } as const;

export interface QuestionContext {
	file: YamlFile;
	path: ContentPath;
	/** The text the question may quote: its reading, or the whole article. */
	text: string;
	sentences: string[];
	where: string;
}

const ABOVE = /\b(all|none|both|neither) of the above\b/i;

/** Checks one question against its text; true when it may go in the bank. */
export function checkQuestion(question: QuestionSource, context: QuestionContext): boolean {
	const before = context.file.problems.length;
	const at = (...keys: (string | number)[]) => [...context.path, ...keys];
	const report = (keys: (string | number)[], message: string) =>
		context.file.report(at(...keys), message);

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
	return context.file.problems.length === before;
}

/** Reports each quote found earlier in the text than the one before it. */
function checkTextOrder(
	quotes: string[],
	context: QuestionContext,
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
	report: (keys: (string | number)[], message: string) => void
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
function quoteProblem(quote: string, context: QuestionContext): string | null {
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

/**
 * Readings, in file order, must cut each section into runs of whole sentences with no gap and no
 * overlap, each within the word limits.
 */
export function checkReadingCoverage(
	articleId: string,
	sections: Section[],
	placed: { file: YamlFile; reading: Reading }[]
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const cursor = sections.map(() => 0);
	const sentencesOf = sections.map((section) => splitSentences(section.text));
	let lastSection = 0;

	for (const { file, reading } of placed) {
		const report = (message: string) =>
			problems.push({ file: file.path, line: file.lineOf(['text']), message });
		if (reading.section < lastSection) {
			problems.push({
				file: file.path,
				line: file.lineOf(['section']),
				message: `comes after a reading of section ${lastSection}: readings must follow the article's order (files are taken in name order)`
			});
		}
		lastSection = Math.max(lastSection, reading.section);
		const all = sentencesOf[reading.section - 1] ?? [];
		const start = cursor[reading.section - 1] ?? 0;
		const expected = all.slice(start, start + reading.sentences.length);
		const first = reading.sentences[0] ?? '';
		if (expected.join(' ') !== reading.text) {
			const at = all.indexOf(first);
			if (at < 0 || all.slice(at, at + reading.sentences.length).join(' ') !== reading.text) {
				report(
					`text is not a run of whole sentences of section ${reading.section}, word for word (check the quotes, dashes and sentence ends against article.txt)`
				);
				// Take it as meant to go on where the last reading stopped, so one typo is one problem.
				cursor[reading.section - 1] = start + reading.sentences.length;
			} else if (at > start) {
				report(
					`leaves a gap: section ${reading.section} sentences from "${shortSentence(all[start])}" to just before "${shortSentence(first)}" are in no reading`
				);
				cursor[reading.section - 1] = at + reading.sentences.length;
			} else {
				report(`overlaps the reading before it: "${shortSentence(first)}" is already in a reading`);
				cursor[reading.section - 1] = Math.max(start, at + reading.sentences.length);
			}
		} else {
			cursor[reading.section - 1] = start + reading.sentences.length;
		}
		if (reading.wordCount < READING_WORDS.min || reading.wordCount > READING_WORDS.max) {
			report(
				`has ${reading.wordCount} words; a reading has ${READING_WORDS.min} to ${READING_WORDS.max} (about a minute to read)`
			);
		}
	}
	sentencesOf.forEach((all, index) => {
		const covered = cursor[index] ?? 0;
		if (covered < all.length) {
			problems.push({
				file: `${articleId}/readings/`,
				line: null,
				message: `section ${index + 1} is not fully covered: from "${shortSentence(all[covered])}" on, no reading has its sentences`
			});
		}
	});
	return problems;
}

function shortSentence(sentence: string | undefined): string {
	const words = (sentence ?? '').split(' ');
	return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : (sentence ?? '');
}

/** The first reading, and sentence, where any of `forms` appears as a whole word. */
export function findTerm(
	forms: string[],
	readings: Reading[]
): { reading: Reading; sentence: string } | null {
	const patterns = forms.map(wordPattern);
	for (const reading of readings) {
		for (const sentence of reading.sentences) {
			if (patterns.some((pattern) => pattern.test(sentence))) {
				return { reading, sentence };
			}
		}
	}
	return null;
}
