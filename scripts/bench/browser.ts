/**
 * First visits in Chromium, as a student makes them: for each page, what crosses the network
 * (compressed bytes by kind, requests), First Contentful Paint, and how soon the first question
 * can be answered, with the CPU at full speed and throttled 4× through the DevTools Protocol.
 * Each number is the median of several runs, each run in a fresh browser context (empty cache,
 * no storage), so every run is a first visit.
 */
import { chromium, type Browser, type CDPSession } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/e2e/chromium';
import { median } from './table';

export type Throttle = 1 | 4;

export interface PageBytes {
	html: number;
	js: number;
	css: number;
	font: number;
	other: number;
	/** Response headers, all kinds together. */
	headers: number;
	/** Everything transferred: bodies and headers. */
	total: number;
}

export interface PageRow {
	page: string;
	throttle: Throttle;
	fcpMs: number | null;
	/** Navigation start to the first question giving feedback on an answer; null with no question. */
	answerableMs: number | null;
	/** Navigation start to the first question's first input being in the document. */
	firstInputMs: number | null;
	/** Bytes on the wire: each kind's compressed bodies, then headers, then the sum. */
	bytes: PageBytes;
	requests: number;
	runs: number;
}

export interface PageRoute {
	/** The name in the table. */
	page: string;
	/** A path on the site, or a full address (the floor page has its own server). */
	path: string;
}

interface RunResult {
	fcpMs: number | null;
	answerableMs: number | null;
	firstInputMs: number | null;
	bytes: PageBytes;
	requests: number;
}

/**
 * Runs in the page before any of its own scripts, from navigation start. Every 10 ms it does what
 * a student would: pick the first option of the first question, press Check, and see whether
 * the question's status region says how the answer went. Before the app has hydrated, the
 * option gets picked (plain HTML) but Check does nothing; the first time Check produces feedback
 * is the moment the page becomes answerable. Options are unpicked first so each click is a real
 * change the app hears about. A hint to choose an answer first is not feedback: it is ignored.
 * The time is taken in a MutationObserver, when the feedback enters the document.
 */
const ANSWER_PROBE = `(() => {
	if (window !== window.top) return;
	const probe = { firstInputMs: null, answerableMs: null, feedback: '', done: false };
	window.__closeReadProbe = probe;
	let watched = null;
	const observer = new MutationObserver(() => {
		const text = (watched && watched.textContent || '').trim();
		if (text && !/before checking/i.test(text) && probe.answerableMs === null) {
			probe.answerableMs = performance.now();
			probe.feedback = text;
			probe.done = true;
			observer.disconnect();
		}
	});
	const attempt = () => {
		if (probe.done) return;
		const fieldset = document.querySelector('fieldset');
		const input = fieldset && fieldset.querySelector('input[type=radio], input[type=checkbox]');
		const check = fieldset && Array.from(fieldset.querySelectorAll('button'))
			.find((button) => button.textContent.trim() === 'Check');
		const status = fieldset && fieldset.querySelector('[role=status]');
		if (!fieldset && document.readyState === 'complete') {
			probe.done = true;
			return;
		}
		if (input && check && status && !input.disabled) {
			if (probe.firstInputMs === null) probe.firstInputMs = performance.now();
			if (status !== watched) {
				observer.disconnect();
				observer.observe(status, { childList: true, subtree: true, characterData: true });
				watched = status;
			}
			for (const other of fieldset.querySelectorAll('input')) other.checked = false;
			input.click();
			check.click();
		}
		setTimeout(attempt, 10);
	};
	attempt();
})();`;

type Kind = 'html' | 'js' | 'css' | 'font' | 'other';

const KINDS: Record<string, Kind> = {
	Document: 'html',
	Script: 'js',
	Stylesheet: 'css',
	Font: 'font'
};

/** Counts every response the page receives over the network, by kind, and what is in flight. */
function watchNetwork(session: CDPSession) {
	const responses = new Map<string, { kind: Kind; headers: number }>();
	const inFlight = new Set<string>();
	const bytes: PageBytes = { html: 0, js: 0, css: 0, font: 0, other: 0, headers: 0, total: 0 };
	let requests = 0;
	let lastActivity = Date.now();
	session.on('Network.requestWillBeSent', (event) => {
		if (!event.request.url.startsWith('data:')) {
			inFlight.add(event.requestId);
			lastActivity = Date.now();
		}
	});
	session.on('Network.responseReceived', (event) => {
		// At this point the bytes received are the status line and headers.
		responses.set(event.requestId, {
			kind: KINDS[event.type] ?? 'other',
			headers: event.response.encodedDataLength
		});
	});
	session.on('Network.loadingFinished', (event) => {
		if (!inFlight.delete(event.requestId)) {
			return;
		}
		const { kind, headers } = responses.get(event.requestId) ?? { kind: 'other', headers: 0 };
		const header = Math.min(headers, event.encodedDataLength);
		bytes[kind] += event.encodedDataLength - header;
		bytes.headers += header;
		bytes.total += event.encodedDataLength;
		requests += 1;
		lastActivity = Date.now();
	});
	session.on('Network.loadingFailed', (event) => {
		inFlight.delete(event.requestId);
		lastActivity = Date.now();
	});
	return {
		/** Resolves once nothing has been in flight for `quietMs`: late fonts and chunks included. */
		async settle(quietMs = 500, timeoutMs = 10_000) {
			const start = Date.now();
			while (inFlight.size > 0 || Date.now() - lastActivity < quietMs) {
				if (Date.now() - start > timeoutMs) {
					break;
				}
				await new Promise((done) => setTimeout(done, 50));
			}
			return { bytes: { ...bytes }, requests };
		}
	};
}

async function visit(browser: Browser, url: string, throttle: Throttle): Promise<RunResult> {
	// Service workers are blocked: the one in the app precaches the whole site after the page has
	// loaded, in the background; that is not what the page needs to be read and answered.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		await context.addInitScript({ content: ANSWER_PROBE });
		const page = await context.newPage();
		const session = await context.newCDPSession(page);
		await session.send('Network.enable');
		await session.send('Network.setCacheDisabled', { cacheDisabled: true });
		await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		const network = watchNetwork(session);
		await page.goto(url, { waitUntil: 'load' });
		// Polled from here: waitForFunction evaluates a string in the page, which the app's CSP forbids.
		const deadline = Date.now() + 20_000;
		while (!(await page.evaluate('Boolean(window.__closeReadProbe?.done)'))) {
			if (Date.now() > deadline) {
				throw new Error(`${url}: the first question never gave feedback within 20 s`);
			}
			await new Promise((done) => setTimeout(done, 50));
		}
		const { bytes, requests } = await network.settle();
		const timings = (await page.evaluate(`({
			fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
			answerableMs: window.__closeReadProbe.answerableMs,
			firstInputMs: window.__closeReadProbe.firstInputMs
		})`)) as Pick<RunResult, 'fcpMs' | 'answerableMs' | 'firstInputMs'>;
		return { ...timings, bytes, requests };
	} finally {
		await context.close();
	}
}

const medianOf = (values: readonly (number | null)[]): number | null =>
	values.some((value) => value === null) ? null : median(values as number[]);

function summarise(page: string, throttle: Throttle, results: readonly RunResult[]): PageRow {
	const bytes = Object.fromEntries(
		(['html', 'js', 'css', 'font', 'other', 'headers', 'total'] as const).map((kind) => [
			kind,
			median(results.map((result) => result.bytes[kind]))
		])
	) as unknown as PageBytes;
	return {
		page,
		throttle,
		fcpMs: medianOf(results.map((result) => result.fcpMs)),
		answerableMs: medianOf(results.map((result) => result.answerableMs)),
		firstInputMs: medianOf(results.map((result) => result.firstInputMs)),
		bytes,
		requests: median(results.map((result) => result.requests)),
		runs: results.length
	};
}

/**
 * Measures each route `runs` times at each CPU rate. Runs are interleaved (every page, both
 * rates, then again) so that a slow moment on the machine falls on all pages alike, and one
 * unrecorded visit to each page first warms the server and the browser.
 */
export async function measurePages({
	url,
	routes,
	runs = 5,
	throttles = [1, 4],
	log = () => {}
}: {
	url: string;
	routes: readonly PageRoute[];
	runs?: number;
	throttles?: readonly Throttle[];
	log?: (line: string) => void;
}): Promise<PageRow[]> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true
	});
	try {
		const results = new Map<string, RunResult[]>();
		const key = (route: PageRoute, throttle: Throttle) => `${route.page}\n${throttle}`;
		for (const route of routes) {
			await visit(browser, new URL(route.path, url).href, 1);
		}
		for (let run = 1; run <= runs; run += 1) {
			log(`browser run ${run} of ${runs}`);
			for (const throttle of throttles) {
				for (const route of routes) {
					const result = await visit(browser, new URL(route.path, url).href, throttle);
					results.set(key(route, throttle), [...(results.get(key(route, throttle)) ?? []), result]);
				}
			}
		}
		return routes.flatMap((route) =>
			throttles.map((throttle) =>
				summarise(route.page, throttle, results.get(key(route, throttle)) ?? [])
			)
		);
	} finally {
		await browser.close();
	}
}
