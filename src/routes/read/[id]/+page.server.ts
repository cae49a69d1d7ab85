import { error } from '@sveltejs/kit';
import { bank, findReading, questionsOf } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => bank.readings.map((reading) => ({ id: reading.id }));

export const load = (({ params }) => {
	const reading = findReading(params.id);
	if (!reading) {
		error(404, 'There is no reading at this address.');
	}
	const readings = bank.readings.filter((other) => other.articleId === reading.articleId);
	const index = readings.findIndex((other) => other.id === reading.id);
	const neighbour = (at: number) => {
		const other = readings[at];
		return other ? { id: other.id, title: other.title } : null;
	};
	// Only what the page renders: the text travels once, as sentences.
	const { text: omitted, ...shown } = reading;
	return {
		head: {
			title: `${reading.title} · Close Read`,
			description: `Read “${reading.title}” and answer questions about it.`
		},
		reading: shown,
		position: { number: index + 1, of: readings.length },
		questions: questionsOf(reading.id),
		glossary: bank.glossary
			.filter((term) => term.readingId === reading.id)
			.map(({ term, forms, partOfSpeech, definition }) => ({
				term,
				forms,
				partOfSpeech,
				definition
			})),
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
}) satisfies PageServerLoad;
