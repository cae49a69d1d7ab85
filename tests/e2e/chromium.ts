import { existsSync } from 'node:fs';

/** Flags that keep a headless Chromium quiet on a machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

/** The browser to drive: CHROME_PATH if set, else the system Chromium (never a download). */
export function chromiumPath(): string {
	const candidates = [
		process.env.CHROME_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
	].filter((path): path is string => Boolean(path));
	const found = candidates.find((path) => existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium found. Install it (Debian: apt-get install chromium) or set CHROME_PATH to a Chrome or Chromium binary.'
		);
	}
	return found;
}
