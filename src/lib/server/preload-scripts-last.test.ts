import { describe, expect, it } from 'vitest';
import { preloadScriptsLast } from './preload-scripts-last';

const page = `<!doctype html><html><head><meta charset="utf-8">
<link href="./_app/immutable/entry/start.A.js" rel="modulepreload">
<link href="./_app/immutable/chunks/B.js" rel="modulepreload">
<link href="./font.woff2" rel="preload" as="font" type="font/woff2" crossorigin>
<script>boot()</script></head><body><main>Reading</main>
<script>Promise.all([import("./_app/immutable/entry/start.A.js")])</script></body></html>`;

describe('preloadScriptsLast', () => {
	it('asks for the scripts after the page’s text, at low priority, just before SvelteKit’s start script', () => {
		const moved = preloadScriptsLast(page);
		const head = moved.slice(0, moved.indexOf('</head>'));
		expect(head).not.toContain('modulepreload');
		// What the first paint needs stays first.
		expect(head).toContain('rel="preload" as="font"');
		expect(head).toContain('<script>boot()</script>');
		const body = moved.slice(moved.indexOf('</head>'));
		expect(body.indexOf('start.A.js" rel="modulepreload" fetchpriority="low"')).toBeGreaterThan(
			body.indexOf('</main>')
		);
		expect(body.indexOf('chunks/B.js" rel="modulepreload" fetchpriority="low"')).toBeLessThan(
			body.indexOf('<script>Promise.all')
		);
		// The chunk, which holds the code, is asked for before the entry point that imports it.
		expect(body.indexOf('chunks/B.js')).toBeLessThan(body.indexOf('start.A.js'));
		expect(moved.match(/modulepreload/g)).toHaveLength(2);
	});

	it('leaves a page without a start script as it is', () => {
		const noScripts = page.replace(/<script>Promise[^]*?<\/script>/, '');
		expect(preloadScriptsLast(noScripts)).toBe(noScripts);
	});
});
