import { expect } from 'vitest';
import { ADDRESSES, withoutTrailingSlash } from './routes';
import type { Page } from './site';

/**
 * Opens every page of the site at `siteRoot` by every address (with and without the trailing
 * slash) from a page already offline, and expects each to open at its canonical address.
 */
export async function expectEveryAddressOffline(page: Page, siteRoot: string): Promise<void> {
	const root = new URL(siteRoot);
	for (const route of ADDRESSES) {
		// A full load each time, so nothing is served from the page already open.
		await page.goto('about:blank');
		const address = new URL(`.${route}`, root).href;
		const response = await page.goto(address);
		expect(response?.ok(), route).toBe(true);
		await page.getByRole('heading', { level: 1 }).waitFor();
		const canonical = ADDRESSES.find((each) => withoutTrailingSlash(each) === route) ?? route;
		expect(new URL(page.url()).pathname, route).toBe(new URL(`.${canonical}`, root).pathname);
	}
}
