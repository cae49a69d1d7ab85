/**
 * The real content under questions/, against the project's own copy of the article and the bank's
 * targets. The copy is compared with the shared reference article only where that file exists
 * beside the repository (the authors' checkout); a clone anywhere else checks against its copy.
 * The word-for-word checks here are written apart from rules.ts (plain string search on collapsed
 * whitespace), so a bug in the loader's own checks cannot hide a miscopied reading or quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContentFiles } from '../../../scripts/content-files';
import { loadBank } from './load';
import { QUESTION_TYPES, SKILLS } from '../content/kinds';

const ARTICLE_ID = 'putin-macron-talks';
const SECTION_COUNT = 6;
const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');
const SHARED_ARTICLE = join(REPO_ROOT, '..', 'shared', 'article', 'article.txt');

const files = readContentFiles();
const { bank, problems } = loadBank(files);

interface RawQuestion {
	id: string;
	evidence: string | string[];
}

interface RawReading {
	path: string;
	id: string;
	section: number;
	text: string;
	questions?: RawQuestion[];
}

/** The reading files as written, in file-name order, parsed without the loader. */
const rawReadings: RawReading[] = Object.keys(files)
	.filter((path) => path.startsWith(`${ARTICLE_ID}/readings/`) && /\.ya?ml$/.test(path))
	.sort()
	.map((path) => ({ ...(parse(files[path] ?? '') as Omit<RawReading, 'path'>), path }));

function collapse(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Null when the two texts are the same; otherwise the words around the first difference. */
function firstDifference(actual: string, expected: string): string | null {
	const have = actual.split(' ');
	const want = expected.split(' ');
	const at = want.findIndex((word, index) => have[index] !== word);
	if (at < 0 && have.length === want.length) {
		return null;
	}
	const index = at < 0 ? want.length : at;
	const around = (words: string[]) => `"${words.slice(index, index + 6).join(' ')}"`;
	return `after "${want.slice(Math.max(0, index - 6), index).join(' ')}" the article has ${around(want)}, the copy has ${around(have)}`;
}

function wordCount(text: string): number {
	return collapse(text).split(' ').length;
}

/** Each section's text: the line after the title, then every other line after a heading. */
function sectionsOf(article: string): string[] {
	const lines = article
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const [, opening = '', ...rest] = lines;
	return [opening, ...rest.filter((_, index) => index % 2 === 1)].map(collapse);
}

const projectArticle = files[`${ARTICLE_ID}/article.txt`] ?? '';
const projectSections = sectionsOf(projectArticle);

describe('the real content', () => {
	it('loads with no problems', () => {
		expect(problems).toEqual([]);
	});

	it('has its own copy of the article, in six sections', () => {
		expect(projectSections).toHaveLength(SECTION_COUNT);
	});

	it.runIf(existsSync(SHARED_ARTICLE))(
		'keeps a copy of the article that matches the shared reference word for word',
		() => {
			const shared = readFileSync(SHARED_ARTICLE, 'utf8');
			expect(firstDifference(collapse(projectArticle), collapse(shared))).toBeNull();
		}
	);
});

describe('the real readings', () => {
	it.each(Array.from({ length: SECTION_COUNT }, (_, index) => index + 1))(
		'of section %i, joined in file order, are that section of the article word for word',
		(section) => {
			const joined = rawReadings
				.filter((reading) => reading.section === section)
				.map((reading) => collapse(reading.text))
				.join(' ');
			expect(firstDifference(joined, projectSections[section - 1] ?? '')).toBeNull();
		}
	);

	it('each start and end at a sentence boundary', () => {
		const sections = projectSections;
		const offBoundary = rawReadings.flatMap((reading) => {
			const text = collapse(reading.text);
			const section = sections[reading.section - 1] ?? '';
			const start = section.indexOf(text);
			const before = section.slice(0, Math.max(start, 0)).trimEnd();
			const startsWell =
				start >= 0 &&
				(before === '' || /[.!?]["”’)]?$/.test(before)) &&
				/^[A-Z0-9“"‘'(]/.test(text);
			const endsWell = /[.!?]["”’)]?$/.test(text);
			return startsWell && endsWell ? [] : [reading.path];
		});
		expect(offBoundary).toEqual([]);
	});

	it('never share a sentence: each starts at or after where the one before it ends', () => {
		const sections = projectSections;
		const ends = new Map<number, number>();
		const overlapping = rawReadings.flatMap((reading) => {
			const text = collapse(reading.text);
			const start = (sections[reading.section - 1] ?? '').indexOf(text);
			if (start < 0) {
				return []; // not in the article at all: the word-for-word test above names it
			}
			const previousEnd = ends.get(reading.section) ?? 0;
			ends.set(reading.section, start + text.length);
			return start >= previousEnd ? [] : [reading.path];
		});
		expect(overlapping).toEqual([]);
	});

	it('each have 100 to 220 words', () => {
		const outside = rawReadings
			.map((reading) => ({ path: reading.path, words: wordCount(reading.text) }))
			.filter(({ words }) => words < 100 || words > 220);
		expect(outside).toEqual([]);
	});

	it('number at least 12', () => {
		expect(rawReadings.length).toBeGreaterThanOrEqual(12);
	});
});

describe('the real questions', () => {
	const quotes = (question: RawQuestion) =>
		(Array.isArray(question.evidence) ? question.evidence : [question.evidence]).map(collapse);

	it('quote their evidence word for word from their reading', () => {
		const missing = rawReadings.flatMap((reading) =>
			(reading.questions ?? []).flatMap((question) =>
				quotes(question)
					.filter((quote) => !collapse(reading.text).includes(quote))
					.map((quote) => `${reading.path} ${question.id}: "${quote}"`)
			)
		);
		expect(missing).toEqual([]);
	});

	it('in the whole-article check quote their evidence word for word from the article', () => {
		const source = files[`${ARTICLE_ID}/article-check.yaml`];
		const check = parse(source ?? 'questions: []') as { questions?: RawQuestion[] };
		const article = sectionsOf(projectArticle).join(' ');
		const missing = (check.questions ?? []).flatMap((question) =>
			quotes(question)
				.filter((quote) => !article.includes(quote))
				.map((quote) => `${question.id}: "${quote}"`)
		);
		expect(missing).toEqual([]);
	});
});

describe('the real bank meets its targets', () => {
	const article = bank.articles.find((candidate) => candidate.id === ARTICLE_ID);
	const sectionOf = new Map(bank.readings.map((reading) => [reading.id, reading.section]));
	const readingQuestions = bank.questions.filter((question) => question.readingId !== null);

	it('with at least 8 questions on every reading', () => {
		const short = bank.readings
			.map((reading) => ({
				reading: reading.id,
				questions: bank.questions.filter((question) => question.readingId === reading.id).length
			}))
			.filter(({ questions }) => questions < 8);
		expect(short).toEqual([]);
	});

	it('with at least 100 questions in all', () => {
		expect(bank.questions.length).toBeGreaterThanOrEqual(100);
	});

	it('with every skill practised in each of the six sections', () => {
		const missing = Array.from({ length: SECTION_COUNT }, (_, index) => index + 1).flatMap(
			(section) => {
				const skills = new Set(
					readingQuestions
						.filter((question) => sectionOf.get(question.readingId ?? '') === section)
						.map((question) => question.skill)
				);
				return SKILLS.filter((skill) => !skills.has(skill)).map(
					(skill) => `section ${section}: ${skill}`
				);
			}
		);
		expect(missing).toEqual([]);
	});

	it('with each of the eight question types at least 6 times', () => {
		const rare = QUESTION_TYPES.map((type) => ({
			type,
			count: bank.questions.filter((question) => question.type === type).length
		})).filter(({ count }) => count < 6);
		expect(rare).toEqual([]);
	});

	it('with each difficulty level at least a fifth of the bank', () => {
		const total = bank.questions.length;
		const scarce = ([1, 2, 3] as const)
			.map((difficulty) => ({
				difficulty,
				share:
					bank.questions.filter((question) => question.difficulty === difficulty).length / total
			}))
			.filter(({ share }) => !(share >= 0.2));
		expect(scarce).toEqual([]);
	});

	it('with a whole-article check of 10 to 15 questions', () => {
		const count = article?.articleCheck?.questionIds.length ?? 0;
		expect(count).toBeGreaterThanOrEqual(10);
		expect(count).toBeLessThanOrEqual(15);
	});

	it('with a whole-article check whose evidence spans all six sections', () => {
		const sections = sectionsOf(projectArticle);
		const ids = new Set(article?.articleCheck?.questionIds ?? []);
		const quoted = new Set(
			bank.questions
				.filter((question) => ids.has(question.id))
				.flatMap((question) => question.evidence.map(collapse))
				.flatMap((quote) =>
					sections.flatMap((text, index) => (text.includes(quote) ? [index + 1] : []))
				)
		);
		const unquoted = sections
			.map((_, index) => index + 1)
			.filter((section) => !quoted.has(section));
		expect(sections).toHaveLength(SECTION_COUNT);
		expect(unquoted).toEqual([]);
	});

	it('with at least 30 glossary terms, the key words of the article among them', () => {
		const listed = new Set(
			bank.glossary.flatMap((term) => term.forms.map((form) => form.toLowerCase()))
		);
		const required = [
			'sovereignty',
			'sanctions',
			'de-escalation',
			'ceasefire',
			'demilitarized',
			'multilateral'
		];
		expect(bank.glossary.length).toBeGreaterThanOrEqual(30);
		expect(required.filter((word) => !listed.has(word))).toEqual([]);
	});
});
