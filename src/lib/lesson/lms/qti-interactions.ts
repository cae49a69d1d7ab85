/**
 * What each question type puts in a QTI item: its response declarations, its interaction, and how
 * it is scored. Scoring uses the standard templates: match_correct where the answer is all or
 * nothing, map_response for partial credit; only a sentence with several gaps needs rules of its
 * own (one response per gap, averaged).
 */
import { typedForms } from './typed-forms';
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { VERDICTS } from '../../quiz/choice-marks';
import { choiceCredits } from './credit';
import { sentenceParagraphs } from './question-context';
import { el, type XmlElement, type XmlNode } from './xml-tree';

export type ResponseTemplate = 'match_correct' | 'map_response';

type Of<T extends CanonicalQuestion['type']> = Extract<CanonicalQuestion, { type: T }>;

export interface ItemParts {
	responses: XmlElement[];
	/** What follows the reading in the item body. */
	body: XmlNode[];
	/** A standard template's name, or custom rules. */
	processing: ResponseTemplate | XmlElement[];
	/** False when the interaction shows the reading itself (evidence). */
	showReading?: boolean;
}

export function interactionFor(
	bank: CanonicalBank,
	question: CanonicalQuestion
): ItemParts | { reason: string } {
	switch (question.type) {
		case 'single-choice': {
			const ids = question.choices.map((_, index) => `choice-${index + 1}`);
			return {
				responses: [response('RESPONSE', 'single', 'identifier', [ids[question.answer] ?? ''])],
				body: [choiceInteraction(question, 1, question.choices, ids)],
				processing: 'match_correct'
			};
		}
		case 'multiple-select': {
			if (question.answer.length === 0) {
				return { reason: 'it has no correct choice, which a mapped score cannot grade.' };
			}
			const ids = question.choices.map((_, index) => `choice-${index + 1}`);
			const credits = choiceCredits(question);
			return {
				responses: [
					response(
						'RESPONSE',
						'multiple',
						'identifier',
						question.answer.map((index) => ids[index] ?? ''),
						mapping(ids.map((key, index) => ({ key, value: credits[index] ?? 0 })))
					)
				],
				body: [choiceInteraction(question, 0, question.choices, ids)],
				processing: 'map_response'
			};
		}
		case 'true-false-not-stated':
			return {
				responses: [response('RESPONSE', 'single', 'identifier', [question.answer])],
				body: [
					choiceInteraction(
						question,
						1,
						VERDICTS.map(({ label }) => label),
						VERDICTS.map(({ value }) => value)
					)
				],
				processing: 'match_correct'
			};
		case 'short-answer':
			return {
				responses: [typedResponse('RESPONSE', question.accepted)],
				body: [
					el('p', { class: 'prompt' }, question.prompt),
					el('p', {}, textEntry('RESPONSE', question.accepted))
				],
				processing: 'map_response'
			};
		case 'fill-blanks':
			return fillBlanks(question);
		case 'ordering':
			return ordering(question);
		case 'matching':
			return matching(question);
		case 'evidence':
			return evidence(bank, question);
	}
}

function response(
	identifier: string,
	cardinality: 'single' | 'multiple' | 'ordered',
	baseType: 'identifier' | 'string' | 'directedPair',
	correct: string[],
	mapping?: XmlElement
): XmlElement {
	return el(
		'responseDeclaration',
		{ identifier, cardinality, baseType },
		el(
			'correctResponse',
			{},
			correct.map((value) => el('value', {}, value))
		),
		mapping
	);
}

/** Each entry worth its value; the total kept within 0..1 as the app keeps its scores. */
function mapping(entries: { key: string; value: number }[], caseSensitive?: boolean) {
	return el(
		'mapping',
		{ lowerBound: 0, upperBound: 1, defaultValue: 0 },
		entries.map(({ key, value }) =>
			el('mapEntry', { mapKey: key, mappedValue: value, caseSensitive })
		)
	);
}

function prompt(question: CanonicalQuestion): XmlElement {
	return el('prompt', {}, question.prompt);
}

/** The question's choices to pick from, one (maxChoices 1) or any number of them (0). */
function choiceInteraction(
	question: CanonicalQuestion,
	maxChoices: 0 | 1,
	texts: string[],
	identifiers: string[]
): XmlElement {
	return el(
		'choiceInteraction',
		{ responseIdentifier: 'RESPONSE', shuffle: false, maxChoices },
		prompt(question),
		choices(texts, identifiers)
	);
}

function choices(texts: string[], identifiers: string[]): XmlElement[] {
	return texts.map((text, index) => el('simpleChoice', { identifier: identifiers[index] }, text));
}

/**
 * A typed answer: every accepted form, and each variant of it the app would accept, earns the
 * point, whatever its case. (The app also forgives small typos; an LMS grading by this mapping
 * does not, and the export's report says so.)
 */
function typedResponse(identifier: string, accepted: string[]): XmlElement {
	const forms = typedForms(accepted);
	return response(
		identifier,
		'single',
		'string',
		forms.slice(0, 1),
		mapping(
			forms.map((key) => ({ key, value: 1 })),
			false
		)
	);
}

function textEntry(identifier: string, accepted: string[]): XmlElement {
	const longest = Math.max(...accepted.map((form) => form.length));
	return el('textEntryInteraction', {
		responseIdentifier: identifier,
		expectedLength: Math.max(10, longest + 5)
	});
}

/**
 * The sentence with an interaction in each gap: a text entry, or a drop-down of the word bank.
 * One gap is scored by the map_response template; several are averaged by rules of our own.
 */
function fillBlanks(question: Of<'fill-blanks'>): ItemParts | { reason: string } {
	const several = question.answer.length > 1;
	const responseId = (gap: number) => (several ? `RESPONSE_${gap + 1}` : 'RESPONSE');
	const responses: XmlElement[] = [];
	const gaps: XmlElement[] = [];
	for (const [gap, accepted] of question.answer.entries()) {
		const identifier = responseId(gap);
		if (question.bank === null) {
			responses.push(typedResponse(identifier, accepted));
			gaps.push(textEntry(identifier, accepted));
			continue;
		}
		const ids = question.bank.map((_, index) => `gap-${gap + 1}-word-${index + 1}`);
		const right = question.bank.flatMap((word, index) =>
			accepted.includes(word) ? [ids[index] ?? ''] : []
		);
		if (right.length === 0) {
			return { reason: `the answer to gap ${gap + 1} is missing from the word bank.` };
		}
		responses.push(
			response(
				identifier,
				'single',
				'identifier',
				right.slice(0, 1),
				mapping(right.map((key) => ({ key, value: 1 })))
			)
		);
		gaps.push(
			el(
				'inlineChoiceInteraction',
				{ responseIdentifier: identifier, shuffle: false },
				question.bank.map((word, index) => el('inlineChoice', { identifier: ids[index] }, word))
			)
		);
	}
	const sentence = question.segments.flatMap((segment, index) => [segment, gaps[index] ?? null]);
	return {
		responses,
		body: [el('p', { class: 'prompt' }, question.prompt), el('p', {}, sentence)],
		processing: several
			? question.answer.map((_, gap) => averagedGap(responseId(gap), question.answer.length))
			: 'map_response'
	};
}

/** SCORE += mapped value of this gap / number of gaps, skipped when the gap is left empty. */
function averagedGap(identifier: string, gapCount: number): XmlElement {
	return el(
		'responseCondition',
		{},
		el(
			'responseIf',
			{},
			el('not', {}, el('isNull', {}, el('variable', { identifier }))),
			el(
				'setOutcomeValue',
				{ identifier: 'SCORE' },
				el(
					'sum',
					{},
					el('variable', { identifier: 'SCORE' }),
					el(
						'divide',
						{},
						el('mapResponse', { identifier }),
						el('baseValue', { baseType: 'float' }, String(gapCount))
					)
				)
			)
		)
	);
}

/**
 * Items shown in the fixed shuffle the app uses, right only in the text's order. The standard
 * template scores it all or nothing; the app gives credit per position.
 */
function ordering(question: Of<'ordering'>): ItemParts | { reason: string } {
	const ids = question.items.map((_, index) => `item-${index + 1}`);
	const correct = question.answer.map((text) => ids[question.items.indexOf(text)]);
	if (new Set(question.items).size !== question.items.length || correct.includes(undefined)) {
		return { reason: 'its items are not one arrangement of distinct texts.' };
	}
	return {
		responses: [
			response(
				'RESPONSE',
				'ordered',
				'identifier',
				correct.map((id) => id ?? '')
			)
		],
		body: [
			el(
				'orderInteraction',
				{ responseIdentifier: 'RESPONSE', shuffle: false },
				prompt(question),
				choices(question.items, ids)
			)
		],
		processing: 'match_correct'
	};
}

/** Each term paired with its meaning earns its share, as in the app. */
function matching(question: Of<'matching'>): ItemParts {
	const termIds = question.terms.map((_, index) => `term-${index + 1}`);
	const meaningIds = question.meanings.map((_, index) => `meaning-${index + 1}`);
	const pairs = termIds.map((term, index) => `${term} ${meaningIds[question.answer[index] ?? -1]}`);
	const share = 1 / pairs.length;
	return {
		responses: [
			response(
				'RESPONSE',
				'multiple',
				'directedPair',
				pairs,
				mapping(pairs.map((key) => ({ key, value: share })))
			)
		],
		body: [
			el(
				'matchInteraction',
				{ responseIdentifier: 'RESPONSE', shuffle: false, maxAssociations: pairs.length },
				prompt(question),
				el(
					'simpleMatchSet',
					{},
					question.terms.map((term, index) =>
						el('simpleAssociableChoice', { identifier: termIds[index], matchMax: 1 }, term)
					)
				),
				el(
					'simpleMatchSet',
					{},
					question.meanings.map((meaning, index) =>
						el(
							'simpleAssociableChoice',
							{
								identifier: meaningIds[index],
								// 0 would mean "any number"; a meaning no term takes still needs to be offered.
								matchMax: Math.max(1, question.answer.filter((m) => m === index).length)
							},
							meaning
						)
					)
				)
			)
		],
		processing: 'map_response'
	};
}

/** The reading itself becomes the choices: each sentence a hottext, the supporting one right. */
function evidence(bank: CanonicalBank, question: Of<'evidence'>): ItemParts | { reason: string } {
	const paragraphs = sentenceParagraphs(bank, question);
	let count = 0;
	let correct: string | null = null;
	const body = paragraphs.map((sentences) =>
		el(
			'p',
			{},
			sentences.flatMap((sentence, index) => {
				const identifier = `sentence-${++count}`;
				if (sentence === question.answer) {
					correct = identifier;
				}
				return [index > 0 ? ' ' : null, el('hottext', { identifier }, sentence)];
			})
		)
	);
	if (correct === null) {
		return { reason: 'its supporting sentence is not one of the sentences of its reading.' };
	}
	return {
		responses: [response('RESPONSE', 'single', 'identifier', [correct])],
		body: [
			el(
				'hottextInteraction',
				{ responseIdentifier: 'RESPONSE', maxChoices: 1 },
				prompt(question),
				body
			)
		],
		processing: 'match_correct',
		showReading: false
	};
}
