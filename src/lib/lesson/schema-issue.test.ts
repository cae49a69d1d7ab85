import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue } from './schema-issue';

describe('describeIssue', () => {
	it('names where the first issue is, as a dotted path', () => {
		const schema = v.object({ answers: v.array(v.object({ score: v.number() })) });
		const checked = v.safeParse(schema, { answers: [{ score: 1 }, { score: 'high' }] });
		expect(checked.success || describeIssue(checked.issues)).toMatch(/^answers\.1\.score: /);
	});

	it('gives the message alone for an issue with the whole value', () => {
		const checked = v.safeParse(v.string(), 3);
		expect(checked.success || describeIssue(checked.issues)).toMatch(/^Invalid type/);
	});
});
