/**
 * One SCORM interaction per lesson question, so the LMS's report shows what each student answered:
 * the question's type mapped to SCORM's interaction types where one fits, the learner's response
 * and the correct one written in that version's format, and the result of the first try (the one
 * the lesson scores).
 */
import type { Question, TruthVerdict } from '../../content/model';
import { verdictIndex } from '../../quiz/choice-marks';
import type { Response } from '../../quiz/response';

export type ScormVersion = 'scorm12' | 'scorm2004';

export const SCORM_VERSIONS: readonly ScormVersion[] = ['scorm12', 'scorm2004'];

export interface Interaction {
	id: string;
	type: string;
	/** Absent when the format cannot hold the answer (never in practice: long text is cut). */
	learnerResponse: string;
	result: string;
	/** Absent when the version's format cannot express it. */
	correctResponse?: string;
	/** SCORM 2004 only: the question's prompt, cut to fit. */
	description?: string;
}

/** 1.2 caps CMIFeedback at 255 characters; 2004 caps learner responses at 4,000 (SPM). */
const LIMITS = { scorm12: 255, scorm2004: 4000 } as const;
/** 2004's fill-in responses are localized strings of at most 250 characters each (SPM). */
const FILL_IN_PART = 250;

/** Choices as SCORM 1.2 wants them: one character each, a to z. */
function letter(index: number): string {
	return String.fromCharCode(97 + (index % 26));
}

/** Reserved delimiters of 2004's formats can't appear in a response part; they become spaces. */
function plain(text: string, max: number): string {
	return text
		.replace(/\[[,.:]\]/g, ' ')
		.replace(/^\{/, '(')
		.slice(0, max);
}

function list(version: ScormVersion, parts: string[]): string {
	return parts.join(version === 'scorm12' ? ',' : '[,]');
}

function pair(version: ScormVersion, left: string, right: string): string {
	return version === 'scorm12' ? `${left}.${right}` : `${left}[.]${right}`;
}

/** The SCORM interaction type for a question type, per version. */
export function interactionType(question: Question, version: ScormVersion): string {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-select':
		case 'true-false-not-stated':
			return 'choice';
		case 'short-answer':
		case 'fill-blanks':
			return 'fill-in';
		case 'ordering':
			return 'sequencing';
		case 'matching':
			return 'matching';
		case 'evidence':
			// Picking a sentence in the passage: 1.2 has no closer type than a performance.
			return version === 'scorm12' ? 'performance' : 'other';
	}
}

/** Options picked, by letter: one index, several in ascending order, or a verdict by its place. */
function optionLetters(version: ScormVersion, picked: number | readonly number[] | TruthVerdict) {
	const indexes =
		typeof picked === 'string'
			? [verdictIndex(picked)]
			: typeof picked === 'number'
				? [picked]
				: [...picked].sort((a, b) => a - b);
	return list(version, indexes.map(letter));
}

/** The learner's response in the version's format for the question's interaction type. */
export function learnerResponse(
	question: Question,
	response: Response,
	version: ScormVersion
): string {
	const cut = (text: string) => plain(text, LIMITS[version]);
	switch (response.type) {
		case 'single-choice':
			return optionLetters(version, response.choice);
		case 'multiple-select':
			return optionLetters(version, response.choices);
		case 'true-false-not-stated':
			return optionLetters(version, response.verdict);
		case 'short-answer':
			return version === 'scorm12' ? cut(response.text) : plain(response.text, FILL_IN_PART);
		case 'fill-blanks':
			return version === 'scorm12'
				? cut(response.blanks.join(', '))
				: list(
						version,
						response.blanks.map((blank) => plain(blank, FILL_IN_PART))
					).slice(0, LIMITS.scorm2004);
		case 'ordering': {
			// Each item by the letter of its place in the question's right order.
			const items = question.type === 'ordering' ? question.items : [];
			const answer = question.type === 'ordering' ? question.answer : [];
			return list(
				version,
				response.order.map((index) => letter(answer.indexOf(items[index] ?? '')))
			);
		}
		case 'matching':
			return list(
				version,
				response.meanings.flatMap((meaning, term) =>
					meaning === null ? [] : [pair(version, String(term + 1), letter(meaning))]
				)
			);
		case 'evidence':
			return cut(response.sentence);
	}
}

/** The correct response where the version's format can state it. */
export function correctResponse(question: Question, version: ScormVersion): string | undefined {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-select':
		case 'true-false-not-stated':
			return optionLetters(version, question.answer);
		case 'short-answer':
			return version === 'scorm12'
				? plain(question.answer, LIMITS.scorm12)
				: `{case_matters=false}${plain(question.answer, FILL_IN_PART)}`;
		case 'fill-blanks': {
			const expected = question.answer.map((accepted) => accepted[0] ?? '');
			return version === 'scorm12'
				? plain(expected.join(', '), LIMITS.scorm12)
				: `{case_matters=false}${list(
						version,
						expected.map((part) => plain(part, FILL_IN_PART))
					)}`;
		}
		case 'ordering':
			return list(
				version,
				question.answer.map((_, place) => letter(place))
			);
		case 'matching':
			return list(
				version,
				question.answer.map((meaning, term) => pair(version, String(term + 1), letter(meaning)))
			);
		case 'evidence':
			// A performance pattern in 1.2 is 255 characters: a cut sentence would mislead.
			return version === 'scorm12' && question.answer.length > LIMITS.scorm12
				? undefined
				: plain(question.answer, LIMITS[version]);
	}
}

/** The interaction a question's first try makes. */
export function toInteraction(
	question: Question,
	first: { response: Response; correct: boolean; score: number },
	version: ScormVersion
): Interaction {
	const correct = correctResponse(question, version);
	return {
		id: question.id,
		type: interactionType(question, version),
		learnerResponse: learnerResponse(question, first.response, version),
		result: first.correct ? 'correct' : version === 'scorm12' ? 'wrong' : 'incorrect',
		...(correct === undefined ? {} : { correctResponse: correct }),
		...(version === 'scorm2004' ? { description: question.prompt.slice(0, 250) } : {})
	};
}
