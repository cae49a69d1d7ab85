import { describe, expect, it } from 'vitest';
import { choiceMarks, choiceResponse, choiceView } from './choice-marks';
import { multipleSelect, singleChoice, trueFalseNotStated } from '../../test-data/questions';
import { gradeAnswer } from './grade';

describe('choice marks', () => {
	it('marks a wrong single choice and shows which one was correct', () => {
		const question = singleChoice();
		const wrong = question.answer === 0 ? 1 : 0;
		const response = choiceResponse(question, [wrong]);
		const marks = choiceMarks(question, response, gradeAnswer(question, response!));
		expect(marks[wrong]).toBe('wrong');
		expect(marks[question.answer]).toBe('right');
		expect(marks.filter((mark) => mark !== null)).toHaveLength(2);
	});

	it('offers true, false and not stated, and marks the verdict the text supports', () => {
		const question = trueFalseNotStated({ answer: 'not-stated' });
		expect(choiceView(question, null)?.options).toEqual(['True', 'False', 'Not stated']);
		const response = choiceResponse(question, [0]);
		expect(response).toEqual({ type: 'true-false-not-stated', verdict: 'true' });
		expect(choiceMarks(question, response, gradeAnswer(question, response!))).toEqual([
			'wrong',
			null,
			'right'
		]);
	});

	it('says which picks of a multiple select were wrong and which were missed', () => {
		const question = multipleSelect();
		const wrongPick = question.choices.findIndex((_, i) => !question.answer.includes(i));
		const response = choiceResponse(question, [wrongPick]);
		const marks = choiceMarks(question, response, gradeAnswer(question, response!));
		expect(marks[wrongPick]).toBe('wrong');
		for (const index of question.answer) {
			expect(marks[index]).toBe('missed');
		}
	});
});
