import { json } from '@sveltejs/kit';
import { canonicalExport } from '$lib/server/canonical';
import { bank } from '$lib/server/content';

// The canonical bank of every article as a static file: the teacher's page fetches it only to
// export to an LMS.
export const prerender = true;

export const GET = () =>
	json({ articles: bank.articles.map((article) => canonicalExport(bank, article.id)) });
