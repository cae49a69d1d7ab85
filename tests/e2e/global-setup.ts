/**
 * Starts what every end-to-end spec shares: the built site on a local port, and one headless
 * Chromium (the system's, or the one CHROME_PATH names) that the specs connect to.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/serve';
import { chromiumPath, CHROMIUM_ARGS } from './chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		browserEndpoint: string;
	}
}

export default async function setup(project: TestProject) {
	if (!existsSync('build/index.html')) {
		throw new Error('No built site in build/. Run "npm run build" before the end-to-end tests.');
	}
	const { server, url } = await startServer({ root: 'build', port: 0 });
	let browser: BrowserServer;
	try {
		browser = await chromium.launchServer({
			executablePath: chromiumPath(),
			args: CHROMIUM_ARGS,
			headless: true
		});
	} catch (error) {
		server.close();
		throw error;
	}
	project.provide('siteUrl', url);
	project.provide('browserEndpoint', browser.wsEndpoint());
	return async () => {
		await browser.close();
		server.close();
	};
}
