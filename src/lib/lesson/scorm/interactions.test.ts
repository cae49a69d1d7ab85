import { describe, expect, it } from 'vitest';
import {
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	ORDERING_SOLUTION,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../../test-data/questions';
import { correctResponse, interactionType, learnerResponse, toInteraction } from './interactions';

describe('SCORM interaction types', () => {
	it('maps choices to choice, typed answers to fill-in, orderings to sequencing', () => {
		expect(interactionType(singleChoice(), 'scorm12')).toBe('choice');
		expect(interactionType(multipleSelect(), 'scorm2004')).toBe('choice');
		expect(interactionType(trueFalseNotStated(), 'scorm12')).toBe('choice');
		expect(interactionType(shortAnswer(), 'scorm12')).toBe('fill-in');
		expect(interactionType(fillBlanks(), 'scorm2004')).toBe('fill-in');
		expect(interactionType(ordering(), 'scorm2004')).toBe('sequencing');
		expect(interactionType(matching(), 'scorm12')).toBe('matching');
	});

	it('records picking a sentence as a performance in 1.2 and as other in 2004', () => {
		expect(interactionType(evidence(), 'scorm12')).toBe('performance');
		expect(interactionType(evidence(), 'scorm2004')).toBe('other');
	});
});

describe('learner and correct responses', () => {
	it('writes choices as letters, lists with the version’s delimiter', () => {
		const question = multipleSelect();
		const response = { type: 'multiple-select' as const, choices: [2, 0] };
		expect(learnerResponse(question, response, 'scorm12')).toBe('a,c');
		expect(learnerResponse(question, response, 'scorm2004')).toBe('a[,]c');
		expect(correctResponse(question, 'scorm2004')).toBe('a[,]c');
		expect(correctResponse(trueFalseNotStated({ answer: 'not-stated' }), 'scorm12')).toBe('c');
	});

	it('writes one choice and a verdict as a single letter, true, false and not stated as a, b, c', () => {
		const question = trueFalseNotStated({ answer: 'false' });
		for (const [verdict, letter] of [
			['true', 'a'],
			['false', 'b'],
			['not-stated', 'c']
		] as const) {
			const response = { type: 'true-false-not-stated' as const, verdict };
			expect(learnerResponse(question, response, 'scorm2004')).toBe(letter);
		}
		expect(correctResponse(question, 'scorm12')).toBe('b');
		const single = singleChoice();
		expect(learnerResponse(single, { type: 'single-choice', choice: 2 }, 'scorm2004')).toBe('c');
		expect(correctResponse(single, 'scorm12')).toBe(String.fromCharCode(97 + single.answer));
	});

	it('writes an ordering as each item’s letter in the right order', () => {
		const question = ordering();
		const right = { type: 'ordering' as const, order: ORDERING_SOLUTION };
		expect(learnerResponse(question, right, 'scorm2004')).toBe('a[,]b[,]c[,]d');
		expect(learnerResponse(question, right, 'scorm2004')).toBe(
			correctResponse(question, 'scorm2004')
		);
		const asShown = { type: 'ordering' as const, order: [0, 1, 2, 3] };
		expect(learnerResponse(question, asShown, 'scorm12')).toBe('c,a,d,b');
	});

	it('writes matching as term.meaning pairs, leaving out unmatched terms', () => {
		const response = { type: 'matching' as const, meanings: [1, null, 0] };
		expect(learnerResponse(matching(), response, 'scorm12')).toBe('1.b,3.a');
		expect(learnerResponse(matching(), response, 'scorm2004')).toBe('1[.]b[,]3[.]a');
		expect(correctResponse(matching(), 'scorm2004')).toBe('1[.]b[,]2[.]c[,]3[.]a');
	});

	it('keeps typed text within the version’s limits and free of its delimiters', () => {
		const long = 'word '.repeat(100);
		const typed = { type: 'short-answer' as const, text: long };
		expect(learnerResponse(shortAnswer(), typed, 'scorm12')).toHaveLength(255);
		expect(learnerResponse(shortAnswer(), typed, 'scorm2004')).toHaveLength(250);
		const blanks = { type: 'fill-blanks' as const, blanks: ['Mac[,]ron', 'talks'] };
		expect(learnerResponse(fillBlanks(), blanks, 'scorm2004')).toBe('Mac ron[,]talks');
		expect(correctResponse(shortAnswer(), 'scorm2004')).toBe('{case_matters=false}three years');
	});

	it('leaves out an evidence sentence too long for 1.2 rather than cut it', () => {
		const long = evidence({ answer: 'A very long sentence. '.repeat(20) });
		expect(correctResponse(long, 'scorm12')).toBeUndefined();
		expect(correctResponse(long, 'scorm2004')).toBe(long.answer);
	});
});

describe('one interaction per question', () => {
	it('reports the first try’s result in each version’s words', () => {
		const question = singleChoice();
		const wrong = {
			response: { type: 'single-choice' as const, choice: 0 },
			correct: false,
			score: 0
		};
		expect(toInteraction(question, wrong, 'scorm12')).toEqual({
			id: 'who-is-talking',
			type: 'choice',
			learnerResponse: 'a',
			result: 'wrong',
			correctResponse: 'b'
		});
		expect(toInteraction(question, { ...wrong, correct: true }, 'scorm2004')).toMatchObject({
			result: 'correct',
			description: question.prompt
		});
	});
});
