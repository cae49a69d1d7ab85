import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// Each article's check has its own address; this page, the old one, lists them.
export const load = (() => ({
	checks: bank.articles.flatMap((article) =>
		article.articleCheck ? [{ articleId: article.id, articleTitle: article.title }] : []
	)
})) satisfies PageServerLoad;
