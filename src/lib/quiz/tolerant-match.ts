/**
 * Typed answers (short answers, gaps) are checked against their accepted forms tolerantly: the
 * student is tested on reading, not on capitals, punctuation or a slip of the finger.
 */

/**
 * How many slips a typed answer may have and still count, by length in characters after
 * normalising (spaces included), measured on the shorter of the student's answer and the accepted
 * form. A slip is one inserted, deleted or changed character, or two neighbours swapped; a slip
 * that changes a number ("five years", "nine years") is never forgiven, whatever the length.
 * The README quotes these numbers: change both together.
 */
export const TYPO_ALLOWANCE = {
	/** Shorter answers must be exact: one slip there often makes another word ("war", "was"). */
	oneSlipFrom: 4,
	/** From this length two slips are forgiven. */
	twoSlipsFrom: 8
} as const;

export interface TolerantMatch {
	/** The accepted form that matched, as written in the content, or null when none did. */
	matched: string | null;
	/** The match needed a forgiven slip, so the feedback can show the right spelling. */
	forgivenTypo: boolean;
}

const NUMBER_WORDS = (
	'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
	'sixteen seventeen eighteen nineteen twenty'
).split(' ');
const ARTICLES = new Set(['a', 'an', 'the']);

/** Slips forgiven for an answer whose normalised length is `length`. */
export function allowedSlips(length: number): 0 | 1 | 2 {
	if (length >= TYPO_ALLOWANCE.twoSlipsFrom) {
		return 2;
	}
	return length >= TYPO_ALLOWANCE.oneSlipFrom ? 1 : 0;
}

/**
 * The form two answers are compared in: "The Kremlin’s 3-year silence!" becomes
 * "kremlins three year silence". Digits up to twenty become words, so a slip in "3 yaers" is
 * measured against "three years" like any other.
 */
export function normaliseAnswer(text: string): string {
	const words = text
		.normalize('NFKC')
		.toLowerCase()
		// Apostrophes and dots join ("what's", "U.S."); every other mark separates words.
		.replace(/['‘’‚‛′ʼ`.]/g, '')
		.replace(/[^\p{L}\p{M}\p{N}\s]/gu, ' ')
		.split(/\s+/)
		.filter((word) => word !== '')
		.map(numberAsWord);
	if (words.length > 1 && ARTICLES.has(words[0] ?? '')) {
		words.shift();
	}
	return words.join(' ');
}

function numberAsWord(word: string): string {
	if (!/^\d+$/.test(word)) {
		return word;
	}
	return NUMBER_WORDS[Number(word) - 1] ?? word;
}

/** The number words of a normalised answer, in order: a slip may never change a number. */
function numbersIn(normalised: string): string {
	return normalised
		.split(' ')
		.filter((word) => NUMBER_WORDS.includes(word) || /^\d+$/.test(word))
		.join(' ');
}

/**
 * Damerau-Levenshtein distance in its optimal string alignment form, counted in code points.
 * Stops early once it must exceed `limit`, returning `limit + 1`: callers only ask "close enough?".
 */
export function slipDistance(a: string, b: string, limit: number): number {
	const left = Array.from(a);
	const right = Array.from(b);
	if (Math.abs(left.length - right.length) > limit) {
		return limit + 1;
	}
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
	for (let i = 1; i <= left.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= right.length; j++) {
			const cost = left[i - 1] === right[j - 1] ? 0 : 1;
			let best = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
			if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1]) {
				best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
			}
			current.push(best);
			rowBest = Math.min(rowBest, best);
		}
		// Every later cell grows from this row, so it can never come back under the limit.
		if (rowBest > limit) {
			return limit + 1;
		}
		beforePrevious = previous;
		previous = current;
	}
	return Math.min(previous[right.length] ?? 0, limit + 1);
}

/**
 * Finds the accepted form that `given` matches: exactly after normalising if any does, otherwise
 * the closest one within the slips its length allows. Blank input never matches.
 */
export function matchTolerantly(given: string, accepted: string[]): TolerantMatch {
	const noMatch: TolerantMatch = { matched: null, forgivenTypo: false };
	if (typeof given !== 'string' || !Array.isArray(accepted)) {
		return noMatch;
	}
	const answer = normaliseAnswer(given);
	if (answer === '') {
		return noMatch;
	}
	const forms = accepted
		.filter((form) => typeof form === 'string')
		.map((form) => ({ form, normalised: normaliseAnswer(form) }))
		.filter(({ normalised }) => normalised !== '');

	const exact = forms.find(({ normalised }) => normalised === answer);
	if (exact) {
		return { matched: exact.form, forgivenTypo: false };
	}

	const answerLength = Array.from(answer).length;
	let closest: { form: string; distance: number } | null = null;
	for (const { form, normalised } of forms) {
		const limit = allowedSlips(Math.min(answerLength, Array.from(normalised).length));
		if (limit === 0 || numbersIn(normalised) !== numbersIn(answer)) {
			continue;
		}
		const distance = slipDistance(answer, normalised, limit);
		if (distance <= limit && (closest === null || distance < closest.distance)) {
			closest = { form, distance };
		}
	}
	return closest ? { matched: closest.form, forgivenTypo: true } : noMatch;
}
