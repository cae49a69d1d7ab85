import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { resolve, sep } from 'node:path';
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

/** The name of the chunk `readingChunk` groups, which `compileReadingChunkEagerly` marks. */
const READING_CHUNK = 'reading';

/**
 * What a reading page runs, as one chunk: every module of the app that the pages of a reading's
 * first visit (the root layout, the error page, the reading page) import, found by following their
 * static imports once the module graph is built. A file joins or leaves the chunk by what imports
 * it, never by its name or folder, and what a page loads on demand (`import()`) stays out: the
 * summary at the end of a reading, the storage notice, read aloud, the settings panel, the graders
 * of typed answers. Other pages load this chunk too, for what they share with a reading.
 */
function readingChunk(): { plugin: Plugin; test: (id: string) => boolean } {
	const source = resolve('src') + sep;
	const pages = [
		'routes/+layout.svelte',
		'routes/+layout.ts',
		'routes/+error.svelte',
		'routes/read/[id]/+page.svelte'
	].map((page) => resolve('src', page));
	const reached = new Set<string>();
	return {
		plugin: {
			name: 'close-read:reading-chunk',
			apply: 'build',
			buildEnd() {
				if (this.environment.name !== 'client') {
					return;
				}
				reached.clear();
				const queue = [...pages];
				for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
					if (!reached.has(id)) {
						reached.add(id);
						queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
					}
				}
			}
		},
		// The app's own modules are named; Rolldown brings the Svelte and SvelteKit runtime they
		// import into the same chunk.
		test: (id) => id.startsWith(source) && reached.has(id)
	};
}

/**
 * SvelteKit's client takes `onMount` and `tick` from Svelte by destructuring the whole module
 * (`const { onMount, tick } = svelte`), which makes the bundler keep every export of Svelte, used
 * or not. Read as two properties, the rest can be left out. Fails the build if Kit's line moves, so
 * an upgrade is noticed rather than silently undoing it.
 */
function svelteExportsKitUses(): Plugin {
	const line = 'const { onMount, tick } = svelte;';
	return {
		name: 'close-read:svelte-exports-kit-uses',
		apply: 'build',
		transform: {
			filter: { id: /@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]client\.js$/ },
			handler(code, id) {
				if (!code.includes(line)) {
					this.error(`${id} no longer has "${line}": look again at this plugin`);
				}
				// One line for one: the lines after it keep their place in the source map.
				const properties = 'const onMount = svelte.onMount, tick = svelte.tick;';
				return { code: code.replace(line, properties), map: null };
			}
		}
	};
}

/**
 * Asks Chromium (136 and later) to compile every function of the reading chunk as the file
 * arrives, on a background thread while the page is still being parsed and drawn, instead of
 * one at a time on the main thread the first time each runs: almost all of them run as a reading
 * page wakes (issue 16). Added after minification, which would drop the comment; other browsers
 * read it as a comment. Costs about 30 bytes. https://v8.dev/blog/explicit-compile-hints
 */
function compileReadingChunkEagerly(): Plugin {
	return {
		name: 'close-read:compile-reading-chunk-eagerly',
		apply: 'build',
		generateBundle: {
			// After Vite's own additions to the chunk's top: the hint must come before every function.
			order: 'post',
			handler(_, bundle) {
				if (this.environment.name !== 'client') {
					return;
				}
				const chunks = Object.values(bundle).flatMap((file) =>
					file.type === 'chunk' && file.name === READING_CHUNK ? [file] : []
				);
				const [chunk] = chunks;
				if (!chunk || chunks.length > 1) {
					this.error(`expected one reading chunk, found ${chunks.length}`);
				}
				chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
			}
		}
	};
}

const reading = readingChunk();

export default defineConfig({
	plugins: [
		sveltekit(),
		reloadOnContentEdit(),
		reading.plugin,
		svelteExportsKitUses(),
		compileReadingChunkEagerly()
	],
	build: {
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							// What a reading page runs, in one chunk rather than a dozen small ones: the
							// gzip overhead of tiny chunks would otherwise break the first-visit budget.
							name: READING_CHUNK,
							test: reading.test
						}
					]
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		// A fresh worker per test file tripled the unit and component run on two cores; files share
		// workers instead, and src/test-data/fresh-modules.ts gives each its own app modules.
		isolate: false,
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'questions/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/test-data/fresh-modules.ts', 'src/test-data/setup-grading.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts'],
					setupFiles: ['src/test-data/fresh-modules.ts', 'src/test-data/setup-dom.ts']
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
					// One Chromium on a two-core machine: specs take turns rather than starve each other,
					// in one worker that loads the browser driver once.
					fileParallelism: false,
					isolate: false
				}
			}
		]
	}
});
