import { createHash } from 'node:crypto';

/**
 * SvelteKit's start script, as it writes it: once its modules have come, it starts the client with
 * the page's data, an object literal written out in full.
 */
const IMPORTS = 'Promise.all([';
const START = /kit\.start\(app, element, (\{[^]*?\})\);(\s*\}\);)/;

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * Lets the page's own modules read the data SvelteKit starts the page with as soon as they run,
 * before SvelteKit itself starts: a reading wakes its first question card from it
 * (`first-card.ts`, issue 16). The start script changes, so its hash in the page's CSP does too
 * (the dev server's pages have none). A page SvelteKit starts without data is left as it is; one
 * whose start script is otherwise not as expected fails, so that a SvelteKit upgrade that changes
 * it is noticed rather than silently slower.
 */
export function exposePageData(html: string): string {
	const open = html.lastIndexOf('<script>');
	const close = html.indexOf('</script>', open);
	const script = html.slice(open + '<script>'.length, close);
	// The fallback page for unknown addresses starts SvelteKit without data: nothing to keep.
	if (open < 0 || close < 0 || !script.includes('kit.start(app, element, {')) {
		return html;
	}
	const data = START.exec(script);
	if (!data || !script.includes(IMPORTS)) {
		throw new Error("SvelteKit's start script is not as expose-page-data.ts expects: look again");
	}
	// The data is kept before the modules are asked for, and SvelteKit starts from there, in a
	// task of its own: a tap on the card woken as the modules ran is answered, and drawn, first.
	const before = hash(script);
	const exposed = script
		.replace(START, 'setTimeout(() => kit.start(app, element, window.__closeReadPage));$2')
		.replace(IMPORTS, () => `window.__closeReadPage = ${data[1]};\n${IMPORTS}`);
	return (
		html.slice(0, open).replace(before, hash(exposed)) +
		`<script>${exposed}</script>` +
		html.slice(close + '</script>'.length)
	);
}
