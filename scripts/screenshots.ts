/**
 * npm run screenshots: the README's pictures, taken from the real build in Chromium so they stay
 * current. Run `npm run build` first. Writes docs/screenshots/*.png.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';
import { startServer } from './serve';

const OUT = 'docs/screenshots';
const { server, url } = await startServer({ root: 'build', port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

async function answer(page: Page, name: RegExp, choice: string) {
	const question = page.getByRole('group', { name });
	await question.getByRole('radio', { name: choice }).check();
	await question.getByRole('button', { name: 'Check' }).click();
	await question
		.getByRole('status')
		.getByText(/Right\.|Not quite\./)
		.waitFor();
}

try {
	const desktop = await browser.newContext({
		viewport: { width: 1280, height: 860 },
		baseURL: url
	});
	const page = await desktop.newPage();
	await page.goto('/read/back-at-the-table/');
	await answer(page, /Which two leaders/, 'Vladimir Putin and Emmanuel Macron');
	await answer(
		page,
		/What does the word "reportedly"/,
		'The speaker is reporting the talks first-hand, having seen them happen as a witness.'
	);
	await page
		.getByRole('group', { name: /^Question 1/ })
		.getByRole('button', { name: 'Show where the text says so' })
		.click();
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.screenshot({ path: `${OUT}/reading-feedback.png` });

	await page.goto('/');
	await page
		.getByRole('link', { name: /Continue|Start/ })
		.first()
		.waitFor();
	await page.screenshot({ path: `${OUT}/home.png` });

	await page.goto('/progress/');
	await page.getByRole('heading', { name: 'By skill' }).waitFor();
	await page.screenshot({ path: `${OUT}/progress.png`, fullPage: true });

	await page.goto('/teach/');
	await page.getByRole('heading', { name: 'Make a lesson', level: 1 }).waitFor();
	await page.screenshot({ path: `${OUT}/teach.png` });

	const dark = await browser.newContext({
		viewport: { width: 1280, height: 860 },
		colorScheme: 'dark',
		baseURL: url
	});
	const night = await dark.newPage();
	await night.goto('/read/a-long-hard-war/');
	await night.getByRole('heading', { level: 1 }).waitFor();
	await night.screenshot({ path: `${OUT}/dark.png` });

	const phone = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		baseURL: url
	});
	const small = await phone.newPage();
	await small.goto('/read/a-glimmer-of-hope/');
	await small.getByRole('heading', { level: 1 }).waitFor();
	await small.screenshot({ path: `${OUT}/phone.png` });

	// The most common phone width: a question answered below the passage's strip, its evidence
	// highlighted in the strip above it.
	const android = await browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		reducedMotion: 'reduce',
		baseURL: url
	});
	const narrow = await android.newPage();
	await narrow.goto('/read/back-at-the-table/');
	// A tap counts once the app has started (it applies the reading settings to <html>).
	await narrow.waitForFunction(() => document.documentElement.hasAttribute('data-theme'));
	const third = narrow.getByRole('group', { name: /sure that the talks will bring peace/ });
	await third.getByRole('radio', { name: 'False', exact: true }).tap();
	await third.getByRole('button', { name: /^Check/ }).tap();
	await third.getByRole('status').locator('p').first().waitFor();
	await narrow.screenshot({ path: `${OUT}/phone-evidence.png` });
	console.log(`Screenshots written to ${OUT}/.`);
} finally {
	await browser.close();
	server.close();
}
