import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';
import { answerParts, type ResultsQuestion, type ResultsReading } from './results-question';

export const load = (() => ({
	head: {
		title: 'Class results · Close Read',
		description: "Collect your students' results codes and files, and see the class at a glance."
	},
	questions: bank.questions.map((question): ResultsQuestion => ({
		id: question.id,
		readingId: question.readingId,
		skill: question.skill,
		type: question.type,
		prompt: question.prompt,
		difficulty: question.difficulty,
		...answerParts(question)
	})),
	readings: bank.readings.map(({ id, title, sentences }): ResultsReading => ({
		id,
		title,
		sentences
	}))
})) satisfies PageServerLoad;
