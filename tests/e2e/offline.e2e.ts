/**
 * Proves the site works offline after one visit: every page opens from the service worker's
 * cache, answering still saves progress, and a new deploy is offered as an update, never mixed in.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import { expectEveryAddressOffline } from './offline-check';
import { siteUrl, useBrowser, type Page } from './site';

const { newStudent } = useBrowser({ serviceWorkers: 'allow' });

async function waitForOfflineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});
}

describe('offline', () => {
	it('opens every page from the cache after one visit, and still saves answers', async () => {
		const { page, context } = await newStudent();
		await page.goto('/');
		await waitForOfflineReady(page);

		await context.setOffline(true);
		// Each page as linked and as typed without its trailing slash; the lesson link is opened
		// for the first time here, offline.
		await expectEveryAddressOffline(page, siteUrl());

		await page.goto('/read/a-game-changer/');
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio').first().check();
		await question.getByRole('button', { name: 'Check' }).click();
		await question
			.getByRole('button', { name: /^(Try again|Show where the text says so) / })
			.waitFor();
		// Client-side navigation offline uses the cached page data too.
		await page.getByRole('link', { name: 'Progress' }).click();
		const row = page.getByRole('row', { name: /A game-changer/ });
		await row.waitFor();
		expect(await row.getByRole('cell').first().textContent()).toMatch(/^1 of \d+$/);
		await context.setOffline(false);
	}, 240_000);
});

describe('on a host that hides _headers and _redirects, as Netlify and Cloudflare Pages do', () => {
	it('installs the service worker, works offline, and shows the not-found page for an unknown page', async () => {
		const { server, url } = await startServer({
			root: 'build',
			port: 0,
			hidden: ['/_headers', '/_redirects']
		});
		try {
			const { page, context } = await newStudent({ baseURL: url });
			const asked: string[] = [];
			page.on('request', (request) => asked.push(new URL(request.url()).pathname));
			await page.goto('/');
			await waitForOfflineReady(page);
			expect(asked).not.toContain('/_headers');

			await context.setOffline(true);
			await page.goto('about:blank');
			expect((await page.goto('/progress/'))?.ok()).toBe(true);
			await page.getByRole('heading', { level: 1 }).waitFor();

			// An address this build does not have: the not-found page, not an error.
			for (const path of ['/no-such-page/', '/read/no-such-reading/']) {
				await page.goto('about:blank');
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(404);
				await page
					.getByRole('heading', { level: 1, name: 'There is no page here' })
					.waitFor({ timeout: 10_000 });
			}
			await context.setOffline(false);
		} finally {
			server.close();
		}
	}, 90_000);
});

describe('a new deploy', () => {
	const site = mkdtempSync(join(tmpdir(), 'close-read-deploy-'));
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it('is offered as an update and taken only when the student says so', async () => {
		cpSync('build', site, { recursive: true });
		const { server, url } = await startServer({ root: site, port: 0 });
		try {
			const { page } = await newStudent({ baseURL: url });
			await page.goto('/');
			await waitForOfflineReady(page);
			expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);

			// Deploy: a changed service worker is a new version of the app.
			const worker = join(site, 'service-worker.js');
			writeFileSync(worker, `${readFileSync(worker, 'utf8')}\n// deploy ${Date.now()}\n`);
			await page.reload();
			const update = page.getByRole('button', { name: 'Update now' });
			await update.waitFor({ timeout: 20_000 });
			expect(await page.getByText('A new version of Close Read is ready').isVisible()).toBe(true);

			await Promise.all([page.waitForEvent('load'), update.click()]);
			await page.getByRole('heading', { level: 1 }).waitFor();
			expect(await page.getByRole('button', { name: 'Update now' }).count()).toBe(0);
		} finally {
			server.close();
		}
	});
});
