import type { Handle } from '@sveltejs/kit';
import { exposePageData } from '$lib/server/expose-page-data';
import { openIslands } from '$lib/server/islands';
import { preloadScriptsLast } from '$lib/server/preload-scripts-last';
import { BOOT_SCRIPT } from '$lib/settings/boot.js';

// Runs at prerender time: puts the settings boot script (whose hash the CSP allows) into <head>,
// the later question cards' HTML into their places, the script preloads at the end, and lets
// the page's scripts read its data as they start.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		// The default typeface is preloaded (not its accented letters, which only a page that shows
		// one fetches), and so are the page's scripts, but those from the end of the page (below).
		preload: ({ type, path }) =>
			type === 'css' ||
			type === 'js' ||
			(type === 'font' && /atkinson-hyperlegible-next\.[\w-]+\.woff2$/.test(path)),
		// A function, not a string: a replacement string would read `$&` or `$'` in the script as
		// patterns, and the script would no longer match its hash.
		transformPageChunk: ({ html }) =>
			exposePageData(
				preloadScriptsLast(
					openIslands(html).replace('%close-read.boot%', () => `<script>${BOOT_SCRIPT}</script>`)
				)
			)
	});
