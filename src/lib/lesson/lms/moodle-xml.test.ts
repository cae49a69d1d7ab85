import { typedForms } from './typed-forms';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import { canonicalExport, type CanonicalQuestion } from '../../server/canonical';
import { loadBank } from '../../server/load';
import * as quiz from '../../../test-data/questions';
import {
	everyTypeBank,
	fixtureBank,
	specialCharacterBank,
	SPECIAL
} from '../../../test-data/lms-banks';
import { toMoodleXml } from './moodle-xml';
import { escapeHtml } from './question-html';
import { findAll, findOne, readXml, textOf, wellFormed, type ReadElement } from './read-xml';

const real = canonicalExport(loadBank(readContentFiles()).bank, 'putin-macron-talks');

/** The questions Moodle XML leaves out, by the rules in the README's teacher section. */
function inexpressible(question: CanonicalQuestion): boolean {
	return (
		question.type === 'ordering' ||
		question.type === 'evidence' ||
		(question.type === 'fill-blanks' && question.bank === null && question.answer.length > 1)
	);
}

function questionsOf(xml: string): ReadElement[] {
	expect(wellFormed(xml)).toBe(true);
	const quiz = readXml(xml);
	expect(quiz.name).toBe('quiz');
	return findAll(quiz, 'question').filter((question) => question.attributes.type !== 'category');
}

const text = (element: ReadElement, name: string) =>
	textOf(findOne(findOne(element, name), 'text'));
const answers = (question: ReadElement) => findAll(question, 'answer');

/** What the written question holds right, in the bank's terms. */
function rightAnswers(written: ReadElement): unknown {
	switch (written.attributes.type) {
		case 'multichoice':
			return answers(written).flatMap((answer, index) =>
				Number(answer.attributes.fraction) > 0 ? [index] : []
			);
		case 'shortanswer':
			return answers(written).map((answer) => textOf(findOne(answer, 'text')));
		case 'matching':
			return findAll(written, 'subquestion').map((sub) => [
				textOf(findOne(sub, 'text')),
				textOf(findOne(findOne(sub, 'answer'), 'text'))
			]);
		case 'gapselect': {
			const options = findAll(written, 'selectoption').map((option) =>
				textOf(findOne(option, 'text'))
			);
			const gaps = [...text(written, 'questiontext').matchAll(/\[\[(\d+)\]\]/g)];
			return gaps.map((gap) => options[Number(gap[1]) - 1]);
		}
		default:
			return null;
	}
}

function expectedAnswers(question: CanonicalQuestion): unknown {
	switch (question.type) {
		case 'single-choice':
			return [question.answer];
		case 'multiple-select':
			return question.answer;
		case 'true-false-not-stated':
			return [['true', 'false', 'not-stated'].indexOf(question.answer)];
		case 'short-answer':
			// With the variants the app accepts too (trimmed, hyphen and space forms, numbers).
			return typedForms(question.accepted);
		case 'matching':
			return [
				...question.terms.map((term, index) => [
					escapeHtml(term),
					question.meanings[question.answer[index] ?? -1]
				]),
				// A spare meaning, which no term takes, is written as a pair with an empty term.
				...question.meanings
					.filter((_, index) => !question.answer.includes(index))
					.map((meaning) => ['', meaning])
			];
		case 'fill-blanks':
			return question.bank === null
				? typedForms(question.answer[0] ?? [])
				: question.answer.map(([word]) => word);
		default:
			return undefined;
	}
}

describe('the Moodle XML export', () => {
	it('exports every question of the real bank Moodle can take and lists each of the rest', () => {
		const { text: xml, skipped } = toMoodleXml(real);
		const written = questionsOf(xml);
		expect(skipped.map(({ id, type }) => ({ id, type }))).toEqual(
			real.questions.filter(inexpressible).map(({ id, type }) => ({ id, type }))
		);
		expect(skipped.every(({ reason }) => reason.length > 10)).toBe(true);
		expect(written).toHaveLength(real.questions.length - skipped.length);
		expect(written.map((question) => text(question, 'name'))).toEqual(
			real.questions.filter((question) => !inexpressible(question)).map(({ id }) => id)
		);
	});

	it('marks as right exactly the answers the bank marks right, for every type it exports', () => {
		for (const bank of [real, everyTypeBank()]) {
			const written = new Map(
				questionsOf(toMoodleXml(bank).text).map((question) => [text(question, 'name'), question])
			);
			for (const question of bank.questions.filter((candidate) => !inexpressible(candidate))) {
				const found = written.get(question.id);
				expect(found, question.id).toBeDefined();
				expect(rightAnswers(found!), question.id).toEqual(expectedAnswers(question));
			}
		}
	});

	it('uses the Moodle question type each bank type maps to', () => {
		const types = questionsOf(toMoodleXml(everyTypeBank()).text).map((question) => [
			text(question, 'name'),
			question.attributes.type
		]);
		expect(types).toEqual([
			['who-is-talking', 'multichoice'],
			['three-years-silent', 'multichoice'],
			['ripple-effects', 'multichoice'],
			['how-long-silent', 'shortanswer'],
			['one-gap-from-a-bank', 'gapselect'],
			['one-typed-gap', 'shortanswer'],
			['two-gaps-from-a-bank', 'gapselect'],
			['talks-vocabulary', 'matching']
		]);
	});

	it('lets a multiple-select tick several, a right pick earning its share and a wrong one costing it', () => {
		const multiple = questionsOf(toMoodleXml(everyTypeBank()).text)[2]!;
		expect(text(multiple, 'name')).toBe('ripple-effects');
		expect(textOf(findOne(multiple, 'single'))).toBe('false');
		expect(answers(multiple).map((answer) => answer.attributes.fraction)).toEqual([
			'50',
			'-50',
			'50',
			'-50'
		]);
	});

	it('gives thirds as Moodle writes them when three choices are right', () => {
		const bank = fixtureBank([
			quiz.multipleSelect({ choices: ['a', 'b', 'c', 'd'], answer: [0, 1, 3] })
		]);
		const [written] = questionsOf(toMoodleXml(bank).text);
		expect(answers(written!).map((answer) => answer.attributes.fraction)).toEqual([
			'33.33333',
			'33.33333',
			'-33.33333',
			'33.33333'
		]);
	});

	it('offers True, False and Not stated for a verdict, and matches case-insensitively typed answers', () => {
		const [, verdict, , short] = questionsOf(toMoodleXml(everyTypeBank()).text);
		expect(answers(verdict!).map((answer) => textOf(findOne(answer, 'text')))).toEqual([
			'True',
			'False',
			'Not stated'
		]);
		expect(textOf(findOne(short!, 'usecase'))).toBe('0');
	});

	it('shows the reading and the prompt, with the explanation as general feedback', () => {
		const [first] = questionsOf(toMoodleXml(real).text);
		const question = real.questions[0]!;
		const reading = real.readings.find((candidate) => candidate.id === question.readingId)!;
		expect(text(first!, 'questiontext')).toBe(
			`<p><em>${reading.title}</em></p><p>${reading.text}</p><p><strong>${question.prompt}</strong></p>`
		);
		expect(findOne(first!, 'questiontext').attributes.format).toBe('html');
		expect(text(first!, 'generalfeedback')).toBe(`<p>${question.explanation}</p>`);
		expect(textOf(findOne(first!, 'idnumber'))).toBe(question.id);
	});

	it('files the questions of each reading under its own category', () => {
		const categories = findAll(readXml(toMoodleXml(real).text), 'question')
			.filter((question) => question.attributes.type === 'category')
			.map((question) => text(question, 'category'));
		expect(categories).toEqual([
			...real.readings.map((reading) => `$course$/Close Read/${reading.title}`),
			'$course$/Close Read/Whole-article check'
		]);
	});

	it('keeps every special character, in CDATA and in escaped text alike', () => {
		const bank = specialCharacterBank();
		const { text: xml, skipped } = toMoodleXml(bank);
		expect(skipped).toEqual([]);
		const written = new Map(questionsOf(xml).map((question) => [text(question, 'name'), question]));
		expect(written.size).toBe(bank.questions.length);
		for (const question of written.values()) {
			expect(text(question, 'questiontext')).toContain(
				`<strong>Prompt ${escapeHtml(SPECIAL)}</strong>`
			);
			expect(text(question, 'generalfeedback')).toBe(`<p>Because ${escapeHtml(SPECIAL)}</p>`);
		}
		expect((rightAnswers(written.get('tricky-short')!) as string[]).slice(0, 2)).toEqual([
			`typed ${SPECIAL.replace('*', '\\*')}`,
			'plain'
		]);
		expect(rightAnswers(written.get('tricky-matching')!)).toEqual([
			[`t1 ${escapeHtml(SPECIAL)}`, 'm2 " \' ]]> % *'],
			[`t2 ${escapeHtml(SPECIAL)}`, 'm1 ~ = # { } : & < >']
		]);
		expect(text(written.get('tricky-gap')!, 'questiontext')).toContain(
			'<p>Before ~ = # { } : &amp; &lt; &gt; _____ after ]]&gt; %.</p>'
		);
		const category = findAll(readXml(xml), 'question').find(
			(question) => question.attributes.type === 'category'
		);
		// "/" separates category levels, so the one in the title is doubled.
		expect(text(category!, 'category')).toBe(`$course$/Close Read/A // reading ${SPECIAL}`);
	});

	it('leaves out a typed fill-in with several gaps, saying why', () => {
		const bank = everyTypeBank();
		const { skipped } = toMoodleXml(bank, [
			'back-at-the-table-gaps',
			'driving-factors',
			'talks-not-confirmed'
		]);
		expect(skipped).toEqual([
			{ id: 'back-at-the-table-gaps', type: 'fill-blanks', reason: expect.stringContaining('2') },
			{ id: 'driving-factors', type: 'ordering', reason: expect.stringContaining('4.4') },
			{ id: 'talks-not-confirmed', type: 'evidence', reason: expect.any(String) }
		]);
	});

	it('leaves out a word-bank fill-in whose text holds "[[", which Moodle would read as a gap', () => {
		const bank = fixtureBank([
			quiz.fillBlanks({ prompt: 'Fill [[1]] in.', bank: ['Macron', 'negotiating'] })
		]);
		expect(toMoodleXml(bank).skipped).toEqual([
			{ id: 'back-at-the-table-gaps', type: 'fill-blanks', reason: expect.stringContaining('[[') }
		]);
	});

	it('exports only the questions asked for, in the order asked', () => {
		const ids = [
			'a-glimmer-of-hope-main-point',
			'back-at-the-table-order',
			'back-at-the-table-de-escalation'
		];
		const { text: xml, skipped } = toMoodleXml(real, ids);
		expect(questionsOf(xml).map((question) => text(question, 'name'))).toEqual([ids[0], ids[2]]);
		expect(skipped.map(({ id }) => id)).toEqual([ids[1]]);
	});
});
