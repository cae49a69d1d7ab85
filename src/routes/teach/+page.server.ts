import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Whole questions and readings: the builder shows each question in full, copies a bank question
// for the teacher to edit, and checks the teacher's questions against their reading's text.
export const load = (() => ({
	head: {
		title: 'Make a lesson · Close Read',
		description:
			'Choose readings and questions for a class, and share one link. No accounts, no server.'
	},
	readings: bank.readings,
	questions: bank.questions
})) satisfies PageServerLoad;
