/**
 * One question as a QTI assessment item, built in QTI 2.1's vocabulary (`choiceInteraction`,
 * `responseDeclaration`); qti3.ts renames the tree into QTI 3.0's `qti-` elements, so both
 * versions say the same thing. This file is the frame every item shares (reading, outcomes,
 * feedback); qti-interactions.ts holds what each question type puts in it.
 */
import { describeOrigin } from '../teacher-question';
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { interactionFor, type ResponseTemplate } from './qti-interactions';
import { instructionFor, passageFor } from './question-context';
import type { WrittenOr } from './selection';
import { el, ncName, type XmlElement } from './xml-tree';

type Written = WrittenOr<{ item: XmlElement }>;

export function itemIdentifier(question: CanonicalQuestion): string {
	return ncName('q-', question.id);
}

/** `template` gives the URI of a standard response processing template in this QTI version. */
export function qtiItem(
	bank: CanonicalBank,
	question: CanonicalQuestion,
	template: (name: ResponseTemplate) => string
): Written {
	const parts = interactionFor(bank, question);
	if ('reason' in parts) {
		return parts;
	}
	const passage = passageFor(bank, question);
	const instruction = instructionFor(question);
	return {
		item: el(
			'assessmentItem',
			{
				identifier: itemIdentifier(question),
				title: question.id,
				// The teacher's own question says where it came from, as the item's label.
				...(question.origin
					? { label: `teacher question, ${describeOrigin(question.origin)}` }
					: {}),
				adaptive: false,
				timeDependent: false,
				'xml:lang': 'en'
			},
			parts.responses,
			outcome('SCORE', 'float', '0'),
			outcome('MAXSCORE', 'float', '1'),
			// Its default already names the feedback below, so the explanation shows after every
			// attempt while scoring stays with the standard templates.
			outcome('EXPLANATION', 'identifier', 'explanation'),
			el(
				'itemBody',
				{},
				parts.showReading === false
					? el('div', { class: 'reading' }, el('h2', {}, passage.title))
					: el(
							'div',
							{ class: 'reading' },
							el('h2', {}, passage.title),
							passage.paragraphs.map((paragraph) => el('p', {}, paragraph))
						),
				instruction === null ? null : el('p', { class: 'instruction' }, instruction),
				parts.body
			),
			typeof parts.processing === 'string'
				? el('responseProcessing', { template: template(parts.processing) })
				: el('responseProcessing', {}, parts.processing),
			el(
				'modalFeedback',
				{ outcomeIdentifier: 'EXPLANATION', identifier: 'explanation', showHide: 'show' },
				el('p', {}, question.explanation)
			)
		)
	};
}

function outcome(identifier: string, baseType: string, value: string): XmlElement {
	return el(
		'outcomeDeclaration',
		{ identifier, cardinality: 'single', baseType },
		el('defaultValue', {}, el('value', {}, value))
	);
}
