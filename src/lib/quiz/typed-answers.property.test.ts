/**
 * The rules for typed answers, held against every short answer and typed gap in the real bank:
 * an accepted answer stays right in a short sentence, and its opposite (a negating prefix put on
 * or taken off, or a negating word around it) is always wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { loadBank } from '$lib/server/load';
import type { FillBlanksQuestion, ShortAnswerQuestion } from '$lib/content/model';
import { gradeFillBlanks } from './grade-fill-blanks';
import { gradeShortAnswer } from './grade-short-answer';
import { answerWords, MAX_EXTRA_WORDS, NEGATING_PREFIXES } from './tolerant-match';

const { bank } = loadBank(readContentFiles());
const shortAnswers = bank.questions.filter(
	(question): question is ShortAnswerQuestion => question.type === 'short-answer'
);
const typedGaps = bank.questions.filter(
	(question): question is FillBlanksQuestion =>
		question.type === 'fill-blanks' && question.bank === null
);

function typed(question: ShortAnswerQuestion, text: string) {
	return gradeShortAnswer(question, { type: 'short-answer', text });
}

/** The question's gaps filled with their expected words, except `gap`, filled with `text`. */
function fillGap(question: FillBlanksQuestion, gap: number, text: string) {
	const blanks = question.answer.map((accepted, index) => (index === gap ? text : accepted[0]!));
	return gradeFillBlanks(question, { type: 'fill-blanks', blanks });
}

/**
 * Every way to turn one word of `form` round with a negating prefix: the prefix taken off a word
 * that has one, or put on any word of three letters or more (shorter ones are "in", "of", "a").
 * With each, the words left without that word, and, for a prefix put on, the same words with the
 * prefix apart ("in between" for "inbetween").
 */
function prefixFlips(form: string): { flipped: string; rest: string; apart: string | null }[] {
	const words = answerWords(form);
	return words.flatMap((word, index) => {
		if (word.length < 3) {
			return [];
		}
		const rest = words.toSpliced(index, 1).join(' ');
		const put = NEGATING_PREFIXES.map((prefix) => ({
			flipped: words.toSpliced(index, 1, prefix + word).join(' '),
			rest,
			apart: words.toSpliced(index, 1, prefix, word).join(' ')
		}));
		const taken = NEGATING_PREFIXES.filter(
			(prefix) => word.startsWith(prefix) && word.length - prefix.length >= 3
		).map((prefix) => ({
			flipped: words.toSpliced(index, 1, word.slice(prefix.length)).join(' '),
			rest,
			apart: null
		}));
		return [...put, ...taken];
	});
}

/**
 * Whether a flip still says something right: "undiplomatic stalemate" still says "stalemate",
 * right on its own, and "inbetween hope" is "in between hope" with a space missed.
 */
function stillRight(grade: (text: string) => boolean, flip: ReturnType<typeof prefixFlips>[0]) {
	return (flip.rest !== '' && grade(flip.rest)) || (flip.apart !== null && grade(flip.apart));
}

describe('the real bank has typed answers to test', () => {
	it('has short answers and typed gaps', () => {
		expect(shortAnswers.length).toBeGreaterThanOrEqual(10);
		expect(typedGaps.length).toBeGreaterThanOrEqual(3);
	});
});

describe('every accepted answer in the bank', () => {
	for (const question of shortAnswers) {
		it(`${question.id}: each accepted form is right`, () => {
			for (const form of question.accepted) {
				expect(typed(question, form).correct, form).toBe(true);
			}
		});

		it(`${question.id}: every negating prefix put on or taken off a word is wrong`, () => {
			for (const form of question.accepted) {
				const right = (text: string) => typed(question, text).correct;
				for (const flip of prefixFlips(form)) {
					if (!stillRight(right, flip)) {
						expect(right(flip.flipped), `${flip.flipped} for ${form}`).toBe(false);
					}
				}
			}
		});
	}

	for (const question of typedGaps) {
		it(`${question.id}: every negating prefix put on or taken off a gap's word is wrong`, () => {
			question.answer.forEach((accepted, gap) => {
				for (const form of accepted) {
					expect(fillGap(question, gap, form).parts[gap], form).toBe('right');
					const right = (text: string) => fillGap(question, gap, text).parts[gap] === 'right';
					for (const flip of prefixFlips(form)) {
						if (!stillRight(right, flip)) {
							expect(right(flip.flipped), `${flip.flipped} for ${form}`).toBe(false);
						}
					}
				}
			});
		});
	}

	const withRejected = [...shortAnswers, ...typedGaps].filter(
		(question) => (question.rejected ?? []).length > 0
	);
	it('has refused near misses with hints', () => {
		expect(withRejected.length).toBeGreaterThanOrEqual(10);
	});
	for (const question of withRejected) {
		it(`${question.id}: each rejected answer is wrong and gets its own hint`, () => {
			for (const near of question.rejected ?? []) {
				const grade =
					question.type === 'short-answer'
						? typed(question, near.answer)
						: fillGap(question, 0, near.answer);
				expect(grade.correct, near.answer).toBe(false);
				expect(grade.hint).toBe(near.hint);
			}
		});
	}
});

// Words a student puts around an answer that neither negate it nor name another one.
const filler = fc.constantFrom(
	'I',
	'think',
	'guess',
	'it',
	'is',
	'was',
	'the',
	'answer',
	'maybe',
	'probably',
	'so',
	'well',
	'really',
	'basically'
);
const carrier = fc
	.tuple(fc.array(filler, { maxLength: 4 }), fc.array(filler, { maxLength: 4 }))
	.filter(([before, after]) => before.length + after.length <= MAX_EXTRA_WORDS);
const punctuation = fc.constantFrom('', '.', '!', ',', '?');

const everyAccepted = shortAnswers.flatMap((question) =>
	question.accepted.map((form) => ({ question, form }))
);

describe('an accepted answer in a short sentence', () => {
	it.each([
		(form: string) => `it is ${form}`,
		(form: string) => `I think ${form}`,
		(form: string) => `${form}, I guess`,
		(form: string) => `I think the answer is ${form}.`
	])('is right in a usual carrier sentence (%#)', (sentence) => {
		for (const { question, form } of everyAccepted) {
			expect(typed(question, sentence(form)).correct, sentence(form)).toBe(true);
		}
	});

	it('is right with any few neutral words around it', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...everyAccepted),
				carrier,
				punctuation,
				({ question, form }, [before, after], mark) => {
					const text = [...before, `${form}${mark}`, ...after].join(' ');
					expect(typed(question, text).correct).toBe(true);
				}
			)
		);
	});

	it('is wrong when a word around it negates it', () => {
		const negations = [
			(form: string) => `not ${form}`,
			(form: string) => `it is not ${form}`,
			(form: string) => `it isn't ${form}`,
			(form: string) => `no ${form}`,
			(form: string) => `never ${form}`,
			(form: string) => `I don't think it is ${form}`,
			(form: string) => `${form}? No.`
		];
		for (const { question, form } of everyAccepted) {
			for (const negate of negations) {
				expect(typed(question, negate(form)).correct, negate(form)).toBe(false);
			}
		}
		fc.assert(
			fc.property(
				fc.constantFrom(...everyAccepted),
				fc.constantFrom(...negations),
				carrier,
				({ question, form }, negate, [before, after]) => {
					const text = [...before, negate(form), ...after].join(' ');
					expect(typed(question, text).correct).toBe(false);
				}
			)
		);
	});

	it('is wrong when the sentence runs past the extra words allowed', () => {
		const { question, form } = everyAccepted[0]!;
		const long = Array.from({ length: MAX_EXTRA_WORDS + 1 }, () => 'really').join(' ');
		expect(typed(question, `${long} ${form}`).correct).toBe(false);
	});
});
