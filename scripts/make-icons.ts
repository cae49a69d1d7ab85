/**
 * npm run icons: draws the app icons (PNG, for the web app manifest and home screens) from the
 * logo mark in static/favicon.svg, with the system Chromium. Run it when the logo changes.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/chromium';

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { size, padding, name } of [
	{ size: 192, padding: 0, name: 'icon-192.png' },
	{ size: 512, padding: 0, name: 'icon-512.png' },
	// Maskable icons keep the mark inside the safe zone: 80% of the size.
	{ size: 512, padding: 0.1, name: 'icon-maskable-512.png' },
	{ size: 180, padding: 0, name: 'apple-touch-icon.png' }
]) {
	await page.setViewportSize({ width: size, height: size });
	const inset = Math.round(size * padding);
	await page.setContent(
		`<body style="margin:0;background:#1d4e89"><div style="padding:${inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${name}` });
}
await browser.close();
console.log('Icons written to static/icons/.');
