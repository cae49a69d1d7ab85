/**
 * The checked bank, built once at build time from `questions/` (and any folder CLOSE_READ_CONTENT
 * names). Server-only: the YAML parser and the validator stay out of the browser; pages receive
 * plain data through their load functions.
 */
import { extraContentFiles } from './content-files';
import { loadBank } from './load';
import type { Bank, Question, Reading, StudyArticle } from '$lib/content/model';
import { splitSentences } from '$lib/content/text';

const sources = import.meta.glob<string>('/questions/**/*.{yaml,yml,txt}', {
	query: '?raw',
	import: 'default',
	eager: true
});

function build(): Bank {
	const files = {
		...Object.fromEntries(
			Object.entries(sources).map(([path, text]) => [path.replace(/^\/questions\//, ''), text])
		),
		...extraContentFiles()
	};
	const { bank, problems } = loadBank(files);
	if (problems.length > 0) {
		const list = problems.map(
			(p) => `questions/${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`
		);
		throw new Error(`The content has ${problems.length} problem(s):\n${list.join('\n')}`);
	}
	return bank;
}

export const bank = build();

const readingsById = new Map(bank.readings.map((reading) => [reading.id, reading]));

export function findReading(id: string): Reading | undefined {
	return readingsById.get(id);
}

export function questionsOf(readingId: string): Question[] {
	return bank.questions.filter((question) => question.readingId === readingId);
}

/**
 * Everything a page needs to run any question beside its passage: lessons and review use it.
 * Every article comes with it, so a question from any of them finds its own text.
 */
export function studyMaterial() {
	return {
		readings: bank.readings,
		questions: bank.questions,
		glossary: bank.glossary,
		// Ids of questions the authors revised or retired, so an old lesson link can say so.
		retiredQuestionIds: bank.retired.map((question) => question.id),
		articles: bank.articles.map((article): StudyArticle => ({
			id: article.id,
			title: article.title,
			blocks: article.sections.map((section) => ({
				heading: section.heading,
				sentences: splitSentences(section.text)
			}))
		}))
	};
}
