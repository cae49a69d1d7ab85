import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { exposePageData } from './expose-page-data';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

// SvelteKit's start script as it writes it, with the page's data; the boot script before it.
const START = `
	const element = document.currentScript.parentElement;
	Promise.all([import("./start.js"), import("./app.js")]).then(([kit, app]) => {
		kit.start(app, element, {
			node_ids: [0, 9],
			data: [null, { type: "data", data: { reading: { id: "back-at-the-table" }, note: "{ });" } }],
			form: null,
			error: null
		});
	});
`;
const page = (start: string) =>
	`<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash('boot()')} ${hash(start)}">` +
	`<script>boot()</script></head><body><main>Reading</main><script>${start}</script></body></html>`;

const scripts = (html: string) =>
	[...html.matchAll(/<script>([^]*?)<\/script>/g)].map((m) => m[1]!);

/**
 * Runs a start script as the browser would, its modules standing in: what the page's own modules
 * find as they run, and what SvelteKit is started with once they have.
 */
function run(start: string) {
	const window: { __closeReadPage?: unknown } = {};
	const seen: { asModulesRun?: unknown; started?: unknown } = {};
	const kit = {
		start: (_app: unknown, _element: unknown, data: unknown) => (seen.started = data)
	};
	const tasks: (() => void)[] = [];
	runInNewContext(start.replaceAll('import(', 'String('), {
		window,
		document: { currentScript: { parentElement: null } },
		setTimeout: (task: () => void) => tasks.push(task),
		Promise: {
			all: () => ({
				then: (next: (modules: unknown[]) => void) => {
					seen.asModulesRun = window.__closeReadPage;
					next([kit, {}]);
				}
			})
		}
	});
	// SvelteKit starts in a task of its own, after the modules have run.
	expect(seen.started).toBeUndefined();
	tasks.forEach((task) => task());
	return { window, ...seen };
}

describe('exposePageData', () => {
	it('keeps the page’s data where its modules find it as they run, and starts SvelteKit with it', () => {
		const exposed = exposePageData(page(START));
		const [boot, start] = scripts(exposed);
		expect(boot).toBe('boot()');
		// The CSP allows the start script as it now is, and no longer the one it replaced.
		expect(exposed).toContain(hash(start!));
		expect(exposed).not.toContain(hash(START));
		expect(exposed).toContain(hash('boot()'));

		const { window, asModulesRun, started } = run(start!);
		const data = {
			node_ids: [0, 9],
			data: [null, { type: 'data', data: { reading: { id: 'back-at-the-table' }, note: '{ });' } }],
			form: null,
			error: null
		};
		expect(asModulesRun).toEqual(data);
		expect(started).toBe(window.__closeReadPage);
		expect(started).toEqual(data);
	});

	it('leaves a page without SvelteKit’s start script, or started without data, as it is', () => {
		const noStart = page('boot2()');
		expect(exposePageData(noStart)).toBe(noStart);
		// The fallback page for unknown addresses.
		const noData = page(
			'Promise.all([import("./start.js"), import("./app.js")]).then(([kit, app]) => { kit.start(app, element); });'
		);
		expect(exposePageData(noData)).toBe(noData);
	});

	it('fails, rather than leave the page slower, when SvelteKit writes its start script otherwise', () => {
		expect(() =>
			exposePageData(page(START.replace('Promise.all([', 'Promise.allSettled([')))
		).toThrow(/start script/);
	});
});
