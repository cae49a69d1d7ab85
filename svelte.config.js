import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { BOOT_SCRIPT } from './src/lib/settings/boot.js';

// BUILD_DIR: where the site is written. The sub-path and second-article builds of the end-to-end
// tests go beside the default one, leaving build/ as it is.
const out = process.env.BUILD_DIR ?? 'build';
// Each extra build (a second article, a sub-path) keeps its own working files, so `npm test` can
// run the builds side by side.
const outDir = process.env.BUILD_DIR ? `.svelte-kit/${process.env.BUILD_DIR}` : '.svelte-kit';
const bootHash = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every page is prerendered; a missing page is an error at build time, not a blank page later.
		// 404.html is what static hosts serve for an unknown address; it shows the not-found page.
		adapter: adapter({ pages: out, assets: out, strict: true, fallback: '404.html' }),
		outDir,
		// BASE_PATH=/close-read serves the site from a sub-path (GitHub Pages, a school server's
		// folder); the default build stays at the root. Asset links stay relative either way, so a
		// lesson page also runs from an LMS's path inside a SCORM package.
		paths: { base: process.env.BASE_PATH ?? '', relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Styles inlined into each page: no stylesheet round trip before the first paint.
		inlineStyleThreshold: 20_000,
		// Hashes, not nonces: the pages are static. frame-ancestors cannot be set from a meta tag;
		// hosts should send it as a header (see static/_headers and the README).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', bootHash],
				// Kit's route announcer and Svelte transitions set inline styles; scripts stay strict.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				// Nothing writes HTML from text: the only HTML sink is Svelte's own template cloning,
				// and Kit's service worker URL, each through its own policy. Anything else is refused.
				'require-trusted-types-for': ['script'],
				'trusted-types': ['svelte-trusted-html', 'sveltekit-trusted-url']
			}
		},
		typescript: {
			// The Node scripts (content check, export, server, bench) are type-checked too.
			config: (config) => {
				config.include.push('../scripts/**/*.ts');
			}
		}
	}
};

export default config;
