import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	readings: bank.readings.map(({ id, title, section, heading }) => ({
		id,
		title,
		section,
		heading
	})),
	questions: bank.questions.map(({ id, readingId, type, skill, difficulty, prompt }) => ({
		id,
		readingId,
		type,
		skill,
		difficulty,
		prompt
	}))
})) satisfies PageServerLoad;
