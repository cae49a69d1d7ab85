/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline after the first visit: every page, its data and every asset of this build are cached
 * when the worker installs, and served from that one cache, so a student never runs half of an old
 * build and half of a new one. A new deploy installs beside the old and waits; the page offers
 * the update and reloads once the student accepts it.
 */
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `close-read-${version}`;

/**
 * Files in static/ that are the host's instructions, not the site: Netlify and Cloudflare Pages
 * read them and answer 404 to anyone asking, and one 404 fails the whole install.
 */
const HOST_FILES = ['_headers', '_redirects'];

const isHostFile = (path: string) => HOST_FILES.includes(path.slice(path.lastIndexOf('/') + 1));

// Every page and its __data.json; fonts only as woff2, which every browser that runs this has.
const ASSETS = [
	...build.filter((path) => !path.endsWith('.woff')),
	...files.filter((path) => !isHostFile(path)),
	...prerendered
];

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
			// The not-found page is written by the adapter after the build lists its pages.
			await cache.add(`${base}/404.html`).catch(() => undefined);
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE) {
					await caches.delete(key);
				}
			}
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'update-now') {
		void worker.skipWaiting();
	}
});

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== worker.location.origin) {
		return;
	}
	event.respondWith(respond(event.request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const cached = (await cache.match(url.pathname)) ?? (await cache.match(request));
	if (cached) {
		return cached;
	}
	// The same page typed another way (/glossary, /read/<id>, …/index.html): send the browser to
	// the canonical address, as the host would, so its relative links resolve from the right folder.
	const canonical = pageAddress(url.pathname);
	if (canonical !== null && (await cache.match(canonical))) {
		return Response.redirect(`${canonical}${url.search}`, 308);
	}
	try {
		return await fetch(request);
	} catch {
		// Offline, and not in this build, which is all cached: so it does not exist. A page opened
		// gets the not-found page (which tells the rest); anything else, such as the data of a
		// reading that is not there, a plain 404, so the app shows not-found rather than trying to
		// read the 404 page as data and failing with a 500.
		const notFound =
			request.mode === 'navigate' ? await cache.match(`${base}/404.html`) : undefined;
		if (notFound) {
			return new Response(notFound.body, { status: 404, headers: notFound.headers });
		}
		return new Response('Not found: you are offline and this is not saved.', {
			status: 404,
			headers: { 'content-type': 'text/plain; charset=utf-8' }
		});
	}
}

/** The cached page a path may mean: a folder without its slash, or a folder's index.html. */
function pageAddress(pathname: string): string | null {
	if (pathname.endsWith('/index.html')) {
		return pathname.slice(0, -'index.html'.length);
	}
	const last = pathname.slice(pathname.lastIndexOf('/') + 1);
	return last === '' || last.includes('.') ? null : `${pathname}/`;
}
