import { studyMaterial } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	...studyMaterial(),
	head: {
		title: 'Review · Close Read',
		description: 'Questions to look at again: the ones you missed, and the ones due.'
	}
})) satisfies PageServerLoad;
