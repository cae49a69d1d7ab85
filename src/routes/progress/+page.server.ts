import { summarizeReadings } from '$lib/content/summary';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	head: {
		title: 'Your progress · Close Read',
		description: 'What you have read, what you have mastered, what to do next.'
	},
	articles: bank.articles.map(({ id, title }) => ({ id, title })),
	readings: summarizeReadings(bank),
	questions: bank.questions.map(({ id, articleId, readingId, skill }) => ({
		id,
		articleId,
		readingId,
		skill
	}))
})) satisfies PageServerLoad;
