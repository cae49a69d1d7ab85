import { studyMaterial } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => studyMaterial()) satisfies PageServerLoad;
