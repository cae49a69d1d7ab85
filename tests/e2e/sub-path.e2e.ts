/**
 * The site built for a sub-path (`npm run build:subpath`: BASE_PATH=/close-read, as GitHub Pages
 * or a school server's folder serves it) and served there: every link and asset stays under the
 * sub-path, a student reads, answers and finds their progress, and every address opens offline.
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { expectEveryAddressOffline } from './offline-check';
import { ROUTES } from './routes';
import { useBrowser, type Page } from './site';

const BASE = '/close-read';
const FOLDER = 'build-close-read';
const { newStudent } = useBrowser({ serviceWorkers: 'allow' });

let server: Server;
let siteRoot: string;

beforeAll(async () => {
	if (!existsSync(`${FOLDER}/index.html`)) {
		throw new Error(`No sub-path build in ${FOLDER}/. Run "npm run build:subpath" first.`);
	}
	({ server, url: siteRoot } = await startServer({ root: FOLDER, port: 0, base: BASE }));
});

afterAll(() => server?.close());

/** Every same-site link and asset the page points to. */
async function addressesIn(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
			...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((link) => link.href),
			...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map(
				(script) => script.src
			),
			...performance.getEntriesByType('resource').map((entry) => entry.name)
		].filter((address) => address.startsWith(location.origin))
	);
}

describe('the site under a sub-path', () => {
	it('keeps every link, asset and the service worker under the sub-path', async () => {
		const { page, problems } = await newStudent({ baseURL: siteRoot });
		for (const route of ROUTES) {
			await page.goto(new URL(`.${route}`, siteRoot).href);
			await page.getByRole('heading', { level: 1 }).waitFor();
			const outside = (await addressesIn(page)).filter(
				(address) => !new URL(address).pathname.startsWith(`${BASE}/`)
			);
			expect(outside, route).toEqual([]);
		}
		const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
		expect(scope).toBe(siteRoot);
		expect(problems).toEqual([]);
	}, 120_000);

	it('lets a student read, answer and see their progress there', async () => {
		const { page, problems } = await newStudent({ baseURL: siteRoot });
		await page.goto(siteRoot);
		await page.getByRole('link', { name: /Start with “Back at the table”/ }).click();
		await page.getByRole('heading', { level: 1, name: 'Back at the table' }).waitFor();
		expect(new URL(page.url()).pathname).toBe(`${BASE}/read/back-at-the-table/`);
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect
			.poll(() => question.getByRole('status').textContent())
			.toMatch(/Right\.|Not quite\./);
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Progress' })
			.click();
		const row = page.getByRole('row', { name: /Back at the table/ });
		await row.waitFor();
		expect(await row.getByRole('cell').first().textContent()).toMatch(/^1 of \d+$/);
		expect(new URL(page.url()).pathname).toBe(`${BASE}/progress/`);
		expect(problems).toEqual([]);
	}, 60_000);

	it('opens every address offline after one visit, with and without the trailing slash', async () => {
		const { page, context } = await newStudent({ baseURL: siteRoot });
		await page.goto(siteRoot);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((done) =>
					navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
				);
			}
		});
		await context.setOffline(true);
		await expectEveryAddressOffline(page, siteRoot);
		await context.setOffline(false);
	}, 240_000);
});
