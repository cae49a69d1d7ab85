/** Every page of the built site, from the content itself, so a new reading is visited too. */
import { loadBank } from '../../src/lib/content/load';
import { readContentFiles } from '../../scripts/content-files';

const { bank } = loadBank(readContentFiles());

export const READING_IDS = bank.readings.map((reading) => reading.id);

export const ROUTES = [
	'/',
	'/progress/',
	'/glossary/',
	'/check/',
	...READING_IDS.map((id) => `/read/${id}/`)
];
