/**
 * How the authoring rules report what is wrong. The rules name a field by its path in the
 * authored question (`['choices', 2, 'text']`); where that goes is up to the caller: the content
 * check turns it into a file and line, the lesson builder into a message beside the field.
 */

/** Keys from a question (or file) down to one field: `['choices', 2, 'text']`. */
export type ContentPath = readonly (string | number)[];

/** A problem in a content file, named by file and line for the author to fix. */
export interface ContentProblem {
	file: string;
	line: number | null;
	message: string;
}

/** A problem in one question, named by its field: `choices.2.text`. */
export interface FieldProblem {
	field: string;
	message: string;
}

export type ReportProblem = (path: ContentPath, message: string) => void;

/** `choices.2.text`: the field path the builder shows a problem beside. */
export function fieldName(path: ContentPath): string {
	return path.join('.');
}

/** A reporter that collects problems as `{ field, message }`, for forms rather than files. */
export function fieldProblems(): { problems: FieldProblem[]; report: ReportProblem } {
	const problems: FieldProblem[] = [];
	return {
		problems,
		report: (path, message) => problems.push({ field: fieldName(path), message })
	};
}
