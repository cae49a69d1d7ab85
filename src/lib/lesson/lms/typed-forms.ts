/**
 * Typed answers outside the app. QTI players and Moodle compare a typed answer with each listed
 * form exactly (apart from case), while the app forgives much more (src/lib/quiz/tolerant-match.ts).
 * So each accepted form is exported with the variants the app would take that an exact comparison
 * would not: trimmed, hyphens as spaces or joined ("de-escalation", "de escalation",
 * "deescalation"), numbers as digits or words, without a leading article, apostrophes and dots
 * dropped or straightened. What still differs (typos, stray spaces and punctuation inside a
 * student's answer) no list can hold: the export's report says so, question by question.
 */
import type { CanonicalQuestion } from '../../server/canonical';
import { matchTolerantly } from '../../quiz/tolerant-match';
import type { SkippedQuestion } from './selection';

/** More forms than this per gap make an LMS's editing screen unusable. */
export const MAX_FORMS = 24;

const NUMBER_WORDS = (
	'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
	'sixteen seventeen eighteen nineteen twenty'
).split(' ');
const ARTICLE = /^(?:a|an|the)\s+(?=\S+\s)/i;

function tidy(text: string): string {
	return text.trim().replace(/\s+/g, ' ');
}

/** Every way to write the word breaks: each hyphen or space as a hyphen, a space, or nothing. */
function separatorVariants(text: string): string[] {
	const parts = text.split(/(?<=[\p{L}\p{N}])([- ])(?=[\p{L}\p{N}])/u);
	const separators = parts.filter((_, index) => index % 2 === 1);
	const words = parts.filter((_, index) => index % 2 === 0);
	// A hyphen may be a space or go (the app reads "de-escalation" and "deescalation" alike); a
	// space may be a hyphen. Past two breaks the combinations run away: keep each as written, or
	// make all of them hyphens or all spaces.
	const choices =
		separators.length <= 2
			? combinations(
					separators.map((separator) => (separator === '-' ? ['-', ' ', ''] : [' ', '-']))
				)
			: [separators, separators.map(() => '-'), separators.map(() => ' ')];
	return choices.map((chosen) =>
		words.reduce(
			(text, word, index) => (index === 0 ? word : `${text}${chosen[index - 1]}${word}`),
			''
		)
	);
}

/** Every pick of one option per place. */
function combinations(places: string[][]): string[][] {
	let all: string[][] = [[]];
	for (const options of places) {
		all = all.flatMap((prefix) => options.map((option) => [...prefix, option]));
	}
	return all;
}

/** Numbers up to twenty as digits and as words, as the app reads them alike. */
function numberVariants(text: string): string[] {
	const asWords = text.replace(/\b\d+\b/g, (digits) => NUMBER_WORDS[Number(digits) - 1] ?? digits);
	const asDigits = text.replace(/\p{L}+/gu, (word) => {
		const at = NUMBER_WORDS.indexOf(word.toLowerCase());
		return at < 0 ? word : String(at + 1);
	});
	return [text, asWords, asDigits];
}

function markVariants(text: string): string[] {
	return [
		text,
		text.replace(/[‘’‛′ʼ`]/g, "'"),
		text.replace(/['‘’‛′ʼ`.]/g, ''),
		text.replace(ARTICLE, '')
	];
}

/**
 * The forms to list for a gap or short answer: the accepted forms first, as written but trimmed,
 * then their variants, each one the app itself accepts; no two alike but for case.
 */
export function typedForms(accepted: readonly string[]): string[] {
	const forms = new Map<string, string>();
	const add = (form: string) => {
		const key = form.toLowerCase();
		if (form !== '' && !forms.has(key) && forms.size < MAX_FORMS) {
			forms.set(key, form);
		}
	};
	const written = accepted.map(tidy);
	written.forEach(add);
	for (const form of written) {
		for (const marked of markVariants(form)) {
			for (const numbered of numberVariants(tidy(marked))) {
				for (const variant of separatorVariants(numbered)) {
					if (matchTolerantly(variant, [...accepted]).matched !== null) {
						add(variant);
					}
				}
			}
		}
	}
	return [...forms.values()];
}

/** The report's line for a question whose typed answers an exact comparison treats more strictly. */
export const STRICTER_TYPED_ANSWERS =
	'typed answers are compared exactly, apart from case: the export lists the variants the app ' +
	'accepts (trimmed, hyphen and space forms, numbers as digits or words), but a typo, a stray ' +
	'space or punctuation inside the answer, which the app forgives, scores 0 there.';

/** The report's entry for an exported question with typed answers, or null for other questions. */
export function typedAnswerDifference(question: CanonicalQuestion): SkippedQuestion | null {
	const typed =
		question.type === 'short-answer' || (question.type === 'fill-blanks' && question.bank === null);
	return typed ? { id: question.id, type: question.type, reason: STRICTER_TYPED_ANSWERS } : null;
}
