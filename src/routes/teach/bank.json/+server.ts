import { json } from '@sveltejs/kit';
import { canonicalExport } from '$lib/server/canonical';
import { bank } from '$lib/server/content';

// The canonical bank as a static file: the teacher's page fetches it only to export to an LMS.
export const prerender = true;

export const GET = () => json(canonicalExport(bank, bank.articles[0]?.id ?? ''));
