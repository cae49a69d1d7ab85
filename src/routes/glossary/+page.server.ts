import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => {
	const titles = new Map(bank.readings.map((reading) => [reading.id, reading.title]));
	const terms = [...bank.glossary].sort((a, b) =>
		a.term.localeCompare(b.term, 'en', { sensitivity: 'base' })
	);
	const groups: { letter: string; terms: ((typeof terms)[number] & { readingTitle: string })[] }[] =
		[];
	for (const term of terms) {
		const letter = term.term[0]?.toUpperCase() ?? '';
		if (groups.at(-1)?.letter !== letter) {
			groups.push({ letter, terms: [] });
		}
		groups.at(-1)?.terms.push({ ...term, readingTitle: titles.get(term.readingId) ?? '' });
	}
	return {
		groups,
		head: {
			title: 'Glossary · Close Read',
			description: 'The hard words of the article, in plain words.'
		}
	};
}) satisfies PageServerLoad;
