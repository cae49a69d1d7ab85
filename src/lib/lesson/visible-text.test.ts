import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import { lessonSchema } from './lesson';
import { studentNameSchema } from './lesson-result';

describe('names and titles people must tell apart', () => {
	it.each([
		['only zero-width spaces', '\u200B\u200B'],
		['only a word joiner and a byte-order mark', '\u2060\uFEFF'],
		['a right-to-left override', 'Ana\u202Exes'],
		['a left-to-right isolate', '\u2066Ana\u2069'],
		['a control character', 'Ana\u0007'],
		['only a combining mark', '\u0301'],
		['only a Hangul filler', '\u3164']
	])('refuses a student name with %s', (_, name) => {
		expect(v.safeParse(studentNameSchema, name).success).toBe(false);
	});

	it.each([
		['a Persian name with a zero-width non-joiner', 'می\u200Cخواهم'],
		['a name with accents', 'Zoë Ångström'],
		['an Arabic name', 'فاطمة'],
		['a name with a right-to-left mark', 'שרה\u200F']
	])('keeps %s', (_, name) => {
		expect(v.safeParse(studentNameSchema, name).success).toBe(true);
	});

	it('refuses a lesson title that is only zero-width characters or turns text around', () => {
		for (const title of ['\u200B\u200D', 'Quiz \u202Etxet']) {
			expect(v.safeParse(lessonSchema, buildLesson({ title })).success).toBe(false);
		}
		expect(v.safeParse(lessonSchema, buildLesson({ title: 'Red lines' })).success).toBe(true);
	});
});
