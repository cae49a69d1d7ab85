/**
 * A small static server for the built site: `npm start` (after building) and the end-to-end
 * tests and benchmark use it. It gzips what it sends, as a real host would, so measured sizes are
 * honest. Usage: tsx scripts/serve.ts [--port 4173] [--root build] [--base /close-read]
 * (--base serves the folder under that sub-path, as GitHub Pages or a school server's folder would,
 * for a site built with the same BASE_PATH).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import {
	createServer,
	type OutgoingHttpHeaders,
	type Server,
	type ServerResponse
} from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.woff2': 'font/woff2'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.webmanifest']);

/**
 * Finds the file for a URL path the way static hosts do: exact file, then folder/index.html.
 * Undefined when the path is not a well-formed URL path (a broken %-escape); null when there is
 * no such file, or the path leads out of `root` (`/..%2fsibling/file`).
 */
export function locate(root: string, pathname: string): string | null | undefined {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	// A NUL would make the file system calls throw; no file has one.
	if (decoded.includes('\0')) {
		return null;
	}
	const path = normalize(join(root, decoded));
	// With the separator: `build-old/` starts with `build` but is not inside it.
	if (path !== root && !path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) {
		return null;
	}
	if (isFile(path)) {
		return path;
	}
	const index = join(path, 'index.html');
	return isFile(index) ? index : null;
}

function isFile(path: string): boolean {
	try {
		return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
	} catch {
		// A name too long for the file system, say: no such file.
		return false;
	}
}

export interface ServerOptions {
	root?: string;
	port?: number;
	host?: string;
	/**
	 * Paths answered 404 although the build has them, as Netlify and Cloudflare Pages do for
	 * their own config files `/_headers` and `/_redirects`: the offline test's host.
	 */
	hidden?: readonly string[];
	/** The sub-path the site is served under ('' for the root), for a site built with BASE_PATH. */
	base?: string;
	/** Who may show the pages in a frame: an LMS shows a SCORM package in one of its own pages. */
	frameAncestors?: string;
}

export function startServer({
	root = 'build',
	port = 4173,
	host = '127.0.0.1',
	hidden = [],
	base = '',
	frameAncestors = "'none'"
}: ServerOptions = {}): Promise<{
	server: Server;
	url: string;
}> {
	const folder = resolve(root);
	const server = createServer((request, response) => {
		let url: URL;
		try {
			url = new URL(request.url ?? '/', 'http://localhost');
		} catch {
			badRequest(response);
			return;
		}
		const inside = url.pathname === base || url.pathname.startsWith(`${base}/`);
		let file =
			inside && !hidden.includes(url.pathname)
				? locate(folder, url.pathname.slice(base.length) || '/')
				: null;
		if (file === undefined) {
			badRequest(response);
			return;
		}
		let status = 200;
		// A folder asked for without its slash: send the browser to the canonical address.
		if (file && file.endsWith('index.html') && !/(\/|\/index\.html)$/.test(url.pathname)) {
			response.writeHead(308, { location: `${url.pathname}/${url.search}` });
			response.end();
			return;
		}
		if (!file) {
			status = 404;
			file = locate(folder, '/404.html') ?? null;
		}
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
			response.end('Not found');
			return;
		}
		const type = extname(file);
		const headers: OutgoingHttpHeaders = {
			'content-type': TYPES[type] ?? 'application/octet-stream',
			'cache-control': file.includes('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'no-referrer',
			'content-security-policy': `frame-ancestors ${frameAncestors}`
		};
		const gzip =
			COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		if (gzip) {
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		response.writeHead(status, headers);
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		if (gzip) {
			let bytes: Buffer;
			try {
				bytes = gzipped(file);
			} catch {
				// A file removed between the check and the read ends the response, not the server.
				response.destroy();
				return;
			}
			response.end(bytes);
			return;
		}
		const stream = createReadStream(file);
		stream.on('error', () => response.destroy());
		stream.pipe(response);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			done({ server, url: `http://${host}:${actual}${base}/` });
		});
	});
}

/**
 * Each file's gzipped bytes, compressed once and kept while the file is unchanged, as a host or
 * its CDN keeps them. Compressed again for every request, at level 9, they took the server's share
 * of two cores from the browser being measured: the benchmark's scripts arrived up to 0.5 s late.
 */
const compressed = new Map<string, { modified: number; bytes: Buffer }>();

function gzipped(file: string): Buffer {
	const modified = statSync(file).mtimeMs;
	const kept = compressed.get(file);
	if (kept?.modified === modified) {
		return kept.bytes;
	}
	const bytes = gzipSync(readFileSync(file), { level: 9 });
	compressed.set(file, { modified, bytes });
	return bytes;
}

function badRequest(response: ServerResponse): void {
	response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
	response.end('Bad request: this address is not well-formed.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const argument = (name: string, fallback: string) => {
		const at = process.argv.indexOf(name);
		return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
	};
	const root = argument('--root', 'build');
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`No built site in ${root}/. Run "npm run build" first (or "npm start").`);
		process.exit(1);
	}
	const { url } = await startServer({
		root,
		port: Number(argument('--port', process.env.PORT ?? '4173')),
		base: argument('--base', '').replace(/\/$/, '')
	});
	console.log(`Close Read is running at ${url}  (Ctrl+C to stop)`);
}
