import type { Handle } from '@sveltejs/kit';
import { BOOT_SCRIPT } from '$lib/settings/boot.js';

// Runs at prerender time: puts the settings boot script (whose hash the CSP allows) into <head>.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// Only what the first paint needs is preloaded: the styles and the default typeface (not its
		// accented letters, which only a page that shows one fetches). Script preloads compete with
		// them on a slow line (Lighthouse's first paint went from 1.2 s to 0.8-1.0 s without them);
		// the scripts still load at once, from the end of the page.
		preload: ({ type, path }) =>
			type === 'css' ||
			(type === 'font' && /atkinson-hyperlegible-next\.[\w-]+\.woff2$/.test(path)),
		// A function, not a string: a replacement string would read `$&` or `$'` in the script as
		// patterns, and the script would no longer match its hash.
		transformPageChunk: ({ html }) =>
			html.replace('%close-read.boot%', () => `<script>${BOOT_SCRIPT}</script>`)
	});
