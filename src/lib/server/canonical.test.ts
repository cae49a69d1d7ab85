import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { canonicalExport } from './canonical';
import { loadBank } from './load';
import { QUESTION_TYPES, SKILLS } from '../content/kinds';

const { bank } = loadBank(readContentFiles());
const exported = canonicalExport(bank, 'putin-macron-talks');

describe('the canonical JSON export', () => {
	it('carries the article in sections counted from 1, the first without a heading', () => {
		expect(exported.article.title).toBe('Putin & Macron: Ukraine Invasion Talks After 3 Years');
		expect(exported.article.sections).toHaveLength(6);
		expect(exported.article.sections[0]?.heading).toBeNull();
		expect(exported.article.sections[1]?.heading).toBe(
			"What's Driving This Sudden Diplomatic Offensive?"
		);
		const sections = new Set(exported.readings.map((reading) => reading.section));
		expect([...sections].sort()).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('lists every question with its reading, a known type and skill, and evidence', () => {
		expect(exported.questions).toHaveLength(bank.questions.length);
		const readingIds = new Set(exported.readings.map((reading) => reading.id));
		for (const question of exported.questions) {
			expect(QUESTION_TYPES).toContain(question.type);
			expect(SKILLS).toContain(question.skill);
			expect(question.evidence.length).toBeGreaterThan(0);
			expect(question.readingId === null || readingIds.has(question.readingId)).toBe(true);
			expect(question).not.toHaveProperty('articleId');
		}
		expect(new Set(exported.questions.map((question) => question.type))).toEqual(
			new Set(QUESTION_TYPES)
		);
	});

	it('includes the glossary and the whole-article check', () => {
		expect(exported.glossary.length).toBeGreaterThanOrEqual(30);
		expect(exported.glossary.map((term) => term.term)).toContain('sovereignty');
		expect(exported.articleCheck?.questionIds.length).toBeGreaterThanOrEqual(10);
	});

	it('survives a round trip through JSON unchanged', () => {
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});
});
