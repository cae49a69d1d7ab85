/**
 * A YAML content file parsed with its line positions, so that every problem found in it, by the
 * schema or by the content rules, can name the line a teacher has to fix.
 */
import * as v from 'valibot';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeOneIssue, issuePath } from '../validation/schema-issue';

import type { ContentPath, ContentProblem } from '../content/authoring/problems';

export type { ContentPath, ContentProblem };

export class YamlFile {
	readonly problems: ContentProblem[] = [];
	readonly #document: Document;
	readonly #lines = new LineCounter();

	constructor(
		readonly path: string,
		text: string
	) {
		this.#document = parseDocument(text, { lineCounter: this.#lines, uniqueKeys: true });
		for (const error of this.#document.errors) {
			const line = error.linePos?.[0].line ?? null;
			this.problems.push({ file: path, line, message: error.message.split('\n')[0] ?? '' });
		}
	}

	/** The file's data checked against `schema`, or null (with problems recorded) when it fails. */
	read<S extends v.GenericSchema>(schema: S): v.InferOutput<S> | null {
		if (this.problems.length > 0) {
			return null;
		}
		const result = v.safeParse(schema, this.#document.toJS());
		if (result.success) {
			return result.output;
		}
		for (const issue of result.issues) {
			this.report(issuePath(issue), describeOneIssue(issue, formatPath));
		}
		return null;
	}

	report(path: ContentPath, message: string): void {
		this.problems.push({ file: this.path, line: this.lineOf(path), message });
	}

	/** The line of the value at `path`, or of its nearest parent that exists. */
	lineOf(path: ContentPath): number | null {
		for (let depth = path.length; depth >= 0; depth--) {
			const node = this.#document.getIn(path.slice(0, depth), true) as
				{ range?: [number, number, number] } | undefined;
			if (node?.range) {
				return this.#lines.linePos(node.range[0]).line;
			}
		}
		return null;
	}
}

/** `questions[2].choices`: how a teacher finds the field in the YAML. */
export function formatPath(path: ContentPath): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}
