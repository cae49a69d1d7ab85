import { summarizeReadings } from '$lib/content/summary';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	articleId: bank.articles[0]?.id ?? '',
	readings: summarizeReadings(bank),
	questions: bank.questions.map(({ id, readingId, skill }) => ({ id, readingId, skill }))
})) satisfies PageServerLoad;
