/**
 * The one way a failed schema check becomes words: where the first issue is, and what is wrong,
 * with the two problems people meet most (a field left out, a field misspelt) said plainly.
 * Lesson links, results codes and files give it as a reason; the content check names the field.
 */
import type * as v from 'valibot';

export type IssuePath = readonly (string | number)[];

/** `outcomes.3.score`: how a reason names where the problem is. */
export function dottedPath(path: IssuePath): string {
	return path.join('.');
}

/** The first issue as its path and message (`outcomes.3: is missing`); the message alone at the root. */
export function describeIssue(
	issues: readonly v.BaseIssue<unknown>[],
	formatPath: (path: IssuePath) => string = dottedPath
): string {
	const [issue] = issues;
	return issue ? describeOneIssue(issue, formatPath) : 'unknown problem';
}

export function describeOneIssue(
	issue: v.BaseIssue<unknown>,
	formatPath: (path: IssuePath) => string = dottedPath
): string {
	const path = issuePath(issue);
	const where = path.length > 0 ? `${formatPath(path)}: ` : '';
	if (issue.kind === 'schema' && issue.expected && issue.received === 'undefined') {
		return `${where}is missing`;
	}
	if (issue.type === 'strict_object' && issue.received !== 'undefined') {
		return `${where}is not a field here (misspelt?)`;
	}
	return `${where}${issue.message}`;
}

/** The keys from the checked value down to where the issue is. */
export function issuePath(issue: v.BaseIssue<unknown>): (string | number)[] {
	return (issue.path ?? []).map((item) => item.key as string | number);
}
