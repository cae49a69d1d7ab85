/**
 * What a first visit to a page downloads, read from the built HTML: the page, its scripts and
 * styles, and the fonts its text uses; each size as gzip would send it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstVisit {
	html: number;
	js: number;
	css: number;
	fonts: number;
	total: number;
	requests: number;
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

export function firstVisit(route: string, root = 'build'): FirstVisit {
	const htmlPath = join(root, route, 'index.html');
	const html = readFileSync(htmlPath, 'utf8');
	const page = new URL(`http://site${route}`);
	const local = (href: string, base: URL = page) => join(root, new URL(href, base).pathname);
	const links = [...html.matchAll(/<link\b[^>]*>/g)].map((tag) => ({
		rel: /rel="([^"]+)"/.exec(tag[0])?.[1] ?? '',
		href: /href="([^"]+)"/.exec(tag[0])?.[1] ?? ''
	}));
	const scripts = new Set([
		...links.filter((link) => link.rel === 'modulepreload').map((link) => local(link.href)),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((match) => local(match[1] ?? ''))
	]);
	const styles = links.filter((link) => link.rel === 'stylesheet').map((link) => link.href);
	// The default typeface: one variable font for regular and bold text.
	const fontFiles = new Set(
		styles.flatMap((href) => {
			const sheet = new URL(href, page);
			return [...readFileSync(local(href), 'utf8').matchAll(/url\(([^)]+\.woff2)\)/g)]
				.map((match) => match[1] ?? '')
				.filter((url) => /atkinson-hyperlegible-next\.[\w-]*\.?woff2/.test(url))
				.map((url) => local(url, sheet));
		})
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
		requests: 1 + scripts.size + styles.length + fontFiles.size
	};
}
