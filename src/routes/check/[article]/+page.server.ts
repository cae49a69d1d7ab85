import { error } from '@sveltejs/kit';
import { splitSentences } from '$lib/content/text';
import { bank } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	bank.articles
		.filter((article) => article.articleCheck !== null)
		.map((article) => ({ article: article.id }));

export const load = (({ params }) => {
	const article = bank.articles.find((candidate) => candidate.id === params.article);
	const check = article?.articleCheck;
	if (!article || !check) {
		error(404, 'There is no whole-article check at this address.');
	}
	const ids = new Set(check.questionIds);
	return {
		head: {
			title: 'Whole-article check · Close Read',
			description: 'Questions about the whole article, once every reading is done.'
		},
		check: {
			title: check.title,
			introduction: check.introduction,
			articleTitle: article.title,
			blocks: article.sections.map((section) => ({
				heading: section.heading,
				sentences: splitSentences(section.text)
			})),
			questions: bank.questions.filter((question) => ids.has(question.id))
		}
	};
}) satisfies PageServerLoad;
