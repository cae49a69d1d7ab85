import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/model';
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
} from '../../test-data/questions';
import { gradeAnswer } from './grade';
import type { Response } from './response';
import { revealedFeedback, type FeedbackLine } from './revealed-feedback';

function linesFor(question: Question, response: Response): FeedbackLine[] {
	return revealedFeedback(question, response, gradeAnswer(question, response));
}

function line(lines: FeedbackLine[], label: string): FeedbackLine | undefined {
	return lines.find((each) => each.label === label);
}

describe('revealedFeedback', () => {
	it('ends every feedback with what the text says, in its own words', () => {
		const question = singleChoice();
		const lines = linesFor(question, { type: 'single-choice', choice: 0 });
		expect(lines.at(-1)).toEqual({
			label: 'The text says:',
			texts: question.evidence,
			form: 'quoted'
		});
	});

	it('names the choice made and the answer of a single choice', () => {
		const lines = linesFor(singleChoice(), { type: 'single-choice', choice: 2 });
		expect(line(lines, 'You chose:')?.texts).toEqual(['Emmanuel Macron and Olaf Scholz']);
		expect(line(lines, 'The answer is:')?.texts).toEqual(['Vladimir Putin and Emmanuel Macron']);
	});

	it('says the verdict chosen and the answer of a true/false/not stated in words', () => {
		const lines = linesFor(trueFalseNotStated({ answer: 'false' }), {
			type: 'true-false-not-stated',
			verdict: 'true'
		});
		expect(line(lines, 'You chose:')).toEqual({
			label: 'You chose:',
			texts: ['true'],
			form: 'plain'
		});
		expect(line(lines, 'The answer is:')?.texts).toEqual(['false']);
	});

	it('says which pick of a multiple select was wrong and which were missed', () => {
		const lines = linesFor(multipleSelect(), { type: 'multiple-select', choices: [0, 1] });
		expect(line(lines, 'You chose:')?.texts).toEqual(['energy markets', 'sports']);
		expect(line(lines, 'This pick is not right:')?.texts).toEqual(['sports']);
		expect(line(lines, 'You missed:')?.texts).toEqual(['international relations']);
		expect(line(lines, 'The answers are:')?.texts).toEqual([
			'energy markets',
			'international relations'
		]);
	});

	it('says nothing was wrong or missed in a right multiple select', () => {
		const lines = linesFor(multipleSelect(), { type: 'multiple-select', choices: [0, 2] });
		expect(lines.map((each) => each.label)).toEqual(['You chose:', 'The text says:']);
	});

	it('shows the student’s order and the text’s order as numbered lists', () => {
		const question = ordering();
		const lines = linesFor(question, { type: 'ordering', order: [0, 1, 2, 3] });
		expect(line(lines, 'Your order:')).toEqual({
			label: 'Your order:',
			texts: question.items,
			form: 'numbered'
		});
		expect(line(lines, 'The text’s order:')).toEqual({
			label: 'The text’s order:',
			texts: question.answer,
			form: 'numbered'
		});
		const right = linesFor(question, { type: 'ordering', order: ORDERING_SOLUTION });
		expect(right[0]?.texts).toEqual(question.answer);
	});

	it('names each wrong pair of a matching with what it means', () => {
		const lines = linesFor(matching(), { type: 'matching', meanings: [1, 0, 2] });
		expect(line(lines, 'You matched:')?.texts).toEqual([
			'sanctions: “penalties one country puts on another”',
			"de-escalation: “a country's right to govern itself”",
			'sovereignty: “making a conflict less intense”'
		]);
		expect(line(lines, 'These pairs are not right:')?.texts).toEqual([
			"de-escalation: not “a country's right to govern itself”; it means “making a conflict less intense”",
			"sovereignty: not “making a conflict less intense”; it means “a country's right to govern itself”"
		]);
	});

	it('quotes what was typed beside the model answer and the whole sentence', () => {
		const short = linesFor(shortAnswer(), { type: 'short-answer', text: 'two weeks' });
		expect(line(short, 'You wrote:')?.texts).toEqual(['two weeks']);
		expect(line(short, 'A model answer:')?.texts).toEqual(['three years']);
		const gaps = linesFor(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron', 'peace'] });
		expect(line(gaps, 'You wrote:')?.texts).toEqual(['Macron', 'peace']);
		expect(line(gaps, 'The sentence reads:')?.texts).toEqual([
			'Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table.'
		]);
	});

	it('quotes the sentence chosen as evidence and the strongest one', () => {
		const question = evidence();
		const lines = linesFor(question, { type: 'evidence', sentence: 'Yeah, you heard that right!' });
		expect(line(lines, 'You chose:')?.texts).toEqual(['Yeah, you heard that right!']);
		expect(line(lines, 'The strongest support:')?.texts).toEqual([question.answer]);
	});

	it('says "nothing" for an answer that chose nothing, as a damaged one may', () => {
		const lines = linesFor(singleChoice(), { type: 'single-choice', choice: 9 });
		expect(line(lines, 'You chose:')).toEqual({
			label: 'You chose:',
			texts: ['nothing'],
			form: 'plain'
		});
	});
});
