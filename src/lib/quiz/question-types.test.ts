import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES } from '$lib/content/kinds';
import { optionMarks, verdictIndex } from './choice-marks';
import {
	everyType,
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../test-data/questions';
import { gradeAnswer, responseTo, zeroGrade } from './grade';
import {
	filledSentence,
	QUESTION_TYPES_TABLE,
	questionType,
	type ResponseOf
} from './question-types';

describe('the question-type table', () => {
	it('has one entry for every question type and nothing else', () => {
		expect(Object.keys(QUESTION_TYPES_TABLE).sort()).toEqual([...QUESTION_TYPES].sort());
	});

	it('gives every type a hint that says what to do before checking', () => {
		for (const type of QUESTION_TYPES) {
			expect(questionType(type).hint).toMatch(/before checking\.$/);
		}
	});
});

describe('marks on choice questions', () => {
	it('marks a wrong single choice and shows which one was correct', () => {
		const question = singleChoice();
		const wrong = question.answer === 0 ? 1 : 0;
		const response: ResponseOf<'single-choice'> = { type: 'single-choice', choice: wrong };
		const marks = questionType('single-choice').marks(
			question,
			response,
			gradeAnswer(question, response)
		);
		expect(marks[wrong]).toBe('wrong');
		expect(marks[question.answer]).toBe('right');
		expect(marks.filter((mark) => mark !== null)).toHaveLength(2);
	});

	it('marks the verdict the text supports beside a wrong one', () => {
		const question = trueFalseNotStated({ answer: 'not-stated' });
		const response: ResponseOf<'true-false-not-stated'> = {
			type: 'true-false-not-stated',
			verdict: 'true'
		};
		expect(
			questionType('true-false-not-stated').marks(
				question,
				response,
				gradeAnswer(question, response)
			)
		).toEqual(['wrong', null, 'right']);
	});

	it('says which picks of a multiple select were wrong and which were missed', () => {
		const question = multipleSelect();
		const wrongPick = question.choices.findIndex((_, i) => !question.answer.includes(i));
		const response: ResponseOf<'multiple-select'> = {
			type: 'multiple-select',
			choices: [wrongPick]
		};
		const marks = questionType('multiple-select').marks(
			question,
			response,
			gradeAnswer(question, response)
		);
		expect(marks[wrongPick]).toBe('wrong');
		for (const index of question.answer) {
			expect(marks[index]).toBe('missed');
		}
	});

	it('marks options by their authored index, with nothing picked still showing the key', () => {
		expect(optionMarks(4, [2], [])).toEqual([null, null, 'right', null]);
		expect(verdictIndex('not-stated')).toBe(2);
		expect(verdictIndex('maybe')).toBe(-1);
	});
});

describe('what read aloud says after the prompt', () => {
	it('reads the choices in the order they are shown, not as written', () => {
		const question = singleChoice();
		expect(questionType('single-choice').spoken(question, [2, 0, 1])).toEqual([
			question.choices[2],
			question.choices[0],
			question.choices[1]
		]);
	});

	it('reads true, false and not stated, the terms to match and the sentence with its gaps', () => {
		expect(questionType('true-false-not-stated').spoken(trueFalseNotStated(), [])).toEqual([
			'True',
			'False',
			'Not stated'
		]);
		expect(questionType('matching').spoken(matching(), [2, 1, 0])).toEqual(matching().terms);
		expect(questionType('fill-blanks').spoken(fillBlanks(), [])).toEqual([
			'Vladimir Putin and Emmanuel  …  are reportedly back at the  …  table.'
		]);
	});
});

describe('which options are shown in a per-student order', () => {
	it('shuffles choices, meanings and word-bank words, and never true/false/not stated', () => {
		const counts = Object.fromEntries(
			everyType().map((question) => [
				`${question.type}${question.type === 'fill-blanks' && question.bank ? ' (bank)' : ''}`,
				questionType(question.type).shuffledOptions(question)
			])
		);
		expect(counts).toEqual({
			'single-choice': 3,
			'true-false-not-stated': 0,
			'multiple-select': 4,
			'short-answer': 0,
			'fill-blanks': 0,
			'fill-blanks (bank)': 4,
			ordering: 0,
			matching: 3,
			evidence: 0
		});
	});
});

describe('what the feedback shows of the answer', () => {
	it('fills the gaps of a fill-in-the-blanks sentence with the expected words', () => {
		const question = fillBlanks();
		expect(filledSentence(question)).toBe(
			'Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table.'
		);
		expect(filledSentence(question)).toBe(question.text.replace(/\[([^\]|]*)[^\]]*\]/g, '$1'));
		expect(questionType('fill-blanks').shownAnswer(question, zeroGrade(question))).toEqual({
			label: 'The sentence reads:',
			text: filledSentence(question),
			quoted: true
		});
	});

	it('shows a model answer, or the spelling when a typo was forgiven', () => {
		const question = shortAnswer();
		const typo = gradeAnswer(question, { type: 'short-answer', text: '3 yeras' });
		expect(questionType('short-answer').shownAnswer(question, typo)?.label).toBe(
			'Accepted, but check the spelling:'
		);
		expect(questionType('short-answer').shownAnswer(question, zeroGrade(question))?.text).toBe(
			'three years'
		);
	});

	it('quotes the supporting sentence only after a wrong evidence pick', () => {
		const question = evidence();
		const right = gradeAnswer(question, { type: 'evidence', sentence: question.answer });
		expect(questionType('evidence').shownAnswer(question, right)).toBeNull();
		expect(questionType('evidence').shownAnswer(question, zeroGrade(question))?.text).toBe(
			question.answer
		);
	});

	it('counts a multiple select out of its right answers, other types out of their marked parts', () => {
		const question = multipleSelect();
		const grade = gradeAnswer(question, { type: 'multiple-select', choices: [0, 1] });
		expect(questionType('multiple-select').partCount(question, grade)).toBe(2);
		const pairs = matching();
		expect(questionType('matching').partCount(pairs, zeroGrade(pairs))).toBe(3);
	});
});

describe('responseTo', () => {
	it('keeps a response to this type and drops one to another type', () => {
		expect(responseTo(singleChoice(), { type: 'single-choice', choice: 0 })).toEqual({
			type: 'single-choice',
			choice: 0
		});
		expect(responseTo(singleChoice(), { type: 'short-answer', text: 'x' })).toBeNull();
		expect(responseTo(singleChoice(), null)).toBeNull();
	});
});
