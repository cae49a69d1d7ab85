import { summarizeReadings } from '$lib/content/summary';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	articles: bank.articles.map((article) => ({
		id: article.id,
		title: article.title,
		checkQuestions: article.articleCheck?.questionIds.length ?? 0
	})),
	readings: summarizeReadings(bank)
})) satisfies PageServerLoad;
