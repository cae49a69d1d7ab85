import { error } from '@sveltejs/kit';
import { termsTestedBy } from '$lib/content/glossary-tests';
import { termPlaces } from '$lib/content/term-places';
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
	const questions = questionsOf(reading.id);
	const terms = bank.glossary.filter((term) => term.readingId === reading.id);
	return {
		head: {
			title: `${reading.title} · Close Read`,
			description: `Read “${reading.title}” and answer questions about it.`
		},
		reading: shown,
		position: { number: index + 1, of: readings.length },
		questions,
		// What the page shows of each term; its forms are only looked for, and that is done here.
		glossary: terms.map(({ term, partOfSpeech, definition }) => ({
			term,
			partOfSpeech,
			definition
		})),
		// Which words each question tests, and where the words are, so the page need not work it
		// out as it wakes.
		tested: termsTestedBy(questions, terms),
		places: termPlaces(reading.sentences, terms),
		previous: neighbour(index - 1),
		next: neighbour(index + 1)
	};
}) satisfies PageServerLoad;
