/** Reads every content file under a folder laid out like `questions/`, for the build and scripts. */
import { readdirSync, readFileSync } from 'node:fs';
import { delimiter, join, relative, resolve, sep } from 'node:path';
import type { ContentFiles } from './load';

export function readContentFiles(root: string): ContentFiles {
	const files: ContentFiles = {};
	for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
		if (entry.isFile() && /\.(ya?ml|txt)$/.test(entry.name)) {
			const path = join(entry.parentPath, entry.name);
			files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	}
	return files;
}

/**
 * More content folders to build beside `questions/`, from CLOSE_READ_CONTENT (paths separated
 * like PATH, relative to the working folder). The end-to-end test builds a fixture article so.
 */
export function extraContentFiles(
	variable: string | undefined = process.env.CLOSE_READ_CONTENT
): ContentFiles {
	const roots = (variable ?? '').split(delimiter).filter((root) => root !== '');
	return Object.assign({}, ...roots.map((root) => readContentFiles(resolve(root))));
}
