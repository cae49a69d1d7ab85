/**
 * `npm run bench`: measures the budgets in DESIGN.md (Budgets), prints them as plain-text tables
 * and writes every number to bench-results/bench.json: the progress record at scale, the results
 * page with a class's codes and the content check on a large bank (Node), then the built site in
 * Chromium beside a hand-written floor page, and Lighthouse. Needs a build.
 * `npm run bench -- --scaling-only` skips the browser; `-- --loads 15` loads each page 15 times
 * instead of 5 (steadier medians, when a decision hangs on a tenth of a ratio).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserBench } from './bench/browser-run';
import { CONTENT_BUDGET, measureContentCheck, type ContentCheckRow } from './bench/content-scale';
import {
	measureClassResults,
	measureResultsScale,
	RESULTS_BUDGET,
	type ClassResultsRow,
	type ResultsScaleRow
} from './bench/results-scale';
import { BUDGET, CHECK_BUDGET, measureScaling, type ScalingRow } from './bench/scaling';
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
	const checks = formatTable(
		[
			'attempts',
			'one Check ms',
			'CPU ms',
			'after another tab wrote ms',
			`budget (${CHECK_BUDGET.attempts / 1000}k: ${CHECK_BUDGET.ms} ms CPU) ok?`
		],
		rows.map((row) => [
			String(row.attempts),
			ms(row.checkMs),
			ms(row.checkCpuMs),
			ms(row.checkAfterOtherTabMs),
			row.checkWithinBudget === null ? '-' : row.checkWithinBudget ? 'yes' : 'NO'
		])
	);
	return (
		`${main}\n\nWhere the time goes (median ms of each step on its own):\n${steps}` +
		`\n\nOne Check: main-thread ms to grade, keep and write the answer (median):\n${checks}`
	);
}

function classResultsTable(row: ClassResultsRow): string {
	return formatTable(
		['students', 'pasted chars', 'read codes ms', 'CSV ms', `budget (${row.budgetMs} ms) ok?`],
		[
			[
				String(row.students),
				String(row.pastedChars),
				ms(row.ms),
				ms(row.csvMs),
				row.withinBudget ? 'yes' : 'NO'
			]
		]
	);
}

function resultsScaleTable(row: ResultsScaleRow): string {
	return formatTable(
		[
			'codes',
			'stored KB',
			'read 10k codes ms',
			`budget (${row.readBudgetMs} ms) ok?`,
			'load lesson of 10k hand-ins ms',
			`budget (${row.loadBudgetMs} ms) ok?`
		],
		[
			[
				String(row.codes),
				String(row.storedKB),
				ms(row.readMs),
				row.readMs < row.readBudgetMs ? 'yes' : 'NO',
				ms(row.loadMs),
				row.loadMs < row.loadBudgetMs ? 'yes' : 'NO'
			]
		]
	);
}

function contentCheckTable(row: ContentCheckRow): string {
	return formatTable(
		['questions', 'YAML KB', 'check ms', 'first run ms', `budget (${row.budgetMs / 1000} s) ok?`],
		[
			[
				String(row.questions),
				String(row.yamlKB),
				ms(row.ms),
				ms(row.firstRunMs),
				row.withinBudget ? 'yes' : 'NO'
			]
		]
	);
}

/** The command line, read before anything is measured, so a mistyped flag costs no time. */
function benchOptions(): { scalingOnly: boolean; loads: number } {
	const usage = 'usage: npm run bench -- [--scaling-only] [--loads <5 to 50>]';
	try {
		const { values } = parseArgs({
			options: {
				'scaling-only': { type: 'boolean', default: false },
				loads: { type: 'string', default: '5' }
			}
		});
		const loads = Number(values.loads);
		if (!Number.isInteger(loads) || loads < 5 || loads > 50) {
			throw new Error(`--loads takes a whole number from 5 to 50, not "${values.loads}"`);
		}
		return { scalingOnly: values['scaling-only'], loads };
	} catch (error) {
		console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
		process.exit(2);
	}
}

const options = benchOptions();

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

console.error(`class results: ${RESULTS_BUDGET.students} codes…`);
const classResults = measureClassResults();
console.log(
	`\nClass results: ${classResults.students} codes pasted at once ` +
		`(median of ${classResults.runs} runs)`
);
console.log(classResultsTable(classResults));

console.error('class results: 10,000 codes…');
const resultsScale = measureResultsScale();
console.log(`\nClass results at scale (median of ${resultsScale.runs} runs)`);
console.log(resultsScaleTable(resultsScale));

const contentCheck = measureContentCheck((line) => console.error(line));
console.log(
	`\nContent check: ${CONTENT_BUDGET.questions.toLocaleString('en')} questions ` +
		`(median of ${contentCheck.runs} runs)`
);
console.log(contentCheckTable(contentCheck));

const browser = options.scalingOnly ? null : await runBrowserBench({ runs: options.loads });
if (browser) {
	console.log(`\n${browser.text}`);
}

mkdirSync(RESULTS_DIR, { recursive: true });
const results = {
	generatedAt: new Date().toISOString(),
	machine,
	scaling,
	classResults,
	resultsScale,
	contentCheck,
	browser: browser && { rows: browser.rows, lighthouse: browser.lighthouse, ratios: browser.ratios }
};
writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(results, null, '\t')}\n`);
console.log(`\nWrote ${join('bench-results', 'bench.json')}`);
