/**
 * The reading page with a runtime that costs nothing: the same prerendered HTML, styles, font and
 * inline boot script, without SvelteKit's scripts, and with a stand-in that shows feedback the
 * moment Check is pressed. It cannot grade; it marks the earliest moment any script of ours could
 * answer (a module runs once the page has been parsed), so it splits the gap to the floor in two:
 * the page's own parsing, style and layout (the stand-in over the floor), and what the app's
 * scripts add to that (our page over the stand-in). No script can take the first share away.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STAND_IN_SCRIPT = 'bench-stand-in.js';

// Feedback in the first question's status region, as the app puts it there: what the bench's
// probe waits for.
const FEEDBACK_ON_CHECK = `document.addEventListener('click', (event) => {
	const check = event.target.closest?.('button[data-check]');
	const status = check?.closest('fieldset')?.querySelector('[role=status]');
	if (status) status.textContent = 'Checked (stand-in).';
}, true);
`;

/** SvelteKit's start script is the page's last inline script; its preloads are the only ones. */
function withoutAppScripts(html: string, script: string): string {
	const start = html.lastIndexOf('<script>');
	const end = html.indexOf('</script>', start);
	if (start < 0 || end < 0 || !html.slice(start, end).includes('kit.start(')) {
		throw new Error("the reading page's start script was not where the bench expected it");
	}
	return (
		html.slice(0, start).replace(/<link [^>]*rel="modulepreload"[^>]*>\n?/g, '') +
		`<script type="module" src="${script}"></script>` +
		html.slice(end + '</script>'.length)
	);
}

/**
 * Writes the stand-in beside `page` (a prerendered page under `root`, served from the root: at
 * the same depth, so its relative links still resolve) and returns its path.
 */
export function writeStandInPage(root: string, page: string): string {
	const path = `${page.replace(/\/$/, '')}-stand-in/`;
	const html = readFileSync(join(root, page, 'index.html'), 'utf8');
	mkdirSync(join(root, path), { recursive: true });
	writeFileSync(join(root, path, 'index.html'), withoutAppScripts(html, `/${STAND_IN_SCRIPT}`));
	writeFileSync(join(root, STAND_IN_SCRIPT), FEEDBACK_ON_CHECK);
	return path;
}
