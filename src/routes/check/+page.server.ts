import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Each article's check has its own address; this page, the old one, lists them.
export const load = (() => ({
	head: {
		title: 'Whole-article checks · Close Read',
		description: 'Questions about a whole article, once its readings are done.'
	},
	checks: bank.articles.flatMap((article) =>
		article.articleCheck ? [{ articleId: article.id, articleTitle: article.title }] : []
	)
})) satisfies PageServerLoad;
