/**
 * Moodle XML (import as "Moodle XML format"). HTML parts (question text, choices, feedback) are
 * CDATA; text Moodle keeps as typed (short answers, matching meanings, word-bank words) is plain
 * escaped XML. Each reading's questions go in the category `$course$/Close Read/<reading title>`,
 * each question carries its id as name and ID number, and its explanation as general feedback.
 */
import { describeOrigin } from '../teacher-question';
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { VERDICTS } from '../../quiz/choice-marks';
import { choiceCredits, percent } from './credit';
import { escapeHtml, explanationHtml, questionHtml } from './question-html';
import { categoryRuns } from './question-context';
import { writeEach, type SkippedQuestion, type WrittenOr } from './selection';
import { typedForms } from './typed-forms';
import { cdata, el, writeXml, type XmlElement } from './xml-tree';

export interface MoodleXmlExport {
	text: string;
	skipped: SkippedQuestion[];
	/** Exported questions that Moodle grades more strictly than the app (typed answers). */
	differences: SkippedQuestion[];
}

type FillBlanks = Extract<CanonicalQuestion, { type: 'fill-blanks' }>;
type Written = WrittenOr<{ question: XmlElement }>;

export function toMoodleXml(bank: CanonicalBank, questionIds?: readonly string[]): MoodleXmlExport {
	const { written, skipped, differences } = writeEach(bank, questionIds, (question) =>
		moodleQuestion(bank, question)
	);
	const questions = categoryRuns(bank, written).flatMap(({ path, outputs }) => [
		el('question', { type: 'category' }, el('category', {}, el('text', {}, path))),
		...outputs.map((output) => output.question)
	]);
	return { text: writeXml(el('quiz', {}, questions)), skipped, differences };
}

function htmlText(name: string, html: string, attributes: Record<string, string> = {}) {
	return el(name, { format: 'html', ...attributes }, el('text', {}, cdata(html)));
}

/** The parts every question type shares, then the type's own. */
function common(
	type: string,
	bank: CanonicalBank,
	question: CanonicalQuestion,
	questionText: string,
	...rest: XmlElement[]
): { question: XmlElement } {
	return {
		question: el(
			'question',
			{ type },
			el('name', {}, el('text', {}, question.id)),
			htmlText('questiontext', questionText),
			htmlText('generalfeedback', explanationHtml(question)),
			el('defaultgrade', {}, '1'),
			el('penalty', {}, '0.3333333'),
			el('hidden', {}, '0'),
			el('idnumber', {}, question.id),
			...rest,
			el(
				'tags',
				{},
				[
					question.skill,
					`difficulty-${question.difficulty}`,
					...(question.origin ? [`teacher question, ${describeOrigin(question.origin)}`] : [])
				].map((tag) => el('tag', {}, el('text', {}, tag)))
			)
		)
	};
}

function answer(fraction: string, text: XmlElement['children'][number], format = 'html') {
	return el(
		'answer',
		{ fraction, format },
		el('text', {}, text),
		el('feedback', { format: 'html' }, el('text', {}))
	);
}

/** A multichoice question; `single` false lets the student tick several, each with its share. */
function multichoice(
	bank: CanonicalBank,
	question: CanonicalQuestion,
	single: boolean,
	options: { text: string; fraction: string }[]
) {
	return common(
		'multichoice',
		bank,
		question,
		questionHtml(bank, question),
		el('single', {}, String(single)),
		// The choices are written in a deliberate order (the app shows them so), never shuffled.
		el('shuffleanswers', {}, 'false'),
		el('answernumbering', {}, 'abc'),
		...options.map(({ text, fraction }) => answer(fraction, cdata(escapeHtml(text))))
	);
}

function moodleQuestion(bank: CanonicalBank, question: CanonicalQuestion): Written {
	switch (question.type) {
		case 'single-choice':
			return multichoice(
				bank,
				question,
				true,
				question.choices.map((text, index) => ({
					text,
					fraction: index === question.answer ? '100' : '0'
				}))
			);
		case 'multiple-select': {
			if (question.answer.length === 0) {
				return { reason: 'it has no correct choice, which Moodle cannot grade.' };
			}
			const credits = choiceCredits(question);
			return multichoice(
				bank,
				question,
				false,
				question.choices.map((text, index) => ({ text, fraction: percent(credits[index] ?? 0) }))
			);
		}
		case 'true-false-not-stated':
			// Moodle's truefalse type has two answers; the third verdict needs a multichoice.
			return multichoice(
				bank,
				question,
				true,
				VERDICTS.map(({ value, label }) => ({
					text: label,
					fraction: value === question.answer ? '100' : '0'
				}))
			);
		case 'short-answer':
			return shortAnswer(bank, question, questionHtml(bank, question), question.accepted);
		case 'matching': {
			const used = new Set(question.answer);
			const pairs = [
				...question.terms.map((term, index) => ({
					term: escapeHtml(term),
					meaning: question.meanings[question.answer[index] ?? -1] ?? ''
				})),
				// A meaning no term takes is a distractor: Moodle writes it with an empty term.
				...question.meanings
					.filter((_, index) => !used.has(index))
					.map((meaning) => ({ term: '', meaning }))
			];
			return common(
				'matching',
				bank,
				question,
				questionHtml(bank, question),
				el('shuffleanswers', {}, 'true'),
				...pairs.map(({ term, meaning }) =>
					el(
						'subquestion',
						{ format: 'html' },
						el('text', {}, cdata(term)),
						el('answer', {}, el('text', {}, meaning))
					)
				)
			);
		}
		case 'fill-blanks':
			return question.bank === null ? typedGap(bank, question) : gapSelect(bank, question);
		case 'ordering':
			return {
				reason:
					'Moodle\'s "ordering" type ships only with Moodle 4.4 and later (a plugin before), and one question of an unknown type stops the whole import on older sites.'
			};
		case 'evidence':
			return {
				reason: 'Moodle has no question type that makes the sentences of a passage clickable.'
			};
	}
}

function shortAnswer(
	bank: CanonicalBank,
	question: CanonicalQuestion,
	questionText: string,
	accepted: string[]
) {
	return common(
		'shortanswer',
		bank,
		question,
		questionText,
		el('usecase', {}, '0'),
		// "*" is Moodle's wildcard in short answers; an accepted form means it literally.
		...typedForms(accepted).map((form) =>
			answer('100', form.replace(/\*/g, '\\*'), 'moodle_auto_format')
		)
	);
}

/** A typed gap is a short answer with the sentence shown, the gap as a line; only one fits. */
function typedGap(bank: CanonicalBank, question: FillBlanks): Written {
	const [accepted] = question.answer;
	if (question.answer.length !== 1 || !accepted) {
		return {
			reason: `Moodle's short answer holds one typed gap; this sentence has ${question.answer.length} (the QTI export keeps it).`
		};
	}
	const sentence = `<p>${question.segments.map(escapeHtml).join('_____')}</p>`;
	return shortAnswer(bank, question, questionHtml(bank, question, sentence), accepted);
}

/**
 * Word-bank gaps become "select missing words" (gapselect): every gap offers the bank as a
 * drop-down, `[[n]]` naming the bank word that is right there. It credits one word per gap.
 */
function gapSelect(bank: CanonicalBank, question: FillBlanks): Written {
	const words = question.bank ?? [];
	const gaps: number[] = [];
	for (const accepted of question.answer) {
		const inBank = accepted.filter((word) => words.includes(word));
		if (inBank.length !== 1) {
			return {
				reason:
					inBank.length === 0
						? "a gap's answer is missing from its word bank."
						: 'a gap accepts two words of its bank, and Moodle credits one word per gap.'
			};
		}
		gaps.push(words.indexOf(inBank[0] ?? '') + 1);
	}
	// The passage and prompt share the question text with the gaps, so none of it may look like one.
	const written = [questionHtml(bank, question), ...question.segments].join(' ');
	if (written.includes('[[')) {
		return { reason: 'its text contains "[[", which Moodle would read as a gap.' };
	}
	const sentence = question.segments
		.map(
			(segment, index) => escapeHtml(segment) + (index < gaps.length ? `[[${gaps[index]}]]` : '')
		)
		.join('');
	return common(
		'gapselect',
		bank,
		question,
		questionHtml(bank, question, `<p>${sentence}</p>`),
		el('shuffleanswers', {}, '0'),
		...words.map((word) => el('selectoption', {}, el('text', {}, word), el('group', {}, '1')))
	);
}
