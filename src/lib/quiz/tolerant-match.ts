/**
 * Typed answers (short answers, gaps) are graded by meaning: the student is tested on reading,
 * not on capitals, punctuation or a slip of the finger, but a change of meaning is never
 * forgiven, however short the edit ("sustainable" for "unsustainable"). A short answer may sit in
 * a short sentence ("it is unsustainable") unless the sentence negates it ("not unsustainable").
 * The README ("Typed answers") states these rules for students and teachers: change both together.
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

/**
 * Prefixes that turn a word into its opposite. "im", "il" and "ir" are "in" before m, l and r.
 * The README lists them.
 */
export const NEGATING_PREFIXES = ['non', 'dis', 'un', 'in', 'im', 'il', 'ir', 'de', 'a'] as const;

/**
 * Words that negate what follows or precedes them. An answer whose extra words include one is
 * wrong: "not unsustainable", "no de-escalation", "isn't sustainable". Apostrophes are dropped
 * before comparing, so "isn't" is "isnt".
 */
export const NEGATING_WORDS = new Set(
	(
		'not no never none nothing neither nor without hardly barely nobody nowhere opposite lack ' +
		'lacks lacking cannot cant isnt arent wasnt werent dont doesnt didnt wont wouldnt shouldnt ' +
		'couldnt hasnt havent hadnt aint mustnt neednt'
	).split(' ')
);

/**
 * How many words a short answer may have around an accepted phrase, articles not counted: a
 * short sentence ("I think it is security guarantees for Ukraine"), not an essay that lists
 * every option.
 * The README quotes this number.
 */
export const MAX_EXTRA_WORDS = 8;

/** Prefixes written as a separate word ("de escalation", "non-negotiable") join their word. */
const DETACHED_PREFIXES = new Set(['de', 'non', 'un', 'dis']);

export interface TolerantMatch {
	/** The accepted form that matched, as written in the content, or null when none did. */
	matched: string | null;
	/** The match needed a forgiven slip, so the feedback can show the right spelling. */
	forgivenTypo: boolean;
	/** The rejected form (an author's listed near miss) the answer matched, if any. */
	refused?: string;
}

export interface MatchOptions {
	/** Near misses the content lists as wrong; an answer that is one of them is never accepted. */
	rejected?: string[];
	/** Whether extra words may stand around the accepted phrase (short answers, not gaps). */
	inSentence?: boolean;
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

function isNumber(word: string): boolean {
	return NUMBER_WORDS.includes(word) || /^\d+$/.test(word);
}

/** The negating words of an answer, in order: a slip may never add or drop one ("no" for "in"). */
function negationsIn(words: string[]): string {
	return words.filter((word) => NEGATING_WORDS.has(word)).join(' ');
}

/** The number words of a normalised answer, in order: a slip may never change a number. */
function numbersIn(words: string[]): string {
	return words.filter(isNumber).join(' ');
}

/** The words an answer is compared by: normalised, with a detached prefix joined to its word. */
export function answerWords(text: string): string[] {
	const words: string[] = [];
	let prefix = '';
	for (const word of normaliseAnswer(text).split(' ')) {
		if (word === '') {
			continue;
		}
		if (DETACHED_PREFIXES.has(word)) {
			prefix += word;
			continue;
		}
		words.push(prefix + word);
		prefix = '';
	}
	if (prefix !== '') {
		words.push(prefix);
	}
	return words;
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

/** Where an accepted or rejected form stands in an answer's words: `start` to `end`, exclusive. */
interface Hit {
	form: string;
	start: number;
	end: number;
	/** Slips between those words and the form; 0 when they are the same. */
	distance: number;
}

/**
 * Finds the accepted form that `given` matches: exactly after normalising if any does, otherwise
 * the closest one within the slips its length allows, as long as the answer is not at least as
 * close to the form's opposite. With `inSentence`, the form may have up to `MAX_EXTRA_WORDS`
 * words around it, none of them negating it or adding a number. An answer that is (or, in a
 * sentence, contains) a rejected form is refused, unless that form is only part of the accepted
 * phrase the answer matched exactly ("de-escalation" is not a case of "escalation").
 * Blank input never matches.
 */
export function matchTolerantly(
	given: string,
	accepted: string[],
	options: MatchOptions = {}
): TolerantMatch {
	const noMatch: TolerantMatch = { matched: null, forgivenTypo: false };
	if (typeof given !== 'string' || !Array.isArray(accepted)) {
		return noMatch;
	}
	const words = answerWords(given);
	if (words.length === 0) {
		return noMatch;
	}
	const extraWords = options.inSentence === true ? MAX_EXTRA_WORDS : 0;
	const hits = findHits(words, accepted, extraWords);
	const plain = (hit: Hit) =>
		extrasOf(words, hit).every((word) => !NEGATING_WORDS.has(word) && !isNumber(word));
	const found = closest(hits.filter(plain));
	// A reading of the answer that negates an accepted form, as close as the best one that does
	// not, wins: "no dead end" is not a slip of "no deal" followed by "end".
	const negated = closest(hits.filter((hit) => !plain(hit)));
	const best = negated && found && negated.distance <= found.distance ? null : found;
	const rejected = Array.isArray(options.rejected) ? options.rejected : [];
	const refused = findHits(words, rejected, extraWords).find((hit) =>
		refuses(hit, best, words.length)
	);
	if (refused) {
		return { matched: null, forgivenTypo: false, refused: refused.form };
	}
	return best ? { matched: best.form, forgivenTypo: best.distance > 0 } : noMatch;
}

/**
 * Whether a rejected form found in the answer outweighs the accepted one found (if any). A slip
 * of a rejected form counts only as the whole answer: in a sentence, "place" is not "peace".
 */
function refuses(hit: Hit, best: Hit | null, answerLength: number): boolean {
	if (hit.distance > 0 && (hit.start > 0 || hit.end < answerLength)) {
		return false;
	}
	if (best === null || hit.distance < best.distance) {
		return true;
	}
	const inside = hit.start >= best.start && hit.end <= best.end;
	return hit.distance === 0 && !inside;
}

function closest(hits: Hit[]): Hit | null {
	let best: Hit | null = null;
	for (const hit of hits) {
		const wider = best !== null && hit.end - hit.start > best.end - best.start;
		if (
			best === null ||
			hit.distance < best.distance ||
			(hit.distance === best.distance && wider)
		) {
			best = hit;
		}
	}
	return best;
}

function extrasOf(words: string[], hit: Hit): string[] {
	return [...words.slice(0, hit.start), ...words.slice(hit.end)];
}

/**
 * Every run of the answer's words that matches one of `forms`, leaving at most `extraWords`
 * words around it. A run may have a word or two more or fewer than the form when only spaces
 * differ ("inthe middle").
 */
function findHits(words: string[], forms: unknown[], extraWords: number): Hit[] {
	const hits: Hit[] = [];
	for (const form of forms) {
		if (typeof form !== 'string') {
			continue;
		}
		const formWords = answerWords(form);
		if (formWords.length === 0) {
			continue;
		}
		const shortest = Math.max(1, formWords.length - 2);
		const longest = Math.min(words.length, formWords.length + 2);
		for (let length = shortest; length <= longest; length++) {
			for (let start = 0; start + length <= words.length; start++) {
				const hit = { form, start, end: start + length, distance: 0 };
				// Articles are not counted: "it is the stalemate" has two extra words, not three.
				const extras = extrasOf(words, hit).filter((word) => !ARTICLES.has(word));
				if (extras.length > extraWords) {
					continue;
				}
				const distance = runDistance(words.slice(start, start + length), formWords);
				if (distance !== null) {
					hits.push({ ...hit, distance });
				}
			}
		}
	}
	return hits;
}

/**
 * The slips between a run of the answer and a form, or null when they are too many, when they
 * change a number, or when the run is at least as close to the form's opposite as to the form.
 */
function runDistance(run: string[], form: string[]): number | null {
	// Most runs differ in length by more than any slip allowance: skip them before comparing.
	if (Math.abs(textLength(run) - textLength(form)) > 4) {
		return null;
	}
	if (run.length !== form.length) {
		// A space typed or missed is forgiven only on its own: a slip that also splits or joins
		// words could make a prefix of a word ("un between" for "in between").
		return run.join('') === form.join('') ? 0 : null;
	}
	const given = run.join(' ');
	const wanted = form.join(' ');
	if (given === wanted) {
		return 0;
	}
	const limit = allowedSlips(Math.min(Array.from(given).length, Array.from(wanted).length));
	if (limit === 0 || numbersIn(run) !== numbersIn(form) || negationsIn(run) !== negationsIn(form)) {
		return null;
	}
	const distance = slipDistance(given, wanted, limit);
	if (distance > limit) {
		return null;
	}
	const opposite = oppositesOf(form).some(
		(other) => slipDistance(given, other.join(' '), distance) <= distance
	);
	return opposite ? null : distance;
}

/** Length in UTF-16 units of the words joined by spaces; two slips change it by 4 at most. */
function textLength(words: string[]): number {
	return words.reduce((sum, word) => sum + word.length, words.length - 1);
}

/**
 * The form with its meaning turned round, one word at a time: a negating prefix taken off
 * ("unsustainable" → "sustainable") or put on ("escalation" → "deescalation"), or a negating word
 * left out ("not sustainable" → "sustainable"). Nonsense words come out too ("asustainable");
 * an answer close to one of them is no slip of an accepted form either.
 */
export function oppositesOf(form: string[]): string[][] {
	const opposites: string[][] = [];
	form.forEach((word, index) => {
		const swap = (replacement: string[]) =>
			opposites.push([...form.slice(0, index), ...replacement, ...form.slice(index + 1)]);
		for (const prefix of NEGATING_PREFIXES) {
			if (word.startsWith(prefix) && Array.from(word).length - prefix.length >= 3) {
				swap([word.slice(prefix.length)]);
			}
			swap([prefix + word]);
		}
		if (NEGATING_WORDS.has(word) && form.length > 1) {
			swap([]);
		}
	});
	return opposites;
}
