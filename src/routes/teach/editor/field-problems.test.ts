import { describe, expect, it } from 'vitest';
import { anchorOf, fieldId, fieldLabel, messagesAt, placeProblems } from './field-problems';

const fields = new Set(['prompt', 'choices', 'choices.0.text', 'choices.1.text', 'evidence']);

describe('placing problems at the fields of the question form', () => {
	it('puts a problem at the field it names', () => {
		expect(anchorOf('choices.1.text', fields)).toBe('choices.1.text');
	});

	it('puts a problem of a part the form has no field for at the field holding it', () => {
		expect(anchorOf('choices.1.correct', fields)).toBe('choices');
		expect(anchorOf('evidence.3', fields)).toBe('evidence');
	});

	it('puts a problem of no field at the question as a whole', () => {
		expect(anchorOf('', fields)).toBe('');
		expect(anchorOf('rejected.0.hint', fields)).toBe('');
	});

	it('names each field as the teacher sees it, counting from one', () => {
		expect(fieldLabel('choices.2.text')).toBe('Option 3');
		expect(fieldLabel('accepted.0')).toBe('Accepted answer 1');
		expect(fieldLabel('pairs.1.meaning')).toBe('Meaning 2');
		expect(fieldLabel('evidence.0')).toBe('Evidence 1');
		expect(fieldLabel('rejected.1.answer')).toBe('Near-miss answer 2');
		expect(fieldLabel('rejected.0.hint')).toBe('Hint for near-miss answer 1');
		expect(fieldLabel('rejected')).toBe('Near-miss answers');
		expect(fieldLabel('prompt')).toBe('Question');
		expect(fieldLabel('')).toBe('The question');
	});

	it('gives each field an id, dots made hyphens', () => {
		expect(fieldId('edit', 'choices.2.text')).toBe('edit-choices-2-text');
		expect(fieldId('edit', '')).toBe('edit-whole');
	});

	it('keeps the order of the problems and lists the messages of each field', () => {
		const placed = placeProblems(
			[
				{ field: 'prompt', message: 'must not be empty' },
				{ field: 'choices.0.correct', message: 'needs exactly one right option' },
				{ field: 'prompt', message: 'is too long' }
			],
			fields
		);
		expect(placed.map((problem) => problem.label)).toEqual(['Question', 'Options', 'Question']);
		expect(messagesAt(placed, 'prompt')).toEqual(['must not be empty', 'is too long']);
	});
});
