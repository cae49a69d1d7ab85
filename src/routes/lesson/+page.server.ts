import { studyMaterial } from '$lib/server/content';
import type { PageServerLoad } from './$types';

// The lesson itself arrives in the URL fragment, which only the browser sees: the page carries
// the whole bank so any lesson link can run from it, offline too.
export const load = (() => studyMaterial()) satisfies PageServerLoad;
