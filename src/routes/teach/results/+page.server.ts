import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';
import type { ResultsQuestion, ResultsReading } from './results-question';

export const load = (() => ({
	questions: bank.questions.map(
		({ id, readingId, skill, type, prompt, difficulty }): ResultsQuestion => ({
			id,
			readingId,
			skill,
			type,
			prompt,
			difficulty
		})
	),
	readings: bank.readings.map(({ id, title }): ResultsReading => ({ id, title }))
})) satisfies PageServerLoad;
