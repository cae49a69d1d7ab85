import type * as v from 'valibot';

/** The first issue as a dotted path and its message (`outcomes.3: Invalid type`), for a reason. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
	const [issue] = issues;
	if (!issue) {
		return 'unknown problem';
	}
	const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
	return path === '' ? issue.message : `${path}: ${issue.message}`;
}
