import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssue, describeOneIssue, type IssuePath } from './schema-issue';

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

describe('describeOneIssue', () => {
	const schema = v.strictObject({ title: v.string(), passMark: v.number() });

	it('says a left-out field is missing, naming it', () => {
		const checked = v.safeParse(schema, { passMark: 60 });
		expect(checked.success || describeOneIssue(checked.issues[0])).toBe('title: is missing');
	});

	it('says a misspelt field is not a field here', () => {
		const checked = v.safeParse(schema, { title: 'A', passMark: 60, pasMark: 50 });
		expect(checked.success || describeOneIssue(checked.issues[0])).toBe(
			'pasMark: is not a field here (misspelt?)'
		);
	});

	it('writes the path the way it is told to', () => {
		const list = v.object({ questions: v.array(v.object({ id: v.string() })) });
		const checked = v.safeParse(list, { questions: [{ id: 'a' }, {}] });
		const bracketed = (path: IssuePath) => path.map((key) => `[${key}]`).join('');
		expect(checked.success || describeOneIssue(checked.issues[0], bracketed)).toBe(
			'[questions][1][id]: is missing'
		);
	});
});
