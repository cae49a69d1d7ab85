/**
 * Proves the Content-Security-Policy holds on every page with nothing broken by it: each route
 * loads and runs with no CSP violation and no console error, and the policy forbids what it must.
 */
import { describe, expect, it } from 'vitest';
import { ROUTES } from './routes';
import { useBrowser } from './site';

const { newStudent } = useBrowser();

describe('the Content-Security-Policy', () => {
	it('lets every page run with no violation and no console error', async () => {
		const { page, context, problems } = await newStudent();
		await context.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
			});
		});
		for (const route of ROUTES) {
			// A fresh load per route (a lesson link differs from /lesson/ only after the #).
			await page.goto('about:blank');
			await page.goto(route);
			await page.getByRole('heading', { level: 1 }).waitFor();
			// The app has started on the client: the settings button only works once it has.
			await page.getByRole('button', { name: 'Reading settings' }).click();
			await page.getByRole('region', { name: 'Reading settings' }).waitFor();
		}
		expect(problems).toEqual([]);
	}, 120_000);

	it('answers an unknown address with a page that explains, not a blank one', async () => {
		const { page } = await newStudent();
		const response = await page.goto('/no-such-page/');
		expect(response?.status()).toBe(404);
		await page.getByRole('heading', { level: 1, name: 'There is no page here' }).waitFor();
		await page.getByRole('link', { name: 'Go to the readings' }).click();
		await page.getByRole('heading', { level: 1, name: /Read closely/ }).waitFor();
	});

	it('is strict: scripts only from the site itself or by hash, no eval, no plugins', async () => {
		const { page } = await newStudent();
		await page.goto('/');
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy).toMatch(/default-src 'self'/);
		expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy).toMatch(/object-src 'none'/);
		expect(policy).toMatch(/base-uri 'self'/);
		expect(policy).not.toMatch(/unsafe-eval/);
		expect(policy?.match(/script-src[^;]*/)?.[0]).not.toMatch(/unsafe-inline/);
		expect(policy).toMatch(/require-trusted-types-for 'script'/);

		// An injected inline script is refused: Trusted Types stop the text going in, and the
		// script-src would stop it running if it got in.
		const ran = await page.evaluate(() => {
			try {
				const script = document.createElement('script');
				script.textContent = 'window.__injected = true';
				document.body.append(script);
			} catch {
				return 'refused by Trusted Types';
			}
			return (window as unknown as { __injected?: boolean }).__injected === true;
		});
		expect(ran).not.toBe(true);

		// Nor can anything write HTML from text.
		const wrote = await page.evaluate(() => {
			try {
				document.body.insertAdjacentHTML('beforeend', '<img src=x id=injected>');
				return document.getElementById('injected') !== null;
			} catch {
				return false;
			}
		});
		expect(wrote).toBe(false);
	});
});
