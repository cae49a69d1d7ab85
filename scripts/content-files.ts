/** Reads every content file under `questions/` for the Node scripts and tests. */
import { join } from 'node:path';
import { readContentFiles as readFolder } from '../src/lib/server/content-files';
import type { ContentFiles } from '../src/lib/server/load';

export const QUESTIONS_DIR = join(import.meta.dirname, '..', 'questions');

export function readContentFiles(root = QUESTIONS_DIR): ContentFiles {
	return readFolder(root);
}
