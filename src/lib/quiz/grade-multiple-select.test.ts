import { describe, expect, it } from 'vitest';
import { damaged, multipleSelect } from '../../test-data/questions';
import { gradeMultipleSelect } from './grade-multiple-select';

// Choices: energy markets (correct), sports, international relations (correct), space exploration.
describe('gradeMultipleSelect', () => {
	it('gives a full point for exactly the correct choices, in any order', () => {
		expect(
			gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [2, 0] })
		).toEqual({
			score: 1,
			correct: true,
			parts: ['right', null, 'right', null],
			forgivenTypos: false
		});
	});

	it('gives half a point for one of two correct choices, marking the other missed', () => {
		expect(
			gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [0] })
		).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', null, 'missed', null],
			forgivenTypos: false
		});
	});

	it('takes a share back for each wrong pick', () => {
		const grade = gradeMultipleSelect(multipleSelect(), {
			type: 'multiple-select',
			choices: [0, 1, 2]
		});
		expect(grade).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', 'wrong', 'right', null],
			forgivenTypos: false
		});
	});

	it('never scores below zero', () => {
		expect(
			gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [1, 3] })
		).toEqual({
			score: 0,
			correct: false,
			parts: ['missed', 'wrong', 'missed', 'wrong'],
			forgivenTypos: false
		});
	});

	it('gives nothing for ticking every box', () => {
		const grade = gradeMultipleSelect(multipleSelect(), {
			type: 'multiple-select',
			choices: [0, 1, 2, 3]
		});
		expect(grade.score).toBe(0);
	});

	it('gives nothing for no picks, with every correct choice missed', () => {
		expect(gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [] })).toEqual(
			{ score: 0, correct: false, parts: ['missed', null, 'missed', null], forgivenTypos: false }
		);
	});

	it('counts a repeated pick once', () => {
		expect(
			gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [0, 0, 2, 2] })
				.correct
		).toBe(true);
	});

	it('counts a pick of a choice that does not exist against the answer', () => {
		const grade = gradeMultipleSelect(multipleSelect(), {
			type: 'multiple-select',
			choices: [0, 2, 9]
		});
		expect(grade).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', null, 'right', null],
			forgivenTypos: false
		});
		expect(
			gradeMultipleSelect(multipleSelect(), { type: 'multiple-select', choices: [0, 2, -1] })
				.correct
		).toBe(false);
	});

	it('grades picks that are not a list as no picks', () => {
		for (const choices of [undefined, null, 0, '02']) {
			expect(
				gradeMultipleSelect(multipleSelect(), damaged({ type: 'multiple-select', choices }))
			).toEqual({
				score: 0,
				correct: false,
				parts: ['missed', null, 'missed', null],
				forgivenTypos: false
			});
		}
	});
});
