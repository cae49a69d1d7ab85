/**
 * Turns the files under `questions/` into the checked bank. Used at build time by the pages
 * (`$lib/server/content.ts`) and by `npm run content:check`; never shipped to the browser.
 */
import { toQuestion } from '../content/authoring/convert';
import { cueProblems, measureCues, type QuestionCues } from '../content/authoring/cues';
import {
	articleCheckFileSchema,
	glossaryFileSchema,
	readingFileSchema,
	retiredFileSchema
} from '../content/authoring/schema';
import type { Article, Bank, GlossaryTerm, Reading, Section } from '../content/model';
import { checkQuestion, checkReadingCoverage, findTerm, type QuestionContext } from './rules';
import { collapseSpace, countWords, splitSentences } from '../content/text';
import { YamlFile, type ContentProblem } from './yaml-file';

/** File paths relative to `questions/`, with forward slashes, mapped to their text. */
export type ContentFiles = Record<string, string>;

export interface LoadResult {
	bank: Bank;
	problems: ContentProblem[];
	/** What a test-wise student could use in each question, in bank order. */
	cues: QuestionCues[];
}

/** The list of published question ids taken out of the bank, beside the article folders. */
export const RETIRED_FILE = 'retired.yaml';

/** Where a reading or question id is written, to name the line of a repeated one. */
interface IdSite {
	id: string;
	kind: 'reading' | 'question';
	file: string;
	line: number | null;
}

export function loadBank(files: ContentFiles): LoadResult {
	const problems: ContentProblem[] = [];
	const bank: Bank = { articles: [], readings: [], questions: [], glossary: [], retired: [] };
	const ids: IdSite[] = [];
	const articleIds = [
		...new Set(
			Object.keys(files).flatMap((path) => (path.includes('/') ? [path.split('/')[0]] : []))
		)
	]
		.filter((id): id is string => id !== undefined)
		.sort();

	for (const articleId of articleIds) {
		const folder = `${articleId}/`;
		const own = Object.fromEntries(
			Object.entries(files)
				.filter(([path]) => path.startsWith(folder))
				.map(([path, text]) => [path.slice(folder.length), text])
		);
		loadArticle(articleId, own, bank, problems, ids);
	}

	const seen = new Map<string, IdSite>();
	for (const site of ids) {
		const first = seen.get(site.id);
		if (first) {
			problems.push({
				file: site.file,
				line: site.line,
				message: `the ${site.kind} id "${site.id}" is used twice (also a ${first.kind} in ${first.file}); ids must be unique`
			});
		} else {
			seen.set(site.id, site);
		}
	}
	if (articleIds.length === 0) {
		problems.push({ file: 'questions/', line: null, message: 'no article folders found' });
	}
	const retiredSource = files[RETIRED_FILE];
	if (retiredSource !== undefined) {
		problems.push(...loadRetired(retiredSource, bank, seen));
	}

	const siteOf = new Map(ids.map((site) => [site.id, site]));
	const cues = bank.questions.map((question) => {
		const site = siteOf.get(question.id);
		return measureCues(question, { file: site?.file ?? '', line: site?.line ?? null });
	});
	problems.push(...cueProblems(cues));
	return { bank, problems, cues };
}

function loadRetired(
	source: string,
	bank: Bank,
	inUse: ReadonlyMap<string, IdSite>
): ContentProblem[] {
	const file = new YamlFile(RETIRED_FILE, source);
	const data = file.read(retiredFileSchema);
	const seen = new Set<string>();
	data?.retired.forEach((entry, index) => {
		const site = inUse.get(entry.id);
		if (site) {
			// An id names one question for good: old lesson links and progress still mean the old one.
			file.report(
				['retired', index, 'id'],
				`"${entry.id}" is still a ${site.kind} id in ${site.file}; a retired id is never used again`
			);
		} else if (seen.has(entry.id)) {
			file.report(['retired', index, 'id'], `"${entry.id}" is listed twice`);
		} else if (entry.replacedBy !== undefined && inUse.get(entry.replacedBy)?.kind !== 'question') {
			file.report(
				['retired', index, 'replacedBy'],
				`"${entry.replacedBy}" is not a question in the bank`
			);
		} else {
			bank.retired.push({
				id: entry.id,
				reason: entry.reason,
				replacedBy: entry.replacedBy ?? null
			});
		}
		seen.add(entry.id);
	});
	return file.problems;
}

function loadArticle(
	articleId: string,
	files: ContentFiles,
	bank: Bank,
	problems: ContentProblem[],
	ids: IdSite[]
) {
	const source = files['article.txt'];
	if (source === undefined) {
		problems.push({ file: `${articleId}/article.txt`, line: null, message: 'is missing' });
		return;
	}
	const { title, sections, problem } = parseArticle(source);
	if (problem) {
		problems.push({ file: `${articleId}/article.txt`, line: null, message: problem });
		return;
	}
	const article: Article = { id: articleId, title, sections, readingIds: [], articleCheck: null };
	bank.articles.push(article);

	const readingPaths = Object.keys(files)
		.filter((path) => /^readings\/[^/]+\.ya?ml$/.test(path))
		.sort();
	const placed: { file: YamlFile; reading: Reading }[] = [];
	for (const path of readingPaths) {
		const file = new YamlFile(`${articleId}/${path}`, files[path] ?? '');
		const data = file.read(readingFileSchema);
		if (data) {
			const section = sections[data.section - 1];
			if (!section) {
				file.report(
					['section'],
					`section ${data.section} does not exist (the article has ${sections.length})`
				);
			} else {
				const reading = toReading(articleId, data, section);
				placed.push({ file, reading });
				ids.push({ id: reading.id, kind: 'reading', file: file.path, line: file.lineOf(['id']) });
				bank.readings.push(reading);
				article.readingIds.push(reading.id);
				data.questions.forEach((question, index) => {
					const context: QuestionContext = {
						file,
						path: ['questions', index],
						text: reading.text,
						sentences: reading.sentences,
						where: 'the reading'
					};
					if (checkQuestion(question, context)) {
						bank.questions.push(toQuestion(question, articleId, reading.id));
						ids.push({
							id: question.id,
							kind: 'question',
							file: file.path,
							line: file.lineOf([...context.path, 'id'])
						});
					}
				});
			}
		}
		problems.push(...file.problems);
	}
	// A reading file that did not load has its own problem; checking coverage and glossary terms
	// without its text would only add misleading ones (a "gap" where that reading belongs).
	const allPlaced = placed.length === readingPaths.length;
	if (allPlaced) {
		problems.push(...checkReadingCoverage(articleId, sections, placed));
	}

	const articleText = sections.map((section) => section.text).join(' ');
	const checkSource = files['article-check.yaml'];
	if (checkSource !== undefined) {
		const file = new YamlFile(`${articleId}/article-check.yaml`, checkSource);
		const data = file.read(articleCheckFileSchema);
		if (data) {
			const questionIds: string[] = [];
			data.questions.forEach((question, index) => {
				const path = ['questions', index];
				if (question.type === 'evidence') {
					file.report([...path, 'type'], 'the evidence type needs a passage; use it in a reading');
					return;
				}
				const context: QuestionContext = {
					file,
					path,
					text: articleText,
					sentences: splitSentences(articleText),
					where: 'the article'
				};
				if (checkQuestion(question, context)) {
					bank.questions.push(toQuestion(question, articleId, null));
					ids.push({
						id: question.id,
						kind: 'question',
						file: file.path,
						line: file.lineOf([...path, 'id'])
					});
					questionIds.push(question.id);
				}
			});
			article.articleCheck = { title: data.title, introduction: data.introduction, questionIds };
		}
		problems.push(...file.problems);
	}

	const glossarySource = files['glossary.yaml'];
	if (glossarySource !== undefined) {
		const file = new YamlFile(`${articleId}/glossary.yaml`, glossarySource);
		const data = file.read(glossaryFileSchema);
		const readings = placed.map(({ reading }) => reading);
		const terms = new Set<string>();
		data?.terms.forEach((entry, index) => {
			const key = entry.term.toLowerCase();
			if (terms.has(key)) {
				file.report(['terms', index, 'term'], `"${entry.term}" is listed twice`);
				return;
			}
			terms.add(key);
			const forms = [entry.term, ...(entry.forms ?? [])];
			const found = findTerm(forms, readings);
			if (!found) {
				if (allPlaced) {
					file.report(['terms', index, 'term'], `"${entry.term}" does not appear in any reading`);
				}
				return;
			}
			const term: GlossaryTerm = {
				articleId,
				term: entry.term,
				forms,
				partOfSpeech: entry.partOfSpeech,
				definition: entry.definition,
				readingId: found.reading.id,
				sentence: found.sentence
			};
			bank.glossary.push(term);
		});
		problems.push(...file.problems);
	}
}

export function parseArticle(source: string): {
	title: string;
	sections: Section[];
	problem: string | null;
} {
	const lines = source
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
	const [title = '', opening, ...rest] = lines;
	if (!opening || rest.length % 2 !== 0) {
		return {
			title,
			sections: [],
			problem:
				'is not in the expected shape: a title line, the opening paragraph, then a heading line and a paragraph line for each further section'
		};
	}
	const sections: Section[] = [{ number: 1, heading: null, text: opening }];
	for (let i = 0; i < rest.length; i += 2) {
		sections.push({ number: sections.length + 1, heading: rest[i] ?? '', text: rest[i + 1] ?? '' });
	}
	return { title, sections, problem: null };
}

function toReading(
	articleId: string,
	data: { id: string; title: string; section: number; text: string },
	section: Section
): Reading {
	const text = collapseSpace(data.text);
	return {
		id: data.id,
		articleId,
		title: data.title,
		section: data.section,
		heading: section.heading !== null && section.text.startsWith(text) ? section.heading : null,
		text,
		sentences: splitSentences(text),
		wordCount: countWords(text)
	};
}
