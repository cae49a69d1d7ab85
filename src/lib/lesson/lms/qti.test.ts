import { typedForms } from './typed-forms';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import {
	canonicalExport,
	type CanonicalBank,
	type CanonicalQuestion
} from '../../server/canonical';
import { loadBank } from '../../server/load';
import { splitSentences } from '../../content/text';
import * as quiz from '../../../test-data/questions';
import {
	everyTypeBank,
	fixtureBank,
	specialCharacterBank,
	SPECIAL
} from '../../../test-data/lms-banks';
import { MANIFEST, TEST_FILE, type QtiPackage, type QtiVersion } from './qti-package';
import { QTI_21, toQti21Package } from './qti21';
import { QTI_3, toQti3Package } from './qti3';
import { findAll, findOne, readXml, textOf, wellFormed, type ReadElement } from './read-xml';
import { el } from './xml-tree';

const real = canonicalExport(loadBank(readContentFiles()).bank, 'putin-macron-talks');

// An XML NCName as QTI identifiers need, restricted to ASCII (all ours are).
const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

interface Case {
	label: string;
	version: QtiVersion;
	exportPackage: (bank: CanonicalBank, questionIds?: string[]) => QtiPackage;
}

const CASES: Case[] = [
	{ label: 'QTI 2.1', version: QTI_21, exportPackage: toQti21Package },
	{ label: 'QTI 3.0', version: QTI_3, exportPackage: toQti3Package }
];

describe.each(CASES)('the $label package', ({ version, exportPackage, label }) => {
	/** This version's name for an element or attribute QTI 2.1 calls `name`. */
	const tag = (name: string) => version.rename(el(name)).name;
	const attr = (name: string) =>
		Object.keys(version.rename(el('x', { [name]: '' })).attributes)[0]!;
	const fileOf = (id: string) => `q-${id}.xml`;

	function item(pkg: QtiPackage, id: string): ReadElement {
		const xml = pkg.files[fileOf(id)];
		expect(xml, id).toBeDefined();
		return readXml(xml!);
	}

	/** The texts the item's correct response names, per response, in order. */
	function correctTexts(written: ReadElement): string[][] {
		const labels = new Map(
			['simpleChoice', 'simpleAssociableChoice', 'inlineChoice', 'hottext'].flatMap((name) =>
				findAll(written, tag(name)).map((choice) => [choice.attributes.identifier, textOf(choice)])
			)
		);
		const baseTypeName = attr('baseType');
		return findAll(written, tag('responseDeclaration')).map((declaration) =>
			findAll(findOne(declaration, tag('correctResponse')), tag('value')).map((value) => {
				const text = textOf(value);
				if (declaration.attributes[baseTypeName] === 'directedPair') {
					return text
						.split(' ')
						.map((id) => labels.get(id))
						.join(' -> ');
				}
				return declaration.attributes[baseTypeName] === 'identifier'
					? (labels.get(text) ?? `no choice ${text}`)
					: text;
			})
		);
	}

	function expectedTexts(question: CanonicalQuestion): string[][] {
		switch (question.type) {
			case 'single-choice':
				return [[question.choices[question.answer]!]];
			case 'multiple-select':
				return [question.answer.map((index) => question.choices[index]!)];
			case 'true-false-not-stated':
				return [[{ true: 'True', false: 'False', 'not-stated': 'Not stated' }[question.answer]]];
			case 'short-answer':
				return [[question.accepted[0]!]];
			case 'fill-blanks':
				return question.answer.map((accepted) => [accepted[0]!]);
			case 'ordering':
				return [question.answer];
			case 'matching':
				return [
					question.terms.map(
						(term, index) => `${term} -> ${question.meanings[question.answer[index]!]}`
					)
				];
			case 'evidence':
				return [[question.answer]];
		}
	}

	it('unzips to exactly the files it lists, each of them well-formed XML', () => {
		const pkg = exportPackage(real);
		const unzipped = unzipSync(pkg.zip);
		expect(Object.keys(unzipped).sort()).toEqual(Object.keys(pkg.files).sort());
		for (const [path, bytes] of Object.entries(unzipped)) {
			expect(strFromU8(bytes), path).toBe(pkg.files[path]);
			expect(wellFormed(pkg.files[path]!), path).toBe(true);
		}
	});

	it('expresses every question of the real bank, each as an item with a valid identifier', () => {
		const pkg = exportPackage(real);
		expect(pkg.skipped).toEqual([]);
		for (const question of real.questions) {
			const written = item(pkg, question.id);
			expect(written.name).toBe(tag('assessmentItem'));
			expect(written.attributes.xmlns).toBe(version.itemNamespace);
			expect(written.attributes.identifier).toBe(`q-${question.id}`);
			const identifiers = [written, ...findAll(written, tag('simpleChoice'))].map(
				(element) => element.attributes.identifier ?? ''
			);
			expect(identifiers.every((identifier) => NCNAME.test(identifier))).toBe(true);
		}
	});

	it('lists every item file in the manifest, and every file the manifest lists exists', () => {
		const pkg = exportPackage(real);
		const manifest = readXml(pkg.files[MANIFEST]!);
		expect(manifest.attributes.xmlns).toBe(version.manifestNamespace);
		const resources = findAll(manifest, 'resource');
		const items = resources.filter(
			(resource) => resource.attributes.type === version.itemResourceType
		);
		expect(items.map((resource) => resource.attributes.href)).toEqual(
			real.questions.map((question) => fileOf(question.id))
		);
		const listed = findAll(manifest, 'file').map((file) => file.attributes.href ?? '');
		expect(new Set(listed)).toEqual(
			new Set(Object.keys(pkg.files).filter((path) => path !== MANIFEST))
		);
		const test = resources.find(
			(resource) => resource.attributes.type === version.testResourceType
		);
		expect(test?.attributes.href).toBe(TEST_FILE);
		expect(
			findAll(test!, 'dependency').map((dependency) => dependency.attributes.identifierref)
		).toEqual(items.map((resource) => resource.attributes.identifier));
	});

	it('names as correct exactly what the bank names, for every question type', () => {
		for (const bank of [real, everyTypeBank()]) {
			const pkg = exportPackage(bank);
			for (const question of bank.questions) {
				expect(correctTexts(item(pkg, question.id)), question.id).toEqual(expectedTexts(question));
			}
		}
	});

	it('gives partial credit where the app does, through map_response, and all or nothing elsewhere', () => {
		const pkg = exportPackage(everyTypeBank());
		const templates = Object.fromEntries(
			everyTypeBank().questions.map((question) => {
				const processing = findOne(item(pkg, question.id), tag('responseProcessing'));
				const template =
					processing.attributes.template?.replace(/^.*\/|\.xml$/g, '') ?? 'own rules';
				return [question.id, template];
			})
		);
		expect(templates).toEqual({
			'who-is-talking': 'match_correct',
			'three-years-silent': 'match_correct',
			'ripple-effects': 'map_response',
			'how-long-silent': 'map_response',
			'back-at-the-table-gaps': 'own rules',
			'one-gap-from-a-bank': 'map_response',
			'one-typed-gap': 'map_response',
			'two-gaps-from-a-bank': 'own rules',
			'driving-factors': 'match_correct',
			'talks-vocabulary': 'map_response',
			'talks-not-confirmed': 'match_correct'
		});
		expect(
			Object.values(pkg.files).every(
				(xml) =>
					!xml.includes('template=') ||
					xml.includes(`template="${version.template('match_correct')}"`) ||
					xml.includes(`template="${version.template('map_response')}"`)
			)
		).toBe(true);
	});

	it('maps each right pick of a multiple-select to its share and each wrong one to minus that', () => {
		const written = item(exportPackage(everyTypeBank()), 'ripple-effects');
		const entries = findAll(written, tag('mapEntry')).map((entry) => [
			entry.attributes[attr('mapKey')],
			Number(entry.attributes[attr('mappedValue')])
		]);
		expect(entries).toEqual([
			['choice-1', 0.5],
			['choice-2', -0.5],
			['choice-3', 0.5],
			['choice-4', -0.5]
		]);
		expect(findOne(written, tag('mapping')).attributes[attr('lowerBound')]).toBe('0');
	});

	it('accepts every accepted form of a typed answer and its variants, whatever its case', () => {
		const written = item(exportPackage(everyTypeBank()), 'how-long-silent');
		const entries = findAll(written, tag('mapEntry'));
		const keys = entries.map((entry) => entry.attributes[attr('mapKey')]);
		expect(keys.slice(0, 3)).toEqual(quiz.shortAnswer().accepted);
		expect(keys).toEqual(typedForms(quiz.shortAnswer().accepted));
		expect(keys).toContain('three-whole-years');
		expect(entries.every((entry) => entry.attributes[attr('caseSensitive')] === 'false')).toBe(
			true
		);
		expect(findAll(written, tag('textEntryInteraction'))).toHaveLength(1);
	});

	it('puts each gap in the sentence itself, a drop-down of the word bank or a text entry', () => {
		const pkg = exportPackage(everyTypeBank());
		const fromBank = item(pkg, 'two-gaps-from-a-bank');
		const sentence = findAll(fromBank, 'p').find(
			(p) => findAll(p, tag('inlineChoiceInteraction')).length > 0
		)!;
		expect(findAll(sentence, tag('inlineChoiceInteraction'))).toHaveLength(2);
		expect(sentence.children.filter((child) => typeof child === 'string')).toEqual([
			'Vladimir Putin and Emmanuel ',
			' are reportedly back at the ',
			' table.'
		]);
		const typed = item(pkg, 'back-at-the-table-gaps');
		expect(
			findAll(typed, tag('textEntryInteraction')).map(
				(entry) => entry.attributes[attr('responseIdentifier')]
			)
		).toEqual(['RESPONSE_1', 'RESPONSE_2']);
	});

	it('shows the reading before the question, and the explanation as feedback after answering', () => {
		const pkg = exportPackage(real);
		for (const question of real.questions) {
			const written = item(pkg, question.id);
			const body = findOne(written, tag('itemBody'));
			const reading = real.readings.find((candidate) => candidate.id === question.readingId);
			if (question.type === 'evidence') {
				expect(findAll(body, tag('hottext')).map(textOf).join(' ')).toBe(reading?.text);
			} else if (reading) {
				expect(textOf(findOne(body, 'div'))).toContain(reading.text);
			} else {
				expect(textOf(findOne(body, 'div'))).toContain(real.articleCheck?.introduction);
			}
			const feedback = findOne(written, tag('modalFeedback'));
			expect(textOf(feedback).trim()).toBe(question.explanation);
			// The feedback's outcome starts out naming it, so it shows after every attempt.
			const outcome = findAll(written, tag('outcomeDeclaration')).find(
				(declaration) =>
					declaration.attributes.identifier === feedback.attributes[attr('outcomeIdentifier')]
			);
			expect(textOf(findOne(outcome!, tag('defaultValue'))).trim()).toBe(
				feedback.attributes.identifier
			);
		}
	});

	it('lets a whole-article evidence question pick from every sentence of the article', () => {
		const bank = fixtureBank([quiz.evidence({ readingId: null })]);
		const written = item(exportPackage(bank), 'talks-not-confirmed');
		expect(findAll(written, tag('hottext')).map(textOf)).toEqual(
			splitSentences(bank.article.sections[0]!.text)
		);
	});

	it('leaves out an evidence question whose sentence is not in its reading, saying why', () => {
		const bank = fixtureBank([quiz.evidence({ answer: 'A sentence the reading does not have.' })]);
		const pkg = exportPackage(bank);
		expect(pkg.skipped).toEqual([
			{ id: 'talks-not-confirmed', type: 'evidence', reason: expect.stringContaining('sentence') }
		]);
		expect(Object.keys(pkg.files).sort()).toEqual([TEST_FILE, MANIFEST]);
	});

	it('lists the items in an assessment test, one section per reading', () => {
		const pkg = exportPackage(real);
		const test = readXml(pkg.files[TEST_FILE]!);
		expect(test.name).toBe(tag('assessmentTest'));
		expect(findAll(test, tag('assessmentItemRef')).map((ref) => ref.attributes.href)).toEqual(
			real.questions.map((question) => fileOf(question.id))
		);
		expect(
			findAll(test, tag('assessmentSection')).map((section) => section.attributes.title)
		).toEqual([...real.readings.map((reading) => reading.title), 'Whole-article check']);
	});

	it('keeps every special character of every text', () => {
		const bank = specialCharacterBank();
		const pkg = exportPackage(bank);
		expect(pkg.skipped).toEqual([]);
		for (const xml of Object.values(pkg.files)) {
			expect(wellFormed(xml)).toBe(true);
		}
		for (const question of bank.questions) {
			const written = item(pkg, question.id);
			expect(textOf(findOne(written, tag('itemBody')))).toContain(`Prompt ${SPECIAL}`);
			expect(textOf(findOne(written, tag('modalFeedback'))).trim()).toBe(`Because ${SPECIAL}`);
			expect(correctTexts(written), question.id).toEqual(expectedTexts(question));
		}
		const test = readXml(pkg.files[TEST_FILE]!);
		expect(findOne(test, tag('assessmentSection')).attributes.title).toBe(`A / reading ${SPECIAL}`);
	});

	it('packages only the questions asked for, in the order asked', () => {
		const ids = ['back-at-the-table-order', 'a-glimmer-of-hope-main-point'];
		const pkg = exportPackage(real, ids);
		expect(Object.keys(pkg.files)).toEqual([MANIFEST, TEST_FILE, ...ids.map(fileOf)]);
		const refs = findAll(readXml(pkg.files[TEST_FILE]!), tag('assessmentItemRef'));
		expect(refs.map((ref) => ref.attributes.href)).toEqual(ids.map(fileOf));
	});

	it('gives the same bytes for the same bank', () => {
		expect(exportPackage(everyTypeBank()).zip).toEqual(exportPackage(everyTypeBank()).zip);
	});

	it(`writes only ${label} element names`, () => {
		const names = (element: ReadElement): string[] => [
			element.name,
			...element.children.flatMap((child) => (typeof child === 'string' ? [] : names(child)))
		];
		const html = new Set(['div', 'p', 'h2']);
		for (const [path, xml] of Object.entries(exportPackage(everyTypeBank()).files)) {
			if (path === MANIFEST) {
				continue;
			}
			const foreign = names(readXml(xml)).filter((name) =>
				version === QTI_3
					? !html.has(name) && !name.startsWith('qti-')
					: name.startsWith('qti-') || /-/.test(name)
			);
			expect(foreign, path).toEqual([]);
		}
	});
});

describe('the QTI 3.0 names', () => {
	it('wrap modal feedback in a content body, as QTI 3.0 requires', () => {
		const written = readXml(toQti3Package(everyTypeBank()).files['q-who-is-talking.xml']!);
		const feedback = findOne(written, 'qti-modal-feedback');
		expect(
			feedback.children
				.filter((child) => typeof child !== 'string')
				.map((child) => (child as ReadElement).name)
		).toEqual(['qti-content-body']);
		expect(feedback.attributes['outcome-identifier']).toBe('EXPLANATION');
	});
});
