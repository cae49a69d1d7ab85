import { describe, expect, it } from 'vitest';
import {
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../test-data/questions';
import { gradeAnswer } from './grade';
import type { Question } from '$lib/content/model';
import type { Response } from './response';
import { listInWords, ordinal, tryHint } from './try-hints';

function hintFor(question: Question, response: Response): string {
	return tryHint(question, response, gradeAnswer(question, response));
}

/** Every word of the key a hint must not say. */
function expectNoKey(hint: string, keys: string[]) {
	for (const key of keys) {
		expect(hint.toLowerCase()).not.toContain(key.toLowerCase());
	}
}

describe('tryHint', () => {
	it('tells a wrong single choice to look again, without naming any choice', () => {
		const question = singleChoice();
		const hint = hintFor(question, { type: 'single-choice', choice: 0 });
		expect(hint).toMatch(/^Not this one\./);
		expectNoKey(hint, question.choices);
	});

	it('says which verdict is not right, and never which one is', () => {
		const hint = hintFor(trueFalseNotStated({ answer: 'false' }), {
			type: 'true-false-not-stated',
			verdict: 'not-stated'
		});
		expect(hint).toMatch(/^Not “not stated”\./);
		expect(hint).not.toMatch(/“false”|“true”/);
	});

	it('counts the right picks of a multiple select and says one more fits', () => {
		const question = multipleSelect({ answer: [0, 2] });
		expect(hintFor(question, { type: 'multiple-select', choices: [0, 1] })).toBe(
			'One of your picks is not right. One more answer fits.'
		);
		expect(hintFor(question, { type: 'multiple-select', choices: [0] })).toBe(
			'One more answer fits.'
		);
		expect(hintFor(question, { type: 'multiple-select', choices: [1] })).toBe(
			'Your pick is not right. Two more answers fit.'
		);
		expectNoKey(hintFor(question, { type: 'multiple-select', choices: [1, 3] }), question.choices);
	});

	it('counts the right ones among several picks', () => {
		const question = multipleSelect({ answer: [0, 2] });
		expect(hintFor(question, { type: 'multiple-select', choices: [0, 1, 3] })).toBe(
			'One of your three picks is right. One more answer fits.'
		);
		expect(hintFor(question, { type: 'multiple-select', choices: [0, 2, 3] })).toBe(
			'One of your picks is not right.'
		);
	});

	it('names the places that are out of order, not the items', () => {
		const question = ordering();
		// Right: 1, 3, 0, 2. Swapping the last two leaves the first two in place.
		const hint = hintFor(question, { type: 'ordering', order: [1, 3, 2, 0] });
		expect(hint).toBe('The third and fourth items are out of place.');
		expect(hintFor(question, { type: 'ordering', order: [0, 1, 2, 3] })).toBe(
			'No item is in its place yet.'
		);
		expectNoKey(hint, question.items);
	});

	it('counts the right pairs of a matching', () => {
		const question = matching();
		expect(hintFor(question, { type: 'matching', meanings: [1, 0, 2] })).toBe(
			'One of three pairs is right.'
		);
		expect(hintFor(question, { type: 'matching', meanings: [0, 1, 2] })).toBe(
			'None of the three pairs is right yet.'
		);
	});

	it('names the gaps that are wrong, not their words', () => {
		const question = fillBlanks();
		expect(hintFor(question, { type: 'fill-blanks', blanks: ['Macron', 'peace'] })).toBe(
			'Gap 2 is not right.'
		);
		const both = hintFor(question, { type: 'fill-blanks', blanks: ['Scholz', 'peace'] });
		expect(both).toBe('Gaps 1 and 2 are not right.');
		expectNoKey(both, ['Macron', 'negotiat']);
	});

	it("gives a typed near miss the author's hint, and otherwise only says not quite", () => {
		const question = shortAnswer({
			rejected: [{ answer: 'three months', hint: 'Months is too short: count again.' }]
		});
		expect(hintFor(question, { type: 'short-answer', text: 'three months' })).toBe(
			'Months is too short: count again.'
		);
		const other = hintFor(question, { type: 'short-answer', text: 'a week' });
		expect(other).toBe('Find the words in the text that answer the question.');
		expectNoKey(other, ['three', 'years']);
	});

	it('tells a wrong evidence sentence that it does not say it, without quoting the key', () => {
		const question = evidence();
		const hint = hintFor(question, { type: 'evidence', sentence: 'Yeah, you heard that right!' });
		expect(hint).toMatch(/^That sentence does not say it\./);
		expectNoKey(hint, ['Putin', 'negotiating table']);
	});
});

describe('words for hints', () => {
	it('says places as ordinals and lists with "and"', () => {
		expect([1, 3, 10, 11].map(ordinal)).toEqual(['first', 'third', 'tenth', '11th']);
		expect(listInWords(['a'])).toBe('a');
		expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
	});
});
