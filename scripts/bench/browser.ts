/**
 * First visits in Chromium, as a student makes them: for each page, what crosses the network
 * (compressed bytes by kind, requests), First Contentful Paint, when the first question is
 * painted and when it is answerable (issue 16's definitions, below), and the total blocking time,
 * with the CPU at full speed and throttled 4× through the DevTools Protocol. Every load is in a
 * fresh browser (empty cache, no storage, nothing warm), so every load is a first visit.
 *
 * - painted: the first frame in which the first question's first choice is visible and
 *   hit-testable (the point at its centre hits the choice or its label).
 * - answerable: the first moment at which a real click on that choice and then on Check shows
 *   feedback. From the moment it is painted, the choice and Check are clicked with real mouse
 *   events (the DevTools Protocol's Input domain, so hit-testing and the browser's event queue
 *   apply), again and again until feedback appears; the time is when the feedback enters the
 *   document. A hint to choose an answer first is not feedback.
 * - total blocking time: each long task's time past 50 ms, from First Contentful Paint until the
 *   page is answerable and the network quiet (PerformanceObserver, 'longtask').
 * - parsed: when the browser has read the whole HTML (`domInteractive`). The app's scripts run
 *   after it, and the browser lays the page out as it reads it: when this moves, so does the rest.
 */
import { chromium, type Page, type CDPSession } from 'playwright-core';
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

/** A median of the loads, and the fastest of them. */
export interface Spread {
	median: number | null;
	fastest: number | null;
}

export interface PageRow {
	page: string;
	throttle: Throttle;
	fcp: Spread;
	/** Navigation start to the first frame with the first choice visible and hit-testable. */
	painted: Spread;
	/** Navigation start to feedback from a real click on that choice and on Check. */
	answerable: Spread;
	/** Navigation start to the whole HTML parsed. */
	parsed: Spread;
	/** Long tasks' time past 50 ms, from FCP until answerable and quiet. */
	totalBlocking: Spread;
	/** Bytes on the wire: each kind's compressed bodies, then headers, then the sum (medians). */
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
	paintedMs: number | null;
	answerableMs: number | null;
	parsedMs: number | null;
	totalBlockingMs: number | null;
	bytes: PageBytes;
	requests: number;
}

/**
 * Runs in the page before any of its own scripts. It watches, and never acts: every frame it
 * looks for the first choice and whether it is visible and hit-testable, and it notes when
 * feedback enters the first question's status region and every long task. The clicks come from
 * outside, as real input.
 */
const PROBE = `(() => {
	if (window !== window.top) return;
	const probe = { paintedMs: null, answerableMs: null, feedback: '', longTasks: [], noQuestion: false };
	window.__closeReadProbe = probe;
	try {
		new PerformanceObserver((list) => {
			for (const task of list.getEntries()) probe.longTasks.push([task.startTime, task.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch (e) {}
	const first = () => {
		const fieldset = document.querySelector('fieldset');
		const inputs = fieldset ? fieldset.querySelectorAll('input[type=radio], input[type=checkbox]') : [];
		const check = fieldset && Array.from(fieldset.querySelectorAll('button'))
			// "Check", with its question's number for a screen reader after it.
			.find((button) => /^Check( |$)/.test(button.textContent.trim()));
		const status = fieldset && fieldset.querySelector('[role=status]');
		return { fieldset, input: inputs[0] || null, other: inputs[1] || null, check, status };
	};
	const centre = (element) => {
		const box = element.getBoundingClientRect();
		return { x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width, height: box.height };
	};
	// The choice's label (or the input itself) is hit at its centre: it would take the click.
	const hittable = (input) => {
		const target = (input.labels && input.labels[0]) || input;
		const point = centre(target);
		if (!point.width || !point.height || point.y < 0 || point.y > innerHeight) return null;
		const hit = document.elementFromPoint(point.x, point.y);
		return hit && (hit === input || target.contains(hit)) ? point : null;
	};
	probe.target = () => {
		const { input, other, check } = first();
		const choice = input && hittable(input);
		const button = check && centre(check);
		const second = other && hittable(other);
		return choice && button ? { choice, check: button, second, checked: input.checked } : null;
	};
	const watch = new MutationObserver(() => {
		const { status } = first();
		const text = ((status && status.textContent) || '').trim();
		if (text && !/before checking/i.test(text) && probe.answerableMs === null) {
			probe.answerableMs = performance.now();
			probe.feedback = text;
		}
	});
	const frame = (time) => {
		if (probe.paintedMs === null) {
			const { input } = first();
			if (input && hittable(input)) {
				probe.paintedMs = time;
			} else if (!input && document.readyState === 'complete') {
				probe.noQuestion = true;
			}
		}
		if (probe.paintedMs === null && !probe.noQuestion) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	document.addEventListener('DOMContentLoaded', () => {
		watch.observe(document.body, { childList: true, subtree: true, characterData: true });
	});
})();`;

interface Target {
	choice: { x: number; y: number };
	second: { x: number; y: number } | null;
	check: { x: number; y: number };
	checked: boolean;
}

/**
 * Clicks the first choice and Check, as a student would, from the moment they are painted until
 * the page answers. A choice left picked by an earlier click that the page never heard of is
 * picked afresh (another choice, then it again), so each round is a real change.
 */
async function answerAsSoonAsPainted(page: Page, url: string): Promise<void> {
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (Date.now() > deadline) {
			throw new Error(`${url}: the first question never gave feedback within 30 s`);
		}
		const state = (await page.evaluate(`(() => {
			const probe = window.__closeReadProbe;
			if (!probe) return { wait: true };
			return {
				done: probe.answerableMs !== null || probe.noQuestion,
				painted: probe.paintedMs !== null,
				target: probe.paintedMs !== null ? probe.target() : null
			};
		})()`)) as { wait?: boolean; done?: boolean; painted?: boolean; target?: Target | null };
		if (state.done) {
			return;
		}
		if (state.target) {
			const { choice, second, check, checked } = state.target;
			if (checked && second) {
				await page.mouse.click(second.x, second.y);
			}
			await page.mouse.click(choice.x, choice.y);
			await page.mouse.click(check.x, check.y);
		}
		await new Promise((done) => setTimeout(done, state.painted ? 20 : 5));
	}
}

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

async function visit(url: string, throttle: Throttle): Promise<RunResult> {
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: CHROMIUM_ARGS,
		headless: true
	});
	try {
		// Service workers are blocked: the one in the app precaches the whole site after the page
		// has loaded, in the background; that is not what the page needs to be read and answered.
		// Tall enough that the first question's choice and its Check are both in view on the floor
		// page as on ours, as on a laptop screen, so no scrolling comes into the times.
		const context = await browser.newContext({
			serviceWorkers: 'block',
			viewport: { width: 1280, height: 1024 }
		});
		await context.addInitScript({ content: PROBE });
		const page = await context.newPage();
		const session = await context.newCDPSession(page);
		await session.send('Network.enable');
		await session.send('Network.setCacheDisabled', { cacheDisabled: true });
		await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
		const network = watchNetwork(session);
		await page.goto(url, { waitUntil: 'commit' });
		await answerAsSoonAsPainted(page, url);
		const { bytes, requests } = await network.settle();
		const timings = (await page.evaluate(`(() => {
			const probe = window.__closeReadProbe;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0];
			const navigation = performance.getEntriesByType('navigation')[0];
			const from = fcp ? fcp.startTime : 0;
			const blocking = probe.longTasks
				.filter(([start, duration]) => start + duration > from)
				.reduce((sum, [start, duration]) => sum + Math.max(0, start + duration - Math.max(start, from) - 50), 0);
			return {
				fcpMs: fcp ? fcp.startTime : null,
				paintedMs: probe.paintedMs,
				answerableMs: probe.answerableMs,
				parsedMs: navigation ? navigation.domInteractive : null,
				totalBlockingMs: blocking
			};
		})()`)) as Omit<RunResult, 'bytes' | 'requests'>;
		return { ...timings, bytes, requests };
	} finally {
		await browser.close();
	}
}

function spread(values: readonly (number | null)[]): Spread {
	if (values.length === 0 || values.some((value) => value === null)) {
		return { median: null, fastest: null };
	}
	const numbers = values as number[];
	return { median: median(numbers), fastest: Math.min(...numbers) };
}

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
		fcp: spread(results.map((result) => result.fcpMs)),
		painted: spread(results.map((result) => result.paintedMs)),
		answerable: spread(results.map((result) => result.answerableMs)),
		parsed: spread(results.map((result) => result.parsedMs)),
		totalBlocking: spread(results.map((result) => result.totalBlockingMs)),
		bytes,
		requests: median(results.map((result) => result.requests)),
		runs: results.length
	};
}

/**
 * Measures each route `runs` times at each CPU rate. Runs are interleaved (every page, both
 * rates, then again) so that a slow moment on the machine falls on all pages alike, and one
 * unrecorded visit to each page first warms the server and the disk cache of the system.
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
	const results = new Map<string, RunResult[]>();
	const key = (route: PageRoute, throttle: Throttle) => `${route.page}\n${throttle}`;
	for (const route of routes) {
		await visit(new URL(route.path, url).href, 1);
	}
	for (let run = 1; run <= runs; run += 1) {
		log(`browser run ${run} of ${runs}`);
		for (const throttle of throttles) {
			for (const route of routes) {
				const result = await visit(new URL(route.path, url).href, throttle);
				results.set(key(route, throttle), [...(results.get(key(route, throttle)) ?? []), result]);
			}
		}
	}
	return routes.flatMap((route) =>
		throttles.map((throttle) =>
			summarise(route.page, throttle, results.get(key(route, throttle)) ?? [])
		)
	);
}
