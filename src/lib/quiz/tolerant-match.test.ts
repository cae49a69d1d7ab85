import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	allowedSlips,
	answerWords,
	matchTolerantly,
	MAX_EXTRA_WORDS,
	NEGATING_PREFIXES,
	normaliseAnswer,
	oppositesOf,
	slipDistance,
	TYPO_ALLOWANCE
} from './tolerant-match';

describe('matchTolerantly', () => {
	it('ignores capitals', () => {
		expect(matchTolerantly('THREE Years', ['three years'])).toEqual({
			matched: 'three years',
			forgivenTypo: false
		});
	});

	it('ignores punctuation around and inside the answer', () => {
		expect(matchTolerantly('"Three years!"', ['three years']).matched).toBe('three years');
		expect(matchTolerantly('U.S.', ['US']).matched).toBe('US');
	});

	it('treats curly and straight apostrophes alike, and missing ones too', () => {
		expect(matchTolerantly('Russia’s economy', ["Russia's economy"])).toEqual({
			matched: "Russia's economy",
			forgivenTypo: false
		});
		expect(matchTolerantly('Russias economy', ["Russia's economy"]).forgivenTypo).toBe(false);
	});

	it('treats hyphens, dashes and spaces between words alike', () => {
		expect(matchTolerantly('de escalation', ['de-escalation']).forgivenTypo).toBe(false);
		expect(matchTolerantly('de–escalation', ['de-escalation']).matched).toBe('de-escalation');
	});

	it('collapses runs of spaces and ignores spaces at the ends', () => {
		expect(matchTolerantly('  three \n years ', ['three years']).forgivenTypo).toBe(false);
	});

	it('forgives a missing or extra leading article', () => {
		expect(matchTolerantly('negotiating table', ['the negotiating table']).matched).toBe(
			'the negotiating table'
		);
		expect(matchTolerantly('a ceasefire', ['ceasefire']).forgivenTypo).toBe(false);
		expect(matchTolerantly('An invasion', ['invasion']).forgivenTypo).toBe(false);
	});

	it('keeps articles that are not leading', () => {
		expect(normaliseAnswer('end of the war')).toBe('end of the war');
	});

	it('treats digits and number words up to twenty as equal', () => {
		expect(matchTolerantly('3 years', ['three years'])).toEqual({
			matched: 'three years',
			forgivenTypo: false
		});
		expect(matchTolerantly('twenty', ['20']).forgivenTypo).toBe(false);
	});

	it('applies Unicode compatibility forms, so full-width letters count', () => {
		expect(matchTolerantly('ｔｈｒｅｅ years', ['three years']).forgivenTypo).toBe(false);
	});

	it('prefers an exact match to a typo match with an earlier form', () => {
		expect(matchTolerantly('negotiating', ['negotiation', 'negotiating'])).toEqual({
			matched: 'negotiating',
			forgivenTypo: false
		});
	});

	it('never accepts blank input, even against a blank form', () => {
		expect(matchTolerantly('', ['three years']).matched).toBeNull();
		expect(matchTolerantly('   ', ['three years']).matched).toBeNull();
		expect(matchTolerantly('?!', ['?!']).matched).toBeNull();
		expect(matchTolerantly('', ['']).matched).toBeNull();
	});

	it('matches nothing against no accepted forms', () => {
		expect(matchTolerantly('peace', [])).toEqual({ matched: null, forgivenTypo: false });
	});

	it('rejects a different answer', () => {
		expect(matchTolerantly('two years', ['three years']).matched).toBeNull();
	});
});

describe('typo forgiveness', () => {
	it('forgives nothing under four characters, so "was" is not "war"', () => {
		expect(matchTolerantly('was', ['war']).matched).toBeNull();
	});

	it('forgives one slip at exactly four characters', () => {
		expect(matchTolerantly('NAOT', ['NATO'])).toEqual({ matched: 'NATO', forgivenTypo: true });
	});

	it('does not forgive two slips at four characters', () => {
		expect(matchTolerantly('NXTX', ['NATO']).matched).toBeNull();
	});

	it('forgives one slip at seven characters', () => {
		expect(matchTolerantly('Ukriane', ['Ukraine'])).toEqual({
			matched: 'Ukraine',
			forgivenTypo: true
		});
	});

	it('does not forgive two slips at seven characters', () => {
		expect(matchTolerantly('Uktaime', ['Ukraine']).matched).toBeNull();
	});

	it('forgives two slips at exactly eight characters', () => {
		expect(matchTolerantly('sanktiin', ['sanction'])).toEqual({
			matched: 'sanction',
			forgivenTypo: true
		});
	});

	it('does not forgive three slips at eight characters', () => {
		expect(matchTolerantly('sanktiim', ['sanction']).matched).toBeNull();
	});

	it('measures length on the shorter of the two answers', () => {
		// "sanctio" is seven characters, so only one slip is allowed against "sanctions".
		expect(matchTolerantly('sanctio', ['sanctions']).matched).toBeNull();
		expect(matchTolerantly('sanction', ['sanctions']).forgivenTypo).toBe(true);
	});

	it('counts two swapped neighbours as one slip', () => {
		expect(matchTolerantly('three yeras', ['three years']).forgivenTypo).toBe(true);
	});

	it('forgives a slip in the words around a number written as digits', () => {
		expect(matchTolerantly('3 yaers', ['three years'])).toEqual({
			matched: 'three years',
			forgivenTypo: true
		});
	});

	it('never forgives a slip that changes a number', () => {
		expect(matchTolerantly('nine years', ['five years']).matched).toBeNull();
		expect(matchTolerantly('none', ['nine']).matched).toBeNull();
		expect(matchTolerantly('tree years', ['three years']).matched).toBeNull();
	});

	it('picks the closest accepted form when several are within reach', () => {
		expect(matchTolerantly('negotiatoin', ['negotiating', 'negotiation']).matched).toBe(
			'negotiation'
		);
	});

	it('allows 0, 1 and 2 slips at the documented lengths', () => {
		expect(TYPO_ALLOWANCE).toEqual({ oneSlipFrom: 4, twoSlipsFrom: 8 });
		expect([3, 4, 7, 8, 40].map(allowedSlips)).toEqual([0, 1, 1, 2, 2]);
	});
});

describe('opposites are never a slip', () => {
	it.each([
		['escalation', ['de-escalation', 'deescalation', 'de escalation']],
		['sustainable', ['unsustainable']],
		['attainable', ['unattainable', 'unachievable']],
		['achievable', ['unattainable', 'unachievable']],
		['negotiable', ['non-negotiable', 'nonnegotiable']],
		['agreement', ['disagreement']],
		['disagreement', ['agreement']],
		['possible', ['impossible']],
		['legal', ['illegal']],
		['regular', ['irregular']],
		['secure', ['insecure']],
		['typical', ['atypical']],
		['deescalation', ['escalation']],
		['unconstructive', ['constructive']],
		['sustainable', ['not sustainable']]
	])('refuses "%s" for %j, however short the edit', (given, accepted) => {
		expect(matchTolerantly(given, accepted).matched).toBeNull();
	});

	it('refuses a slip in the negating prefix itself, which leaves the answer as close to the opposite', () => {
		expect(matchTolerantly('usustainable', ['unsustainable']).matched).toBeNull();
	});

	it('still forgives slips away from the prefix', () => {
		expect(matchTolerantly('unsustianable', ['unsustainable'])).toEqual({
			matched: 'unsustainable',
			forgivenTypo: true
		});
		expect(matchTolerantly('de-escalatoin', ['de-escalation']).forgivenTypo).toBe(true);
		expect(matchTolerantly('unatainable', ['unattainable']).forgivenTypo).toBe(true);
		expect(matchTolerantly('adversarys', ['adversaries']).forgivenTypo).toBe(true);
	});

	it('treats a prefix typed apart or with a hyphen as part of its word', () => {
		expect(answerWords('a serious de - escalation')).toEqual(['serious', 'deescalation']);
		expect(matchTolerantly('non negotiable', ['non-negotiable']).forgivenTypo).toBe(false);
		expect(matchTolerantly('deescalation', ['de-escalation']).forgivenTypo).toBe(false);
	});

	it('lists the form with one prefix taken off or put on, and a negating word left out', () => {
		const opposites = oppositesOf(['not', 'unsustainable']).map((words) => words.join(' '));
		expect(opposites).toContain('unsustainable');
		expect(opposites).toContain('not sustainable');
		expect(opposites).toContain('not ununsustainable');
		for (const prefix of NEGATING_PREFIXES) {
			expect(opposites).toContain(`${prefix}not unsustainable`);
		}
	});
});

describe('answers in a short sentence', () => {
	const inSentence = { inSentence: true };

	it.each([
		['it is unsustainable', ['unsustainable']],
		['I think it is unsustainable.', ['unsustainable']],
		['unsustainable, I guess', ['unsustainable']],
		['a serious de-escalation', ['de-escalation']],
		['security guarantees for Ukraine', ['security guarantees']],
		['The answer is somewhere in the middle', ['somewhere in the middle']],
		["it's not sustainable", ['not sustainable']]
	])('accepts "%s" for %j', (given, accepted) => {
		expect(matchTolerantly(given, accepted, inSentence).matched).toBe(accepted[0]);
	});

	it('forgives a slip in the accepted phrase inside a sentence', () => {
		expect(matchTolerantly('it is unsustianable', ['unsustainable'], inSentence)).toEqual({
			matched: 'unsustainable',
			forgivenTypo: true
		});
	});

	it.each([
		['not unsustainable', ['unsustainable']],
		["it isn't unsustainable", ['unsustainable']],
		['no de-escalation', ['de-escalation']],
		['never a de-escalation', ['de-escalation']],
		['without security guarantees', ['security guarantees']],
		['I don’t think it is a stalemate', ['stalemate']],
		['it is sustainable', ['unsustainable']],
		['a serious escalation', ['de-escalation']]
	])('refuses "%s" for %j: the extra words negate it', (given, accepted) => {
		expect(matchTolerantly(given, accepted, inSentence).matched).toBeNull();
	});

	it('refuses a negated answer even when another reading of the words would be a slip', () => {
		expect(matchTolerantly('no dead end', ['dead end', 'no deal'], inSentence).matched).toBeNull();
		expect(matchTolerantly('no deal', ['dead end', 'no deal'], inSentence).matched).toBe('no deal');
	});

	it(`allows up to ${MAX_EXTRA_WORDS} extra words, not an essay`, () => {
		const words = (count: number) => Array.from({ length: count }, () => 'really').join(' ');
		expect(
			matchTolerantly(`${words(MAX_EXTRA_WORDS)} stalemate`, ['stalemate'], inSentence).matched
		).toBe('stalemate');
		expect(
			matchTolerantly(`${words(MAX_EXTRA_WORDS + 1)} stalemate`, ['stalemate'], inSentence).matched
		).toBeNull();
	});

	it('refuses an extra number, which hedges between two answers', () => {
		expect(matchTolerantly('three years or five', ['three years'], inSentence).matched).toBeNull();
	});

	it('does not allow extra words unless asked, as in a gap', () => {
		expect(matchTolerantly('it is unsustainable', ['unsustainable']).matched).toBeNull();
	});
});

describe('rejected near misses', () => {
	const options = { rejected: ['escalation', 'peace'], inSentence: true };

	it('refuses a rejected answer and names it, so its hint can be shown', () => {
		expect(matchTolerantly('Escalation', ['de-escalation'], options)).toEqual({
			matched: null,
			forgivenTypo: false,
			refused: 'escalation'
		});
	});

	it('refuses a slip of a rejected answer too', () => {
		expect(matchTolerantly('escalatoin', ['de-escalation'], options).refused).toBe('escalation');
	});

	it('refuses a slip of an accepted answer that is exactly a rejected one', () => {
		expect(matchTolerantly('sanction', ['sanctions'], { rejected: ['sanction'] }).refused).toBe(
			'sanction'
		);
	});

	it('takes a slip of a rejected answer only for the whole answer, not a word in a sentence', () => {
		const result = matchTolerantly('the place of talks', ['talks'], options);
		expect(result.refused).toBeUndefined();
		expect(result.matched).toBe('talks');
	});

	it('refuses an answer that also names a rejected one, hedging between them', () => {
		expect(matchTolerantly('de-escalation or peace', ['de-escalation'], options).refused).toBe(
			'peace'
		);
	});

	it('accepts an accepted phrase that contains a rejected word', () => {
		expect(
			matchTolerantly('peace talks', ['peace talks'], { rejected: ['peace'], inSentence: true })
				.matched
		).toBe('peace talks');
		expect(matchTolerantly('a serious de-escalation', ['de-escalation'], options).matched).toBe(
			'de-escalation'
		);
	});
});

describe('slipDistance', () => {
	it('counts insertions, deletions and changes', () => {
		expect(slipDistance('kitten', 'sitting', 10)).toBe(3);
		expect(slipDistance('', 'peace', 10)).toBe(5);
		expect(slipDistance('peace', 'peace', 0)).toBe(0);
	});

	it('counts a swap of neighbours as one edit, but never edits a swapped pair again', () => {
		expect(slipDistance('talks', 'tlaks', 5)).toBe(1);
		// Optimal string alignment, unlike full Damerau-Levenshtein, gives 3 here rather than 2.
		expect(slipDistance('ca', 'abc', 5)).toBe(3);
	});

	it('stops at one past the limit', () => {
		expect(slipDistance('diplomacy', 'sanctions', 2)).toBe(3);
		expect(slipDistance('war', 'a much longer answer', 1)).toBe(2);
	});

	it('counts a character outside the basic plane once', () => {
		expect(slipDistance('𝒶', 'a', 5)).toBe(1);
	});
});

// Few distinct letters, so swaps, repeats and near misses come up often.
const fewLetters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 10 });

describe('matchTolerantly on any input', () => {
	it('matches any answer that is not blank after normalising to itself, exactly', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (text) => {
				const result = matchTolerantly(text, [text]);
				expect(result).toEqual(
					normaliseAnswer(text) === ''
						? { matched: null, forgivenTypo: false }
						: { matched: text, forgivenTypo: false }
				);
			})
		);
	});

	it('measures the same distance in both directions', () => {
		fc.assert(
			fc.property(fewLetters, fewLetters, fc.nat(4), (a, b, limit) => {
				expect(slipDistance(a, b, limit)).toBe(slipDistance(b, a, limit));
			})
		);
	});
});

// Plain lower-case words long enough that slips are forgiven at all.
const word = fc.string({ unit: fc.constantFrom(...'abcdeilmnorstu'), minLength: 4, maxLength: 12 });
const prefix = fc.constantFrom(...NEGATING_PREFIXES);

describe('opposites on any input', () => {
	it('never takes a word with a negating prefix put on for the word, or the other way round', () => {
		fc.assert(
			fc.property(word, prefix, fc.boolean(), (stem, negation, inSentence) => {
				const options = { inSentence };
				expect(matchTolerantly(negation + stem, [stem], options).matched).toBeNull();
				expect(matchTolerantly(stem, [negation + stem], options).matched).toBeNull();
			})
		);
	});

	it('never takes a negated sentence around an accepted word', () => {
		fc.assert(
			fc.property(
				word,
				fc.constantFrom('not', 'no', 'never', "isn't", "don't", 'without'),
				fc.boolean(),
				(answer, negation, before) => {
					const text = before ? `${negation} ${answer}` : `${answer}, ${negation}`;
					expect(matchTolerantly(text, [answer], { inSentence: true }).matched).toBeNull();
				}
			)
		);
	});
});

describe('slipDistance on any input', () => {
	it('stopping early gives the full distance, capped at one past the limit', () => {
		fc.assert(
			fc.property(fewLetters, fewLetters, fc.nat(4), (a, b, limit) => {
				expect(slipDistance(a, b, limit)).toBe(
					Math.min(slipDistance(a, b, Number.POSITIVE_INFINITY), limit + 1)
				);
			})
		);
	});
});
