import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildResult } from '../../test-data/lessons';
import { lessonResultSchema, studentNameSchema } from './lesson-result';

const nameProblem = (name: string) => {
	const checked = v.safeParse(studentNameSchema, name);
	return checked.success ? null : checked.issues[0].message;
};

describe('studentNameSchema', () => {
	it('accepts names in any script, with accents, hyphens and apostrophes', () => {
		for (const name of ["Seán O'Brien-Ní Dhuibhir", '王小明', 'Zoë 🙂', 'A']) {
			expect(nameProblem(name)).toBeNull();
		}
	});

	it('tells the student plainly what to change', () => {
		expect(nameProblem('')).toBe('Type your name.');
		expect(nameProblem(' Ana')).toBe('The name must not start or end with a space.');
		expect(nameProblem('A'.repeat(41))).toBe('Keep the name to 40 characters.');
		expect(nameProblem('Ana\nLima')).toBe('The name has a character that cannot be kept.');
	});
});

describe('lessonResultSchema', () => {
	it('accepts a finish in the same minute as the start', () => {
		const at = '2025-03-10T09:00:00.000Z';
		expect(
			v.safeParse(lessonResultSchema, buildResult({ startedAt: at, finishedAt: at })).success
		).toBe(true);
	});

	it.each([
		['a finish before the start', { finishedAt: '2025-03-10T08:59:00.000Z' }],
		['a time before 2000, which a code cannot hold', { startedAt: '1999-12-31T23:59:00.000Z' }],
		['a time that is not a time', { startedAt: '2025-03-10T25:00:00Z' }],
		['a lesson id with a letter base32 leaves out', { lessonId: '3Z8KATQU' }],
		['no outcomes', { outcomes: [] }],
		['a score over 100', { score: 101 }]
	])('refuses %s', (_, overrides) => {
		expect(v.safeParse(lessonResultSchema, buildResult(overrides)).success).toBe(false);
	});
});
