/**
 * A QTI content package: `imsmanifest.xml` (IMS Content Packaging) listing every file, one
 * assessment item per question, and an assessment test with a section per reading, zipped. The
 * two QTI versions differ only in the `QtiVersion` they pass in (qti21.ts, qti3.ts).
 */
import { strToU8, zipSync } from 'fflate';
import type { CanonicalBank } from '../../server/canonical';
import type { ResponseTemplate } from './qti-interactions';
import { qtiItem } from './qti-item';
import { categoryTitle } from './question-context';
import { writeEach, type SkippedQuestion } from './selection';
import { el, ncName, writeXml, type XmlElement } from './xml-tree';

export interface QtiVersion {
	itemNamespace: string;
	itemSchemaLocation: string;
	manifestNamespace: string;
	manifestSchemaLocation: string;
	/** The manifest's `<schema>` and `<schemaversion>`. */
	schema: string;
	schemaVersion: string;
	itemResourceType: string;
	testResourceType: string;
	template(name: ResponseTemplate): string;
	/** Turns a tree written in QTI 2.1's element and attribute names into this version's. */
	rename(element: XmlElement): XmlElement;
}

export interface QtiPackage {
	/** The zipped package, ready to write to a file. */
	zip: Uint8Array;
	/** The same files as text, by path inside the package. */
	files: Record<string, string>;
	skipped: SkippedQuestion[];
	/** Exported questions that QTI players grade more strictly than the app (typed answers). */
	differences: SkippedQuestion[];
}

export const MANIFEST = 'imsmanifest.xml';
export const TEST_FILE = 'assessment-test.xml';

// A fixed time for every entry, so the same bank always gives the same bytes.
const ZIP_TIME = new Date('2000-01-01T00:00:00Z');

export function toQtiPackage(
	bank: CanonicalBank,
	questionIds: readonly string[] | undefined,
	version: QtiVersion
): QtiPackage {
	const items: { identifier: string; file: string; section: string; xml: string }[] = [];
	const { written, skipped, differences } = writeEach(bank, questionIds, (question) =>
		qtiItem(bank, question, (name) => version.template(name))
	);
	for (const { question, output } of written) {
		const identifier = output.item.attributes.identifier ?? '';
		const root = withNamespace(
			version.rename(output.item),
			version.itemNamespace,
			version.itemSchemaLocation
		);
		items.push({
			identifier,
			file: `${identifier}.xml`,
			section: categoryTitle(bank, question),
			xml: writeXml(root)
		});
	}
	const files: Record<string, string> = {
		[MANIFEST]: writeXml(manifest(bank, items, version)),
		[TEST_FILE]: writeXml(
			withNamespace(
				version.rename(assessmentTest(bank, items)),
				version.itemNamespace,
				version.itemSchemaLocation
			)
		),
		...Object.fromEntries(items.map(({ file, xml }) => [file, xml]))
	};
	const zip = zipSync(
		Object.fromEntries(
			Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: ZIP_TIME }]])
		)
	);
	return { zip, files, skipped, differences };
}

function withNamespace(root: XmlElement, namespace: string, schemaLocation: string): XmlElement {
	return {
		...root,
		attributes: {
			xmlns: namespace,
			'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
			'xsi:schemaLocation': `${namespace} ${schemaLocation}`,
			...root.attributes
		}
	};
}

/** One section per reading, in the order the questions come; the test's score is their sum. */
function assessmentTest(
	bank: CanonicalBank,
	items: { identifier: string; file: string; section: string }[]
): XmlElement {
	const sections: { title: string; refs: XmlElement[] }[] = [];
	for (const item of items) {
		if (sections.at(-1)?.title !== item.section) {
			sections.push({ title: item.section, refs: [] });
		}
		sections
			.at(-1)
			?.refs.push(el('assessmentItemRef', { identifier: item.identifier, href: item.file }));
	}
	return el(
		'assessmentTest',
		{
			identifier: ncName('close-read-', bank.article.id),
			title: `Close Read: ${bank.article.title}`
		},
		el(
			'outcomeDeclaration',
			{ identifier: 'SCORE', cardinality: 'single', baseType: 'float' },
			el('defaultValue', {}, el('value', {}, '0'))
		),
		el(
			'testPart',
			{ identifier: 'part-1', navigationMode: 'nonlinear', submissionMode: 'individual' },
			sections.map(({ title, refs }, index) =>
				el('assessmentSection', { identifier: `section-${index + 1}`, title, visible: true }, refs)
			)
		),
		el(
			'outcomeProcessing',
			{},
			el(
				'setOutcomeValue',
				{ identifier: 'SCORE' },
				el('sum', {}, el('testVariables', { variableIdentifier: 'SCORE' }))
			)
		)
	);
}

function manifest(
	bank: CanonicalBank,
	items: { identifier: string; file: string }[],
	version: QtiVersion
): XmlElement {
	const resource = (identifier: string) => `res-${identifier}`;
	return withNamespace(
		el(
			'manifest',
			{ identifier: ncName('MANIFEST-close-read-', bank.article.id) },
			el(
				'metadata',
				{},
				el('schema', {}, version.schema),
				el('schemaversion', {}, version.schemaVersion)
			),
			el('organizations', {}),
			el(
				'resources',
				{},
				el(
					'resource',
					{ identifier: 'res-assessment-test', type: version.testResourceType, href: TEST_FILE },
					el('file', { href: TEST_FILE }),
					items.map(({ identifier }) => el('dependency', { identifierref: resource(identifier) }))
				),
				items.map(({ identifier, file }) =>
					el(
						'resource',
						{ identifier: resource(identifier), type: version.itemResourceType, href: file },
						el('file', { href: file })
					)
				)
			)
		),
		version.manifestNamespace,
		version.manifestSchemaLocation
	);
}
