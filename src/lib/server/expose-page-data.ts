import { createHash } from 'node:crypto';

/** Where SvelteKit's start script hands the page's data to its client, as it writes it. */
const START = 'kit.start(app, element, {';
const EXPOSED = 'kit.start(app, element, window.__closeReadPage = {';

const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * Lets the page's own scripts read the data SvelteKit starts the page with, as it starts, before
 * its router has hydrated the page: a reading wakes its first question card from it
 * (`first-card.ts`, issue 16). The start script changes, so its hash in the page's CSP does too;
 * a page without that script (or whose hash is not where it should be) is left as it is, and
 * then simply wakes its first card with the rest of the page.
 */
export function exposePageData(html: string): string {
	const open = html.lastIndexOf('<script>');
	const close = html.indexOf('</script>', open);
	const script = html.slice(open + '<script>'.length, close);
	const before = hash(script);
	if (open < 0 || close < 0 || !script.includes(START) || !html.includes(before)) {
		return html;
	}
	const exposed = script.replace(START, EXPOSED);
	return (
		html.slice(0, open).replace(before, hash(exposed)) +
		`<script>${exposed}</script>` +
		html.slice(close + '</script>'.length)
	);
}
