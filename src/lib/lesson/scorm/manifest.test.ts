import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { scormManifest, type ManifestInput } from './manifest';

const input: ManifestInput = {
	version: 'scorm12',
	identifier: 'close-read-KCW93WNG',
	title: 'Putin & Macron: <talks>',
	passMark: 70,
	launch: 'lesson/index.html',
	files: ['lesson/index.html', '_app/immutable/entry/start.js']
};

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	isArray: (name) => name === 'file'
});

// The parsed XML's shape is what the test checks, so it is read loosely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Parsed = any;

function parse(xml: string): Parsed {
	expect(XMLValidator.validate(xml)).toBe(true);
	return parser.parse(xml).manifest;
}

/** What both versions share: the content packaging structure an LMS reads first. */
function expectPackageStructure(manifest: Parsed) {
	const organizations = manifest.organizations;
	const organization = organizations.organization;
	expect(organizations['@default']).toBe(organization['@identifier']);
	const item = organization.item;
	const resource = manifest.resources.resource;
	expect(item['@identifierref']).toBe(resource['@identifier']);
	expect(resource['@href']).toBe('lesson/index.html');
	expect(resource['@type']).toBe('webcontent');
	expect(resource.file.map((file: Record<string, string>) => file['@href'])).toEqual(input.files);
	expect(organization.title).toBe('Putin & Macron: <talks>');
	expect(item.title).toBe('Putin & Macron: <talks>');
	// xs:ID values: unique, starting with a letter.
	const ids = [
		manifest['@identifier'],
		organization['@identifier'],
		item['@identifier'],
		resource['@identifier']
	];
	expect(new Set(ids).size).toBe(4);
	expect(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id))).toBe(true);
	return { item, resource };
}

describe('imsmanifest.xml', () => {
	it('is a SCORM 1.2 manifest with the lesson’s title and pass mark as mastery score', () => {
		const manifest = parse(scormManifest(input));
		expect(manifest['@xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
		expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
		expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: 1.2 });
		const { item, resource } = expectPackageStructure(manifest);
		expect(item['adlcp:masteryscore']).toBe(70);
		expect(resource['@adlcp:scormtype']).toBe('sco');
	});

	it('is a SCORM 2004 4th edition manifest whose objective is met at the pass mark', () => {
		const manifest = parse(scormManifest({ ...input, version: 'scorm2004' }));
		expect(manifest['@xmlns']).toBe('http://www.imsglobal.org/xsd/imscp_v1p1');
		expect(manifest['@xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
		expect(manifest['@xmlns:imsss']).toBe('http://www.imsglobal.org/xsd/imsss');
		expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: '2004 4th Edition' });
		const { item, resource } = expectPackageStructure(manifest);
		const objective = item['imsss:sequencing']['imsss:objectives']['imsss:primaryObjective'];
		expect(objective['@satisfiedByMeasure']).toBe('true');
		expect(objective['imsss:minNormalizedMeasure']).toBe(0.7);
		expect(resource['@adlcp:scormType']).toBe('sco');
	});
});
