import { describe, expect, it } from 'vitest';
import {
	fillBlanks,
	matching,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../test-data/questions';
import { readContentFiles } from '../../../scripts/content-files';
import { glossaryToMark, isSettled } from './glossary-hold';
import { termsTestedBy, testedTerms } from './glossary-tests';
import { loadBank } from '$lib/server/load';
import type { GlossaryTerm, Question } from './model';

const glossary = [
	{ term: 'de-escalation', forms: ['de-escalation'] },
	{ term: 'sanctions', forms: ['sanctions', 'sanction'] },
	{ term: 'negotiating table', forms: ['negotiating table'] },
	{ term: 'reportedly', forms: ['reportedly'] },
	{ term: 'invasion', forms: ['invasion'] }
];
const vocabulary = { skill: 'vocabulary' as const };

describe('testedTerms', () => {
	it('finds the word a vocabulary short answer asks for in its accepted answers', () => {
		const question = shortAnswer({
			...vocabulary,
			prompt: 'Which word names a lowering of the fighting?',
			accepted: ['de-escalation', 'deescalation']
		});
		expect(testedTerms(question, glossary)).toEqual(['de-escalation']);
	});

	it('finds the word a vocabulary question names in its prompt, in any of its forms', () => {
		const question = singleChoice({
			...vocabulary,
			prompt: 'What does "sanction" mean here?',
			choices: ['a penalty', 'a permission'],
			answer: 0
		});
		expect(testedTerms(question, glossary)).toEqual(['sanctions']);
	});

	it('finds the words of a vocabulary gap, a right choice and a matching', () => {
		expect(
			testedTerms(fillBlanks({ ...vocabulary, answer: [['invasion'], ['talks']] }), glossary)
		).toEqual(['invasion']);
		expect(
			testedTerms(
				singleChoice({ ...vocabulary, prompt: 'Which word fits?', choices: ['peace', 'invasion'] }),
				glossary
			)
		).toEqual(['invasion']);
		expect(testedTerms(matching(), glossary)).toEqual(['de-escalation', 'sanctions']);
	});

	it('leaves out the words of wrong choices, which test nothing', () => {
		const question = singleChoice({
			...vocabulary,
			prompt: 'Which word means a step down in fighting?',
			choices: ['de-escalation', 'invasion'],
			answer: 0
		});
		expect(testedTerms(question, glossary)).toEqual(['de-escalation']);
	});

	it('finds a word another kind of question quotes on its own in the prompt', () => {
		const question = singleChoice({
			skill: 'claims-evidence',
			prompt: 'The speaker says the leaders are ‘reportedly’ back. What does the word tell you?'
		});
		expect(testedTerms(question, glossary)).toEqual(['reportedly']);
	});

	it('does not hold the words of a longer quote or of the rest of another kind of question', () => {
		const question = trueFalseNotStated({
			prompt: 'The speaker says "the leaders are back at the negotiating table" after the invasion.'
		});
		expect(testedTerms(question, glossary)).toEqual([]);
		expect(testedTerms(ordering(), glossary)).toEqual([]);
	});
});

describe('isSettled', () => {
	const right = { correct: true };
	const wrong = { correct: false };

	it('settles a question answered right, when the student is told', () => {
		expect(isSettled([wrong, right], { reveal: true })).toBe(true);
		expect(isSettled([wrong, wrong], { reveal: true })).toBe(false);
		expect(isSettled([], { reveal: true })).toBe(false);
	});

	it('settles a question whose tries are used up, right or wrong', () => {
		expect(isSettled([wrong, wrong], { reveal: true, maxAttempts: 2 })).toBe(true);
		expect(isSettled([wrong], { reveal: true, maxAttempts: 2 })).toBe(false);
		expect(isSettled([], { reveal: false, maxAttempts: 0 })).toBe(true);
	});

	it('does not settle a right answer the student was not told about, which would tell them', () => {
		expect(isSettled([right], { reveal: false, maxAttempts: 3 })).toBe(false);
		expect(isSettled([right], { reveal: false })).toBe(false);
	});
});

describe('glossaryToMark', () => {
	const question = shortAnswer({ ...vocabulary, accepted: ['de-escalation', 'deescalation'] });

	it('holds back the word an unsettled question tests and marks the rest', () => {
		const tested = termsTestedBy([question], glossary);
		expect(tested).toEqual({ [question.id]: ['de-escalation'] });
		expect(
			glossaryToMark(glossary, [question], () => false, tested).map(({ term }) => term)
		).toEqual(['sanctions', 'negotiating table', 'reportedly', 'invasion']);
	});

	it('marks every word once the question is settled', () => {
		const tested = termsTestedBy([question], glossary);
		expect(glossaryToMark(glossary, [question], () => true, tested)).toEqual(glossary);
	});
});

describe('the real bank, before any answer', () => {
	const { bank } = loadBank(readContentFiles());
	const keyOf = (question: Question): string[] => {
		switch (question.type) {
			case 'short-answer':
				return question.accepted;
			case 'fill-blanks':
				return question.answer.flat();
			case 'matching':
				return question.terms;
			case 'single-choice':
				return [question.choices[question.answer] ?? ''];
			default:
				return [];
		}
	};
	const contains = (text: string, words: string) =>
		` ${text.toLowerCase()} `.includes(` ${words.toLowerCase()} `);

	for (const reading of bank.readings) {
		const questions = bank.questions.filter((question) => question.readingId === reading.id);
		const readingGlossary = bank.glossary.filter((term) => term.readingId === reading.id);
		const marked: GlossaryTerm[] = glossaryToMark(
			readingGlossary,
			questions,
			() => false,
			termsTestedBy(questions, readingGlossary)
		);
		const vocabularyQuestions = questions.filter((question) => question.skill === 'vocabulary');
		if (vocabularyQuestions.length === 0) {
			continue;
		}

		it(`${reading.id}: marks no word a vocabulary question asks for or about`, () => {
			expect(vocabularyQuestions.length).toBeGreaterThan(0);
			for (const question of vocabularyQuestions) {
				for (const term of marked) {
					for (const form of term.forms) {
						for (const key of keyOf(question)) {
							expect(contains(key, form), `${question.id}: ${form} in "${key}"`).toBe(false);
						}
						expect(
							question.prompt.toLowerCase().includes(form.toLowerCase()),
							`${question.id}: ${form} in the prompt`
						).toBe(false);
					}
				}
			}
		});
	}
});
