/** Reads every content file under `questions/` for the Node scripts and tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from '../src/lib/server/load';

export const QUESTIONS_DIR = join(import.meta.dirname, '..', 'questions');

export function readContentFiles(root = QUESTIONS_DIR): ContentFiles {
	const files: ContentFiles = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && /\.(ya?ml|txt)$/.test(entry.name)) {
			const path = join(entry.parentPath, entry.name);
			files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	}
	return files;
}
