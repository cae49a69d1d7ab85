/**
 * QTI 3.0 content packages, for newer players. The items say what the QTI 2.1 ones say; only
 * the names change: `choiceInteraction` becomes `qti-choice-interaction`, `baseType` becomes
 * `base-type`, HTML stays HTML, and modal feedback wraps its content in `qti-content-body`.
 */
import type { CanonicalBank } from '../../server/canonical';
import { toQtiPackage, type QtiPackage, type QtiVersion } from './qti-package';
import { isElement, type XmlElement, type XmlNode } from './xml-tree';

/** The HTML elements the items use; every other element is QTI's and gets the prefix. */
const HTML = new Set(['div', 'p', 'h2', 'strong', 'em', 'span']);

function kebab(name: string): string {
	return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function toQti3Names(element: XmlElement): XmlElement {
	const children = element.children.map((child: XmlNode) =>
		isElement(child) ? toQti3Names(child) : child
	);
	return {
		name: HTML.has(element.name) ? element.name : `qti-${kebab(element.name)}`,
		attributes: Object.fromEntries(
			// Namespaced attributes (xml:lang, xmlns:xsi) keep their names.
			Object.entries(element.attributes).map(([key, value]) => [
				key.includes(':') ? key : kebab(key),
				value
			])
		),
		children:
			element.name === 'modalFeedback'
				? [{ name: 'qti-content-body', attributes: {}, children }]
				: children
	};
}

export const QTI_3: QtiVersion = {
	itemNamespace: 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0',
	itemSchemaLocation: 'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd',
	manifestNamespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
	manifestSchemaLocation:
		'https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd',
	schema: 'QTI Package',
	schemaVersion: '3.0.0',
	itemResourceType: 'imsqti_item_xmlv3p0',
	testResourceType: 'imsqti_test_xmlv3p0',
	template: (name) => `https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/${name}.xml`,
	rename: toQti3Names
};

export function toQti3Package(bank: CanonicalBank, questionIds?: readonly string[]): QtiPackage {
	return toQtiPackage(bank, questionIds, QTI_3);
}
