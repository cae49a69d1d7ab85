/** Where a prerendered page asks for its scripts (see `preloadScriptsLast`). */
// SvelteKit writes each as one tag on a line of its own.
const SCRIPT_PRELOAD = /<link href="[^"]+" rel="modulepreload">\n?/g;
const LOW_PRIORITY_PRELOAD = 'rel="modulepreload" fetchpriority="low">';

/**
 * Moves SvelteKit's script preloads from <head> to just before its start script at the end of
 * the page, at low priority. There, the scripts are asked for once the page's text has come, so
 * on a slow line they do not hold up the first paint (in <head> they took Lighthouse's from
 * 0.8-1.0 s to 1.2 s), and the browser still fetches every module of the page at once, instead of
 * finding each one only when the one that imports it has arrived and been read: three round
 * trips, each behind the first layout and paint of a long page. Low priority says what is true:
 * nothing on the first screen waits for them (the inline early script orders the choices and
 * keeps early clicks), so the font and the text come first. At the default high priority,
 * Lighthouse counts every script that arrived before the first paint as blocking it: its
 * simulated First Contentful Paint fell by 150-250 ms without that.
 */
export function preloadScriptsLast(html: string): string {
	const head = html.indexOf('</head>');
	const start = html.lastIndexOf('<script>');
	if (head < 0 || start < head) {
		return html;
	}
	// The shared chunks first, the page's own code among them: at low priority Chromium asks for
	// one script at a time until the first paint, and the reading chunk takes longest to arrive and
	// compile; the entry points and nodes are a few bytes each (issue 16).
	const preloads = (html.slice(0, head).match(SCRIPT_PRELOAD) ?? []).sort(
		(a, b) => Number(b.includes('/chunks/')) - Number(a.includes('/chunks/'))
	);
	return (
		html.slice(0, head).replace(SCRIPT_PRELOAD, '') +
		html.slice(head, start) +
		preloads.map((link) => link.replace('rel="modulepreload">', LOW_PRIORITY_PRELOAD)).join('') +
		html.slice(start)
	);
}
