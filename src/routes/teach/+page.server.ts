import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Whole questions and readings: the builder shows each question in full, copies a bank question
// for the teacher to edit, and shows the reading's text to pick evidence from.
export const load = (() => ({
	readings: bank.readings.map(({ id, title, section, heading, text, sentences }) => ({
		id,
		title,
		section,
		heading,
		text,
		sentences
	})),
	questions: bank.questions
})) satisfies PageServerLoad;
