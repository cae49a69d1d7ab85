import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `npm run dev` reloads the page when a file under questions/ changes. The bank is built on the
 * server, so the browser's module graph never holds the content: the server side is invalidated
 * as usual, but without this nothing would tell the page to fetch it again.
 */
function reloadOnContentEdit(): Plugin {
	const folder = resolve('questions') + sep;
	return {
		name: 'close-read:reload-on-content-edit',
		apply: 'serve',
		hotUpdate({ file }) {
			if (this.environment.name === 'client' && file.startsWith(folder)) {
				this.environment.hot.send({ type: 'full-reload' });
				return [];
			}
		}
	};
}

/**
 * The folders of what every study page runs: passage, questions, the study session, grading,
 * storage, settings, the progress record. Their files, not their subfolders: what only the progress and review pages
 * derive lives in src/lib/progress/report/ and stays out of a reading's first visit.
 */
const READING_FOLDERS = new Set(
	[
		'components/passage',
		'components/question',
		'components/study',
		'study',
		'quiz',
		'storage',
		'settings',
		'content',
		'progress'
	].map((folder) => resolve('src/lib', folder))
);

/**
 * Whether a module defines valibot schemas. Those stay out of the reading chunk even in a reading
 * folder: other pages import them, and the validator (about 12 KB) would follow them into every
 * reading page's first visit, which reads its stored progress by hand (`stored-parts.ts`).
 */
const validates = (file: string): boolean =>
	/^import \* as v from 'valibot';$/m.test(readFileSync(file, 'utf8'));

function inReadingChunk(id: string): boolean {
	const file = id.split('?')[0] ?? id;
	return READING_FOLDERS.has(dirname(file)) && !(file.endsWith('.ts') && validates(file));
}

export default defineConfig({
	plugins: [sveltekit(), reloadOnContentEdit()],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// What a reading page runs, in one chunk rather than a dozen small ones: the
							// gzip overhead of tiny chunks would otherwise break the first-visit budget.
							// Chosen by folder, so a renamed or added file stays where its folder is.
							name: 'reading',
							test: inReadingChunk
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'questions/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/test-data/setup-dom.ts']
				}
			},
			{
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.e2e.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000,
					// Two specs at a time share the one Chromium: most of a spec's time is spent waiting
					// for pages, so two keep a two-core machine busy (the suite runs in about two thirds
					// of the time) without starving each other. Each spec has its own browser contexts.
					maxWorkers: 2
				}
			}
		]
	}
});
