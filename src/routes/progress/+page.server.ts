import { summarizeReadings } from '$lib/content/summary';
import { bank } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({ readings: summarizeReadings(bank) })) satisfies PageServerLoad;
