import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { loadBank } from '../server/load';
import { QUESTION_TYPES } from '../content/kinds';
import type { Question, Reading } from '../content/model';
import {
	TEACHER_READING_ID,
	teacherEvidence,
	teacherFillBlanks,
	teacherMatching,
	teacherMultipleSelect,
	teacherOrdering,
	teacherQuestionsOfEachType,
	teacherShortAnswer,
	teacherSingleChoice,
	teacherTrueFalse
} from '../../test-data/teacher-questions';
import {
	checkTeacherQuestion,
	newTeacherQuestion,
	toTeacherDraft,
	type TeacherQuestion
} from './teacher-question';

const { bank } = loadBank(readContentFiles('questions'));
const reading = bank.readings.find((candidate) => candidate.id === TEACHER_READING_ID) as Reading;

function fieldsOf(question: unknown, context = {}): string[] {
	return checkTeacherQuestion(question, reading, context).problems.map((p) => p.field);
}

function messageAt(question: unknown, field: string): string {
	const found = checkTeacherQuestion(question, reading).problems.find((p) => p.field === field);
	return found?.message ?? `(no problem at ${field})`;
}

describe('checkTeacherQuestion', () => {
	it.each(teacherQuestionsOfEachType().map((question) => [question.type, question] as const))(
		'accepts a well-written %s question and gives it as students get it',
		(type, question) => {
			const result = checkTeacherQuestion(question, reading);
			expect(result.problems).toEqual([]);
			expect(result.question).toMatchObject({
				id: question.id,
				type,
				readingId: TEACHER_READING_ID,
				articleId: reading.articleId
			});
		}
	);

	it('names the field of a schema problem, in plain words, and gives no question', () => {
		const result = checkTeacherQuestion(teacherSingleChoice({ prompt: '  ' }), reading);
		expect(result.question).toBeNull();
		expect(result.problems).toEqual([{ field: 'prompt', message: 'must not be empty' }]);
	});

	it('says which choice is empty', () => {
		const question = teacherSingleChoice();
		question.choices[2] = { text: '' };
		expect(fieldsOf(question)).toEqual(['choices.2.text']);
	});

	it('points at the quote in a list of evidence that is empty', () => {
		expect(fieldsOf(teacherMatching({ evidence: ['a prolonged silence', ''] }))).toEqual([
			'evidence.1'
		]);
	});

	it('refuses an id that does not start with t-, so it cannot pass for a bank question', () => {
		expect(messageAt(teacherSingleChoice({ id: 'back-at-the-table-who' }), 'id')).toMatch(
			/must start with "t-"/
		);
	});

	it('refuses an id already used by another question of the lesson', () => {
		expect(fieldsOf(teacherSingleChoice(), { takenIds: ['t-how-long-apart'] })).toEqual(['id']);
	});

	it('refuses a question written on another reading than the one given', () => {
		expect(fieldsOf(teacherSingleChoice({ readingId: 'red-lines' }))).toEqual(['readingId']);
	});

	it('refuses an origin that is neither edited nor added', () => {
		expect(fieldsOf({ ...teacherSingleChoice(), origin: { kind: 'copied' } })).toEqual([
			'origin.kind'
		]);
	});

	it('refuses evidence that is not word for word in the reading, saying where it differs', () => {
		const message = messageAt(
			teacherSingleChoice({ evidence: 'For the first time in three long years' }),
			'evidence'
		);
		expect(message).toMatch(/not word for word in the reading/);
		expect(message).toMatch(/the text has "whole years/);
	});

	it('points at the one quote of a list that is not in the reading', () => {
		expect(
			fieldsOf(teacherMatching({ evidence: ['a prolonged silence', 'a short silence'] }))
		).toEqual(['evidence.1']);
	});

	describe('single choice', () => {
		it('needs exactly one right choice, said without YAML', () => {
			const question = teacherSingleChoice({
				choices: [
					{ text: 'Three whole years', correct: true },
					{ text: 'Two short months', correct: true },
					{ text: 'Ten long years' }
				]
			});
			expect(messageAt(question, 'choices')).toBe('needs exactly one right choice (found 2)');
		});

		it('refuses a repeated choice at the repeat', () => {
			const question = teacherSingleChoice();
			question.choices[3] = { text: 'ten long years' };
			expect(fieldsOf(question)).toEqual(['choices.3.text']);
		});

		it('refuses "none of the above"', () => {
			const question = teacherSingleChoice();
			question.choices[3] = { text: 'None of the above' };
			expect(fieldsOf(question)).toContain('choices.3.text');
		});

		it('refuses a key that is the longest choice by 10% or more, at the key', () => {
			const question = teacherSingleChoice({
				choices: [
					{ text: 'Three whole years of silence between them', correct: true },
					{ text: 'Two short months' },
					{ text: 'Ten long years' }
				]
			});
			expect(messageAt(question, 'choices.0.text')).toMatch(/longer than the longest wrong one/);
		});

		it('refuses absolute words only in wrong choices', () => {
			const question = teacherSingleChoice({
				choices: [
					{ text: 'Three whole years', correct: true },
					{ text: 'Only two months' },
					{ text: 'Never, not once' }
				]
			});
			expect(messageAt(question, 'choices')).toMatch(/Absolute words \(only, never\)/);
		});

		it('refuses fewer than two choices', () => {
			expect(
				messageAt(
					teacherSingleChoice({ choices: [{ text: 'Three whole years', correct: true }] }),
					'choices'
				)
			).toBe('needs at least 2 choices');
		});
	});

	describe('multiple select', () => {
		it('needs a right and a wrong choice', () => {
			const question = teacherMultipleSelect({
				choices: [
					{ text: 'Vladimir Putin', correct: true },
					{ text: 'Emmanuel Macron', correct: true },
					{ text: 'Olaf Scholz', correct: true }
				]
			});
			expect(fieldsOf(question)).toEqual(['choices']);
		});

		it('refuses right choices much longer than the wrong ones', () => {
			const question = teacherMultipleSelect({
				choices: [
					{ text: 'Vladimir Putin, the Russian president', correct: true },
					{ text: 'Emmanuel Macron, the French president', correct: true },
					{ text: 'Volodymyr Zelensky' },
					{ text: 'Keir Starmer' }
				]
			});
			expect(messageAt(question, 'choices')).toMatch(/right choices are \d+% longer/);
		});
	});

	describe('true, false or not stated', () => {
		it('refuses an answer that is none of the three', () => {
			expect(fieldsOf({ ...teacherTrueFalse(), answer: 'maybe' })).toEqual(['answer']);
		});
	});

	describe('short answer', () => {
		it('needs two accepted forms', () => {
			expect(messageAt(teacherShortAnswer({ accepted: ['Ukraine'] }), 'accepted')).toBe(
				'needs at least two accepted forms'
			);
		});

		it('refuses a repeated accepted form at the repeat', () => {
			expect(fieldsOf(teacherShortAnswer({ accepted: ['Ukraine', 'ukraine'] }))).toEqual([
				'accepted.1'
			]);
		});

		it('refuses a rejected answer that an accepted form would match', () => {
			const question = teacherShortAnswer({
				rejected: [{ answer: 'Ukrain', hint: 'Check the spelling of the country again.' }]
			});
			expect(messageAt(question, 'rejected.0.answer')).toMatch(/would count as right/);
		});
	});

	describe('fill in the blanks', () => {
		it('needs a gap, said in plain words', () => {
			expect(
				messageAt(
					teacherFillBlanks({ text: 'After a prolonged silence, these two world leaders' }),
					'text'
				)
			).toBe('needs at least one gap in [brackets]');
		});

		it('refuses a sentence that, filled in, is not the reading’s', () => {
			expect(
				messageAt(teacherFillBlanks({ text: 'After a [long] silence, these leaders' }), 'text')
			).toMatch(/with its gaps filled in, is not word for word/);
		});

		it('refuses an empty gap', () => {
			expect(
				messageAt(teacherFillBlanks({ text: 'After a [prolonged] [ ], these two world' }), 'text')
			).toMatch(/empty \[gap\]|not word for word/);
		});
	});

	describe('ordering', () => {
		it('refuses items out of the text’s order, at the item', () => {
			const question = teacherOrdering({
				items: [
					'back at the negotiating table',
					'shift the geopolitical landscape',
					'these two world leaders are back in touch'
				]
			});
			expect(fieldsOf(question)).toEqual(['items.1']);
		});

		it('refuses an item not in the reading', () => {
			const question = teacherOrdering();
			question.items[2] = 'the leaders shook hands';
			expect(fieldsOf(question)).toEqual(['items.2']);
		});

		it('needs one quote per paraphrased item', () => {
			expect(messageAt(teacherOrdering({ paraphrased: true }), 'evidence')).toMatch(
				/one quote per item/
			);
		});
	});

	describe('matching', () => {
		it('needs a spare meaning, said without YAML', () => {
			const message = messageAt(teacherMatching({ spare: undefined }), 'pairs');
			expect(message).toMatch(/needs at least one spare meaning/);
			expect(message).not.toContain('spare: [');
		});

		it('refuses a repeated term at the repeat', () => {
			const question = teacherMatching();
			question.pairs[2] = { term: 'Prolonged', meaning: 'very cruel and violent' };
			expect(fieldsOf(question)).toEqual(['pairs.2.term']);
		});

		it('refuses a spare meaning that repeats a pair’s', () => {
			expect(fieldsOf(teacherMatching({ spare: ['lasting a long time'] }))).toEqual(['spare.0']);
		});
	});

	describe('evidence', () => {
		it('needs one whole sentence of the reading', () => {
			expect(
				messageAt(teacherEvidence({ evidence: 'a potentially historic moment' }), 'evidence')
			).toBe('must be one whole sentence of the reading, exactly');
		});
	});

	it('never throws, whatever it is given', () => {
		const drafts = teacherQuestionsOfEachType();
		fc.assert(
			fc.property(
				fc.oneof(
					fc.anything(),
					fc.record({ draft: fc.constantFrom(...drafts), key: fc.string(), value: fc.anything() })
				),
				(input) => {
					const mutation = input as { draft?: object; key?: string; value?: unknown };
					const question =
						typeof input === 'object' && input !== null && mutation.draft && mutation.key
							? { ...mutation.draft, [mutation.key]: mutation.value }
							: input;
					const result = checkTeacherQuestion(question, reading);
					expect(result.question === null).toBe(result.problems.length > 0);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('toTeacherDraft', () => {
	it.each(
		bank.questions.filter((question) => question.readingId !== null).map((q) => [q.id, q] as const)
	)(
		'turns bank question %s into a teacher draft that checks and converts back',
		(id, bankQuestion) => {
			const draft = toTeacherDraft(bankQuestion);
			expect(draft.id).toBe(`t-${id}`);
			expect(draft.origin).toEqual({ kind: 'edited', from: id });
			const onReading = bank.readings.find((r) => r.id === bankQuestion.readingId) as Reading;
			const result = checkTeacherQuestion(draft, onReading);
			// A bank question may lean on a cue the bank allows in a share of its questions.
			const cueFields = result.problems.filter((p) => p.field.startsWith('choices'));
			expect(result.problems).toEqual(cueFields);
			if (result.question) {
				expect(result.question).toEqual({
					...bankQuestion,
					id: draft.id,
					...reshuffled(result.question)
				});
			}
		}
	);

	it('gives a whole-article question no reading, so the check asks for one', () => {
		const articleQuestion = bank.questions.find((question) => question.readingId === null);
		expect(articleQuestion && toTeacherDraft(articleQuestion).readingId).toBe('');
	});
});

/** Ordering and matching shuffle by id: a new id, a new fixed shuffle, the same key. */
function reshuffled(question: Question): object {
	if (question.type === 'ordering') {
		return { items: question.items };
	}
	return question.type === 'matching'
		? { meanings: question.meanings, answer: question.answer }
		: {};
}

describe('newTeacherQuestion', () => {
	it.each(QUESTION_TYPES.map((type) => [type]))(
		'gives an empty %s draft on the reading that the check says to fill in',
		(type) => {
			const draft: TeacherQuestion = newTeacherQuestion(type, TEACHER_READING_ID);
			expect(draft).toMatchObject({
				type,
				readingId: TEACHER_READING_ID,
				origin: { kind: 'added' }
			});
			const result = checkTeacherQuestion(draft, reading);
			expect(result.question).toBeNull();
			expect(result.problems.map((p) => p.field)).toContain('prompt');
		}
	);

	it('takes the first t-new id the lesson does not use yet', () => {
		expect(newTeacherQuestion('ordering', TEACHER_READING_ID, ['t-new-1', 't-new-2']).id).toBe(
			't-new-3'
		);
	});
});
