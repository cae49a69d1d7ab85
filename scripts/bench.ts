/**
 * `npm run bench`: measures the budgets in DESIGN.md (Budgets), prints them as plain-text tables
 * and writes every number to bench-results/bench.json: the progress record at scale (Node), then
 * the built site in Chromium beside a hand-written floor page, and Lighthouse. Needs a build.
 * `npm run bench -- --scaling-only` skips the browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { runBrowserBench } from './bench/browser-run';
import { BUDGET, measureScaling, type ScalingRow } from './bench/scaling';
import { formatTable, ms } from './bench/table';

const RESULTS_DIR = join(import.meta.dirname, '..', 'bench-results');

function scalingTables(rows: readonly ScalingRow[]): string {
	const budget = `budget (${BUDGET.attempts / 1000}k: ${BUDGET.ms} ms) ok?`;
	const main = formatTable(
		[
			'attempts',
			'stored KB',
			'load+parse ms',
			'derive stats ms',
			'review queue ms',
			'total ms',
			budget
		],
		rows.map((row) => [
			String(row.attempts),
			(row.storedBytes / 1024).toFixed(0),
			ms(row.loadParseMs),
			ms(row.deriveStatsMs),
			ms(row.reviewQueueMs),
			ms(row.totalMs),
			row.withinBudget === null ? '-' : row.withinBudget ? 'yes' : 'NO'
		])
	);
	const stepNames = Object.keys(rows[0]?.steps ?? {});
	const steps = formatTable(
		['attempts', ...stepNames],
		rows.map((row) => [String(row.attempts), ...stepNames.map((name) => ms(row.steps[name]!))])
	);
	return `${main}\n\nWhere the time goes (median ms of each step on its own):\n${steps}`;
}

const machine = {
	node: process.version,
	cpu: cpus()[0]?.model ?? 'unknown',
	cores: cpus().length,
	memoryGB: Math.round(totalmem() / 2 ** 30),
	// Other work on the machine slows every timing: a load above the core count means it is busy.
	loadAverage: loadavg()[0]
};
console.log(
	`Close Read benchmarks, Node ${machine.node} on ${machine.cpu} (${machine.cores} cores, ` +
		`load average ${machine.loadAverage?.toFixed(1)} at the start)\n`
);

const scaling = measureScaling(undefined, { log: (line) => console.error(line) });
console.log('Progress record: size and time to load and derive (median of several runs)');
console.log(scalingTables(scaling));

const browser = process.argv.includes('--scaling-only') ? null : await runBrowserBench();
if (browser) {
	console.log(`\n${browser.text}`);
}

mkdirSync(RESULTS_DIR, { recursive: true });
const results = {
	generatedAt: new Date().toISOString(),
	machine,
	scaling,
	browser: browser && { rows: browser.rows, lighthouse: browser.lighthouse, ratios: browser.ratios }
};
writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(results, null, '\t')}\n`);
console.log(`\nWrote ${join('bench-results', 'bench.json')}`);
