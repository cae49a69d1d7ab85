import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { exposePageData } from './expose-page-data';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

// SvelteKit's start script as it writes it, with the page's data; the boot script before it.
const START = `
	Promise.all([import("./start.js"), import("./app.js")]).then(([kit, app]) => {
		kit.start(app, element, {
			node_ids: [0, 9],
			data: [null, { type: "data", data: { reading: { id: "back-at-the-table" } } }]
		});
	});
`;
const page = (start: string, allowed = hash(start)) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('boot()')} ${allowed}">` +
	`<script>boot()</script></head><body><main>Reading</main><script>${start}</script></body></html>`;

const scripts = (html: string) =>
	[...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]!);

describe('exposePageData', () => {
	it('hands the page’s data to its scripts as SvelteKit starts, and lets only that script run', () => {
		const exposed = exposePageData(page(START));
		const [boot, start] = scripts(exposed);
		expect(boot).toBe('boot()');
		// The CSP allows the start script as it now is, and no longer the one it replaced.
		expect(exposed).toContain(hash(start!));
		expect(exposed).not.toContain(hash(START));
		expect(exposed).toContain(hash('boot()'));

		// Run as the browser would, with the modules it imports standing in: SvelteKit gets the
		// same data as before, and the page's scripts get it too.
		const window: { __closeReadPage?: unknown } = {};
		let started: unknown;
		const kit = { start: (_app: unknown, _element: unknown, data: unknown) => (started = data) };
		runInNewContext(start!.replaceAll('import(', 'String('), {
			window,
			element: null,
			Promise: { all: () => ({ then: (next: (modules: unknown[]) => void) => next([kit, {}]) }) }
		});
		expect(started).toMatchObject({
			data: [null, { data: { reading: { id: 'back-at-the-table' } } }]
		});
		expect(window.__closeReadPage).toBe(started);
	});

	it('leaves a page as it is when its start script or that script’s hash is not where expected', () => {
		const noStart = page('boot2()');
		expect(exposePageData(noStart)).toBe(noStart);
		const otherHash = page(START, hash('something else'));
		expect(exposePageData(otherHash)).toBe(otherHash);
	});
});
