/**
 * For the tests: reads an exported XML file back with fast-xml-parser, an independent parser, into
 * a small ordered tree, so assertions see what an importing LMS would see.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface ReadElement {
	name: string;
	attributes: Record<string, string>;
	children: (ReadElement | string)[];
}

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	ignoreDeclaration: true
});

/** True, or the validator's complaint: the file must be well-formed before anything else. */
export function wellFormed(xml: string): true | string {
	const result = XMLValidator.validate(xml);
	return result === true ? true : `${result.err.msg} (line ${result.err.line})`;
}

type Parsed = Record<string, unknown>;

export function readXml(xml: string): ReadElement {
	const roots = (parser.parse(xml) as Parsed[]).map(toElement).filter(isReadElement);
	const [root] = roots;
	if (!root || roots.length !== 1) {
		throw new Error('Expected one root element.');
	}
	return root;
}

function toElement(node: Parsed): ReadElement | string {
	if ('#text' in node) {
		return String(node['#text']);
	}
	const name = Object.keys(node).find((key) => key !== ':@') ?? '';
	const attributes = (node[':@'] ?? {}) as Record<string, string>;
	const children = ((node[name] ?? []) as Parsed[]).map(toElement);
	return { name, attributes, children };
}

export function isReadElement(node: ReadElement | string): node is ReadElement {
	return typeof node !== 'string';
}

/** Every element named `name` under `element`, in document order. */
export function findAll(element: ReadElement, name: string): ReadElement[] {
	return element.children
		.filter(isReadElement)
		.flatMap((child) => [...(child.name === name ? [child] : []), ...findAll(child, name)]);
}

export function findOne(element: ReadElement, name: string): ReadElement {
	const [found] = findAll(element, name);
	if (!found) {
		throw new Error(`No <${name}> under <${element.name}>.`);
	}
	return found;
}

/** The element's text, its descendants' included, as a reader would see it. */
export function textOf(element: ReadElement): string {
	return element.children
		.map((child) => (typeof child === 'string' ? child : textOf(child)))
		.join('');
}
