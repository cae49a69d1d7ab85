import { typedForms } from './typed-forms';
import { parse, type GIFTQuestion, type TextChoice } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import type { CanonicalQuestion } from '../../server/canonical';
import { canonicalExport } from '../../server/canonical';
import { loadBank } from '../../server/load';
import { everyTypeBank, specialCharacterBank, SPECIAL } from '../../../test-data/lms-banks';
import { toGift } from './gift';

const real = canonicalExport(loadBank(readContentFiles()).bank, 'putin-macron-talks');

/** The questions GIFT has no form for, by the rules in the README's teacher section. */
function inexpressible(question: CanonicalQuestion): boolean {
	return (
		question.type === 'ordering' ||
		question.type === 'evidence' ||
		(question.type === 'fill-blanks' && question.answer.length > 1)
	);
}

function questionsOf(text: string) {
	return parse(text).filter((question) => question.type !== 'Category');
}

function unescapeHtml(text: string): string {
	return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function texts(choices: TextChoice[]): string[] {
	return choices.map((choice) => unescapeHtml(choice.text.text));
}

/** What the parsed question says is right, in the bank's own terms, or null if it cannot say. */
function rightAnswers(parsed: GIFTQuestion): unknown {
	switch (parsed.type) {
		case 'MC':
			return parsed.choices.flatMap((choice, index) =>
				choice.isCorrect || (choice.weight ?? 0) > 0 ? [index] : []
			);
		case 'Short':
			return texts(parsed.choices);
		case 'Matching':
			return parsed.matchPairs.map((pair) => [unescapeHtml(pair.subquestion.text), pair.subanswer]);
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
					term,
					question.meanings[question.answer[index] ?? -1]
				]),
				// A spare meaning, which no term takes, is written as a pair with no term.
				...question.meanings
					.filter((_, index) => !question.answer.includes(index))
					.map((meaning) => ['', meaning])
			];
		case 'fill-blanks':
			return question.bank === null
				? typedForms(question.answer[0] ?? [])
				: question.bank.flatMap((word, index) =>
						question.answer[0]?.includes(word) ? [index] : []
					);
		default:
			return undefined;
	}
}

describe('the GIFT export', () => {
	it('exports every question of the real bank GIFT can express and lists each of the rest', () => {
		const { text, skipped } = toGift(real);
		const parsed = questionsOf(text);
		const expectedSkipped = real.questions.filter(inexpressible);
		expect(skipped.map(({ id, type }) => ({ id, type }))).toEqual(
			expectedSkipped.map(({ id, type }) => ({ id, type }))
		);
		expect(skipped.every(({ reason }) => reason.length > 10)).toBe(true);
		expect(parsed).toHaveLength(real.questions.length - skipped.length);
		expect(parsed.map((question) => question.title)).toEqual(
			real.questions.filter((question) => !inexpressible(question)).map((question) => question.id)
		);
	});

	it('marks as right exactly the answers the bank marks right, for every type it exports', () => {
		for (const bank of [real, everyTypeBank()]) {
			const parsed = new Map(
				questionsOf(toGift(bank).text).map((question) => [question.title, question])
			);
			for (const question of bank.questions.filter((candidate) => !inexpressible(candidate))) {
				const written = parsed.get(question.id);
				expect(written, question.id).toBeDefined();
				expect(rightAnswers(written!), question.id).toEqual(expectedAnswers(question));
			}
		}
	});

	it('writes the choices in the bank’s order and True, False, Not stated for a verdict', () => {
		const parsed = questionsOf(toGift(everyTypeBank()).text);
		const [single, verdict] = parsed;
		const bank = everyTypeBank().questions;
		expect(single?.type === 'MC' && texts(single.choices)).toEqual(
			bank[0]?.type === 'single-choice' && bank[0].choices
		);
		expect(verdict?.type === 'MC' && texts(verdict.choices)).toEqual([
			'True',
			'False',
			'Not stated'
		]);
	});

	it('gives each right pick of a multiple-select its share and takes a share for each wrong one', () => {
		const question = toGift(everyTypeBank()).text;
		const multiple = questionsOf(question).find((parsed) => parsed.title === 'ripple-effects');
		expect(multiple?.type === 'MC' && multiple.choices.map((choice) => choice.weight)).toEqual([
			50, -50, 50, -50
		]);
	});

	it('turns a one-gap fill-in into a missing-word question with the gap inside the sentence', () => {
		const parsed = questionsOf(toGift(everyTypeBank()).text);
		const typed = parsed.find((question) => question.title === 'one-typed-gap');
		expect(typed?.type).toBe('Short');
		expect(typed?.hasEmbeddedAnswers).toBe(true);
		expect(typed?.type === 'Short' && typed.stem.text).toContain(
			'<p>They are back at the _____ table.</p>'
		);
		const fromBank = parsed.find((question) => question.title === 'one-gap-from-a-bank');
		expect(fromBank?.type === 'MC' && texts(fromBank.choices)).toEqual([
			'Macron',
			'Scholz',
			'dinner'
		]);
	});

	it('shows the reading, then the prompt, with the explanation as general feedback', () => {
		const [first] = questionsOf(toGift(real).text);
		const question = real.questions[0]!;
		const reading = real.readings.find((candidate) => candidate.id === question.readingId)!;
		expect(first?.stem.format).toBe('html');
		expect(first?.stem.text).toBe(
			`<p><em>${reading.title}</em></p><p>${reading.text}</p><p><strong>${question.prompt}</strong></p>`
		);
		expect(first?.type === 'MC' && first.globalFeedback?.text).toBe(question.explanation);
	});

	it('files the questions of each reading under its own category', () => {
		const categories = parse(toGift(real).text)
			.filter((question) => question.type === 'Category')
			.map((question) => question.title);
		expect(categories).toEqual([
			...real.readings.map((reading) => `$course$/Close Read/${reading.title}`),
			'$course$/Close Read/Whole-article check'
		]);
	});

	it('brings every special character back unchanged through a GIFT parser', () => {
		const bank = specialCharacterBank();
		const { text, skipped } = toGift(bank);
		expect(skipped).toEqual([]);
		const parsed = questionsOf(text);
		expect(parsed).toHaveLength(bank.questions.length);
		for (const written of parsed) {
			expect(unescapeHtml(written.stem.text)).toContain(`Prompt ${SPECIAL}`);
			expect('globalFeedback' in written && unescapeHtml(written.globalFeedback?.text ?? '')).toBe(
				`Because ${SPECIAL}`
			);
		}
		const byId = new Map(parsed.map((question) => [question.title, question]));
		const single = byId.get('tricky-single');
		expect(single?.type === 'MC' && texts(single.choices)).toEqual([
			`right ${SPECIAL}`,
			`wrong ${SPECIAL}`
		]);
		// Short answers stay as typed, "*" escaped so Moodle does not read it as a wildcard.
		const short = byId.get('tricky-short');
		expect(short?.type === 'Short' && texts(short.choices).slice(0, 2)).toEqual([
			`typed ${SPECIAL.replace('*', '\\*')}`,
			'plain'
		]);
		// gift-pegjs leaves its escape placeholders (&&061; for "=") in a matching answer, where
		// Moodle's importer turns them back into the characters; do the same here.
		const placeholders: Record<string, string> = {
			'058': ':',
			'035': '#',
			'061': '=',
			'123': '{',
			'125': '}',
			'126': '~'
		};
		const matching = byId.get('tricky-matching');
		expect(
			matching?.type === 'Matching' &&
				matching.matchPairs.map((pair) => [
					unescapeHtml(pair.subquestion.text),
					pair.subanswer.replace(/&&(\d{3});/g, (_, code: string) => placeholders[code] ?? '')
				])
		).toEqual([
			[`t1 ${SPECIAL}`, 'm2 " \' ]]> % *'],
			[`t2 ${SPECIAL}`, 'm1 ~ = # { } : & < >']
		]);
		const gap = byId.get('tricky-gap');
		expect(gap?.type === 'Short' && texts(gap.choices)).toEqual(['gap & <word>']);
		expect(unescapeHtml(gap?.stem.text ?? '')).toContain(
			'<p>Before ~ = # { } : & < > _____ after ]]> %.</p>'
		);
	});

	it('exports only the questions asked for, in the order asked', () => {
		const ids = [
			'back-at-the-table-de-escalation',
			'back-at-the-table-order',
			'a-glimmer-of-hope-main-point'
		];
		const { text, skipped } = toGift(real, ids);
		expect(questionsOf(text).map((question) => question.title)).toEqual([ids[0], ids[2]]);
		expect(skipped.map(({ id }) => id)).toEqual([ids[1]]);
	});

	it('refuses a question id the bank does not have, naming it', () => {
		expect(() => toGift(real, ['no-such-question'])).toThrow('"no-such-question"');
	});

	it('leaves out a short answer whose only form GIFT would read as true or false', () => {
		const bank = everyTypeBank();
		const lone = { ...bank.questions[3]!, accepted: ['TRUE'] } as CanonicalQuestion;
		const { skipped } = toGift({ ...bank, questions: [lone] });
		expect(skipped).toEqual([
			{ id: lone.id, type: 'short-answer', reason: expect.stringContaining('true/false') }
		]);
	});
});
