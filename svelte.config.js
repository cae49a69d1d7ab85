import { createHash } from 'node:crypto';
import adapter from '@sveltejs/adapter-static';
import { BOOT_SCRIPT } from './src/lib/settings/boot.js';

const bootHash = `sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}`;
// Where the site is written: build/, or another folder for a build with extra content (the
// second-article end-to-end test builds into its own, leaving build/ as it is).
const out = process.env.CLOSE_READ_OUT ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		// Every page is prerendered; a missing page is an error at build time, not a blank page later.
		// 404.html is what static hosts serve for an unknown address; it shows the not-found page.
		adapter: adapter({ pages: out, assets: out, strict: true, fallback: '404.html' }),
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
