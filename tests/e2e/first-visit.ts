/**
 * What a first visit to a page downloads, read from the built HTML: the page, its scripts and
 * styles, and the fonts its text uses; each size as gzip would send it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstVisit {
	html: number;
	js: number;
	css: number;
	fonts: number;
	total: number;
	requests: number;
	/** The script files the visit runs, by their path under the build. */
	scripts: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function firstVisit(route: string, root = 'build'): FirstVisit {
	const htmlPath = join(root, route, 'index.html');
	const html = readFileSync(htmlPath, 'utf8');
	const page = new URL(`http://site${route}`);
	const local = (href: string, base: URL = page) => join(root, new URL(href, base).pathname);
	// Stylesheet links Kit marks disabled are not fetched: their styles are inlined in the page.
	const links = [...html.matchAll(/<link\b[^>]*>/g)]
		.filter((tag) => !/\sdisabled[\s>]/.test(tag[0]))
		.map((tag) => ({
			rel: /rel="([^"]+)"/.exec(tag[0])?.[1] ?? '',
			href: /href="([^"]+)"/.exec(tag[0])?.[1] ?? ''
		}));
	const scripts = pageScripts(html, page, root);
	const styles = links.filter((link) => link.rel === 'stylesheet').map((link) => link.href);
	// The default typeface: one variable font for regular and bold text, and its accented letters
	// when the page shows one (the browser fetches a face only for characters in its unicode-range).
	const accented = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]/.test(html);
	const wanted = accented
		? /atkinson-hyperlegible-next(-accented)?\.[\w-]*\.?woff2/
		: /atkinson-hyperlegible-next\.[\w-]*\.?woff2/;
	const sheets = [
		...styles.map((href) => ({
			css: readFileSync(local(href), 'utf8'),
			base: new URL(href, page)
		})),
		// Lazily to the closing tag: minified media queries hold `<` (`(width<=40rem)`).
		...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({
			css: m[1] ?? '',
			base: page
		}))
	];
	const fontFiles = new Set(
		sheets.flatMap(({ css, base }) =>
			[...css.matchAll(/url\(([^)]+\.woff2)\)/g)]
				.map((match) => match[1] ?? '')
				.filter((url) => wanted.test(url))
				.map((url) => local(url, base))
		)
	);
	const sum = (paths: Iterable<string>) => [...paths].reduce((total, path) => total + gz(path), 0);
	const visit = {
		html: gz(htmlPath),
		js: sum(scripts),
		css: sum(styles.map((href) => local(href))),
		fonts: sum(fontFiles)
	};
	return {
		...visit,
		total: visit.html + visit.js + visit.css + visit.fonts,
		requests: 1 + scripts.size + styles.length + fontFiles.size,
		scripts: [...scripts]
	};
}

/**
 * The scripts a first visit runs: the entry points the page imports, the route's nodes (and the
 * error page's, which the client loads at start) and, recursively, their static imports. Lazy
 * `import()`s inside the app (read aloud, the settings panel) are not part of a first visit.
 */
function pageScripts(html: string, page: URL, root: string): Set<string> {
	const local = (href: string, base: URL) => join(root, new URL(href, base).pathname);
	const nodesDir = join(root, '_app/immutable/nodes');
	const nodeIds =
		/node_ids: \[([\d, ]*)\]/
			.exec(html)?.[1]
			?.split(',')
			.map((id) => id.trim()) ?? [];
	const nodes = [...nodeIds, '1'].flatMap((id) =>
		readdirSync(nodesDir)
			.filter((file) => file.startsWith(`${id}.`) && file.endsWith('.js'))
			.map((file) => join(nodesDir, file))
	);
	const queue = [
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((match) => local(match[1] ?? '', page)),
		...nodes
	];
	const seen = new Set<string>();
	while (queue.length > 0) {
		const file = queue.pop() as string;
		if (seen.has(file)) {
			continue;
		}
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const base = new URL(`http://site/${relative(root, file)}`);
		for (const match of code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
			queue.push(local(match[1] ?? '', base));
		}
	}
	return seen;
}
