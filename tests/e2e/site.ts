/** What each spec uses to open the site in the shared Chromium, as a student would. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const siteUrl = () => inject('siteUrl');

/**
 * Connects once per spec file; each `newStudent()` is a fresh browser profile. The service worker
 * is blocked unless a spec asks for it: installed, it caches the whole site (about 5 MB) in each of
 * the run's many fresh profiles, and only the specs of offline use need it.
 */
export function useBrowser({
	serviceWorkers = 'block'
}: { serviceWorkers?: 'allow' | 'block' } = {}) {
	let browser: Browser;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await chromium.connect(inject('browserEndpoint'));
	});
	afterAll(async () => {
		await Promise.all(contexts.map((context) => context.close()));
		await browser.close();
	});
	return {
		async newStudent(options: Parameters<Browser['newContext']>[0] = {}) {
			const context = await browser.newContext({ baseURL: siteUrl(), serviceWorkers, ...options });
			contexts.push(context);
			const page = await context.newPage();
			// Like a person, tests act once the page works: after a load, wait until the app has
			// started (its reading settings are applied to <html>), so a click is never lost to a
			// page that is painted but not yet running.
			const goto = page.goto.bind(page);
			const reload = page.reload.bind(page);
			const started = () =>
				page
					.waitForFunction(() => document.documentElement.hasAttribute('data-theme'), null, {
						timeout: 10_000
					})
					.catch(() => undefined);
			page.goto = async (...args: Parameters<Page['goto']>) => {
				const response = await goto(...args);
				if (!String(args[0]).startsWith('about:')) {
					await started();
				}
				return response;
			};
			page.reload = async (...args: Parameters<Page['reload']>) => {
				const response = await reload(...args);
				await started();
				return response;
			};
			const problems: string[] = [];
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() === 'error') {
					problems.push(`console error: ${message.text()}`);
				}
			});
			return { context, page, problems };
		}
	};
}

/** Where a spec saves what it downloads: a folder of its own, removed when the spec ends. */
export function useDownloads(): (fileName: string) => string {
	let folder = '';
	beforeAll(() => {
		folder = mkdtempSync(join(tmpdir(), 'close-read-downloads-'));
	});
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	return (fileName) => join(folder, fileName);
}

/** `text` as a pattern that matches it literally: a question's prompt may hold `?` or `(`. */
export const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type { Page };
