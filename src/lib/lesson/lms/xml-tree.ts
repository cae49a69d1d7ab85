/**
 * A tiny XML tree and its writer, shared by the Moodle XML and QTI exporters. Building a tree
 * rather than concatenating strings means every text and attribute passes through one escape.
 */

export type XmlNode = XmlElement | XmlCdata | string;

export interface XmlElement {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
}

export interface XmlCdata {
	cdata: string;
}

type Child = XmlNode | null | undefined | false | Child[];

/** An element; attributes left undefined are not written, nested child arrays are flattened. */
export function el(
	name: string,
	attributes: Record<string, string | number | boolean | undefined> = {},
	...children: Child[]
): XmlElement {
	const written: Record<string, string> = {};
	for (const [key, value] of Object.entries(attributes)) {
		if (value !== undefined) {
			written[key] = String(value);
		}
	}
	return { name, attributes: written, children: flatten(children) };
}

export function cdata(text: string): XmlCdata {
	return { cdata: text };
}

function flatten(children: Child[]): XmlNode[] {
	return children.flatMap((child): XmlNode[] => {
		if (Array.isArray(child)) {
			return flatten(child);
		}
		return child === null || child === undefined || child === false ? [] : [child];
	});
}

export function isElement(node: XmlNode): node is XmlElement {
	return typeof node === 'object' && 'name' in node;
}

// Characters XML 1.0 forbids outright (control characters other than tab and newlines): matching
// them is the point, so the lint rule against control characters in patterns does not apply.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeText(text: string): string {
	return text
		.replace(FORBIDDEN, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
	return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** A CDATA section cannot contain "]]>", so that sequence is split across two sections. */
function writeCdata(text: string): string {
	return `<![CDATA[${text.replace(FORBIDDEN, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

/**
 * The document with its declaration. Elements that hold only elements are indented; an element
 * with any text inside is written on one line, since whitespace in mixed content is content.
 */
export function writeXml(root: XmlElement): string {
	return `<?xml version="1.0" encoding="UTF-8"?>\n${write(root, '')}\n`;
}

/** `indent` is null inside mixed content, where everything is written on one line. */
function write(node: XmlNode, indent: string | null): string {
	if (typeof node === 'string') {
		return escapeText(node);
	}
	if (!isElement(node)) {
		return writeCdata(node.cdata);
	}
	const attributes = Object.entries(node.attributes)
		.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
		.join('');
	const open = `${indent ?? ''}<${node.name}${attributes}`;
	if (node.children.length === 0) {
		return `${open}/>`;
	}
	const close = `</${node.name}>`;
	if (indent !== null && node.children.every(isElement)) {
		const inner = node.children.map((child) => write(child, `${indent}\t`)).join('\n');
		return `${open}>\n${inner}\n${indent}${close}`;
	}
	return `${open}>${node.children.map((child) => write(child, null)).join('')}${close}`;
}

/**
 * A valid XML name (NCName) made from a content id: ids are slugs already, but anything else is
 * replaced, and the prefix keeps a leading digit from making it invalid.
 */
export function ncName(prefix: string, id: string): string {
	return `${prefix}${id.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}
