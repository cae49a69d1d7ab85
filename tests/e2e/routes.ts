/** Every page of the built site, from the content itself, so a new reading is visited too. */
import { loadBank } from '../../src/lib/server/load';
import { readContentFiles } from '../../scripts/content-files';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';

const { bank } = loadBank(readContentFiles());

export const READING_IDS = bank.readings.map((reading) => reading.id);

/** A lesson link of the first reading's questions, as a teacher would send it. */
export const LESSON_LINK = `/lesson/#${encodeLesson({
	title: 'Reading one',
	instructions: 'Read the passage, then answer.',
	readingIds: [READING_IDS[0] ?? ''],
	questionIds: bank.questions.filter((q) => q.readingId === READING_IDS[0]).map((q) => q.id),
	dueDate: null,
	passMark: 60,
	attemptsPerQuestion: 2,
	feedback: 'immediate',
	shuffleChoices: false,
	wholeArticle: false
})}`;

export const ROUTES = [
	'/',
	'/progress/',
	'/review/',
	'/glossary/',
	'/check/',
	...bank.articles.filter((article) => article.articleCheck).map(({ id }) => `/check/${id}/`),
	'/teach/',
	'/teach/results/',
	'/teach/print/',
	'/lesson/',
	LESSON_LINK,
	...READING_IDS.map((id) => `/read/${id}/`)
];

/**
 * The same address as a person may type it, without the trailing slash: "/glossary",
 * "/read/<id>", "/lesson#…". The root has no other form.
 */
export function withoutTrailingSlash(route: string): string {
	return route.replace(/(.)\/(#|$)/, '$1$2');
}

/** Every page by each address a person can reach it by. */
export const ADDRESSES = [
	...ROUTES,
	...ROUTES.map(withoutTrailingSlash).filter((route) => !ROUTES.includes(route))
];
