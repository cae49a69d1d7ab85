import type { Handle } from '@sveltejs/kit';
import { BOOT_SCRIPT } from '$lib/settings/boot.js';

// Runs at prerender time: puts the settings boot script (whose hash the CSP allows) into <head>.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%close-read.boot%', `<script>${BOOT_SCRIPT}</script>`)
	});
