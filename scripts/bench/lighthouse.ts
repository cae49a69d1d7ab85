/**
 * Lighthouse (the pinned 12.2.3) against the system Chromium, in its default mobile simulation:
 * the four category scores, First Contentful Paint as it simulates it, and every scored audit
 * that loses points, so a score under 100 comes with its reason. Never throws: a run that cannot
 * happen here comes back as a row that says why.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumPath, CHROMIUM_ARGS } from '../../tests/e2e/chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LostPoints {
	category: Category;
	audit: string;
	title: string;
	/** 0 to 100. */
	score: number;
	/** The audit's weight in its category. */
	weight: number;
	displayValue: string | null;
}

export interface LighthouseRow {
	page: string;
	url: string;
	/** 0 to 100 per category; null when the category did not score. */
	scores: Record<Category, number | null> | null;
	/** First Contentful Paint in the mobile simulation. */
	fcpMs: number | null;
	/** The other simulated metrics, for seeing what holds the performance score down. */
	metrics: Record<string, number | null>;
	lost: LostPoints[];
	/** What blocks the first paint, with the time Lighthouse thinks it costs. */
	renderBlocking: { url: string; wastedMs: number }[];
	/**
	 * Audits that could not run, with why. Lighthouse 12.2.3 predates the system Chromium, and
	 * some trace-based audits (layout-shift culprits, render-blocking resources) fail on it.
	 */
	auditErrors: string[];
	/** The whole report as JSON, in a temporary folder. */
	reportPath: string | null;
	error: string | null;
}

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'speed-index',
	'total-blocking-time',
	'cumulative-layout-shift',
	'interactive'
];

function summarise(page: string, url: string, lhr: Result, reportPath: string): LighthouseRow {
	const scores = Object.fromEntries(
		CATEGORIES.map((category) => {
			const score = lhr.categories[category]?.score;
			return [category, typeof score === 'number' ? Math.round(score * 100) : null];
		})
	) as Record<Category, number | null>;
	const lost = CATEGORIES.flatMap((category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.flatMap((ref): LostPoints[] => {
				const audit = lhr.audits[ref.id];
				if (!audit || audit.score === null || audit.score >= 1) {
					return [];
				}
				return [
					{
						category,
						audit: ref.id,
						title: audit.title,
						score: Math.round(audit.score * 100),
						weight: ref.weight,
						displayValue: audit.displayValue ?? null
					}
				];
			})
	);
	const blocking = lhr.audits['render-blocking-resources']?.details;
	const renderBlocking =
		blocking && 'items' in blocking
			? (blocking.items as { url?: unknown; wastedMs?: unknown }[]).map((item) => ({
					url: String(item.url),
					wastedMs: Number(item.wastedMs ?? 0)
				}))
			: [];
	const errors = [lhr.runtimeError?.message, ...lhr.runWarnings].filter(Boolean);
	const auditErrors = Object.values(lhr.audits)
		.filter((audit) => audit.scoreDisplayMode === 'error')
		.map((audit) => `${audit.id}: ${audit.errorMessage ?? 'failed'}`);
	return {
		page,
		url,
		scores,
		fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
		metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
		lost,
		renderBlocking,
		auditErrors,
		reportPath,
		error: errors.length > 0 ? errors.join('; ') : null
	};
}

const failed = (page: string, url: string, why: string): LighthouseRow => ({
	page,
	url,
	scores: null,
	fcpMs: null,
	metrics: {},
	lost: [],
	renderBlocking: [],
	auditErrors: [],
	reportPath: null,
	error: why
});

/** Runs Lighthouse on each route of the site at `url`, one after another in one Chromium. */
export async function measureLighthouse(
	url: string,
	routes: readonly { page: string; path: string }[] = [
		{ page: '/', path: '/' },
		{ page: '/read/back-at-the-table/', path: '/read/back-at-the-table/' }
	]
): Promise<LighthouseRow[]> {
	let chrome: LaunchedChrome;
	try {
		chrome = await launch({
			chromePath: chromiumPath(),
			chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
			logLevel: 'silent'
		});
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const why = `Lighthouse could not start Chromium: ${message}`;
		return routes.map((route) => failed(route.page, new URL(route.path, url).href, why));
	}
	try {
		const rows: LighthouseRow[] = [];
		for (const route of routes) {
			const address = new URL(route.path, url).href;
			try {
				const result = await lighthouse(address, {
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES]
				});
				if (!result) {
					rows.push(failed(route.page, address, 'Lighthouse returned no result'));
					continue;
				}
				const name = route.path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
				const reportPath = join(tmpdir(), `close-read-lighthouse-${name}.json`);
				writeFileSync(reportPath, JSON.stringify(result.lhr, null, '\t'));
				rows.push(summarise(route.page, address, result.lhr, reportPath));
			} catch (error) {
				const why = `Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`;
				rows.push(failed(route.page, address, why));
			}
		}
		return rows;
	} finally {
		chrome.kill();
	}
}
