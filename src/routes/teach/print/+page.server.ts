import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';
import type { PrintArticle, PrintReading } from './worksheet';

// Every question with its answers: the lesson is only known in the browser, from the fragment.
export const load = (() => ({
	readings: bank.readings.map(({ id, articleId, title, heading, text }): PrintReading => ({
		id,
		articleId,
		title,
		heading,
		text
	})),
	questions: bank.questions,
	articles: bank.articles.map(({ id, title, sections }): PrintArticle => ({ id, title, sections }))
})) satisfies PageServerLoad;
