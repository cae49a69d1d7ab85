import { summarizeReadings } from '$lib/content/summary';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	head: {
		title: 'Close Read · reading practice',
		description:
			'Short readings from one news article, with questions that show you where the text says so. Your progress stays on your device.'
	},
	articles: bank.articles.map((article) => ({
		id: article.id,
		title: article.title,
		checkQuestions: article.articleCheck?.questionIds.length ?? 0
	})),
	readings: summarizeReadings(bank)
})) satisfies PageServerLoad;
