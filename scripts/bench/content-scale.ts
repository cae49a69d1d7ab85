/**
 * The content check on a bank far larger than the real one: the real files, with each reading
 * given copies of its own questions under new ids until the bank holds 10,000. The budget
 * (DESIGN.md, Budgets): the content check handles 10,000 questions in under 5 s.
 */
import { parse, stringify } from 'yaml';
import { loadBank, type ContentFiles } from '../../src/lib/server/load';
import { readContentFiles } from '../content-files';
import { median } from './table';

export const CONTENT_BUDGET = { questions: 10_000, ms: 5_000 };

// Each run takes seconds at this size; three are enough for a median that one slow run cannot move.
const RUNS = 3;
// Types whose rules check only their own fields and evidence, so a copy under a new id is as valid
// as the question it copies.
const COPIED_TYPES = new Set(['single-choice', 'true-false-not-stated']);
const READING_FILE = /^[^/]+\/readings\/[^/]+\.ya?ml$/;

export interface ContentCheckRow {
	questions: number;
	/** Every file the check reads, in UTF-8, to show how much text that is. */
	yamlKB: number;
	/** loadBank on every file, median of the timed runs. */
	ms: number;
	/** The first run, before anything is warm: what a single `npm run content:check` pays. */
	firstRunMs: number;
	budgetMs: number;
	withinBudget: boolean;
	runs: number;
}

export function measureContentCheck(log?: (line: string) => void): ContentCheckRow {
	const files = scaledContentFiles(readContentFiles(), CONTENT_BUDGET.questions);
	const yamlBytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

	log?.(`content check: ${CONTENT_BUDGET.questions} questions…`);
	// The first run doubles as the check on the generator: a problem means the copies are wrong,
	// and the timings would be of error reporting rather than of a bank that passes.
	const start = performance.now();
	const { bank, problems } = loadBank(files);
	const firstRunMs = performance.now() - start;
	if (problems.length > 0) {
		const shown = problems
			.slice(0, 5)
			.map((problem) => `  ${problem.file}:${problem.line ?? '-'}: ${problem.message}`);
		throw new Error(
			`The generated bank has ${problems.length} problems (the generator is wrong):\n` +
				shown.join('\n')
		);
	}
	if (bank.questions.length !== CONTENT_BUDGET.questions) {
		throw new Error(
			`The generated bank has ${bank.questions.length} questions, not ${CONTENT_BUDGET.questions}`
		);
	}

	const timings: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const runStart = performance.now();
		loadBank(files);
		timings.push(performance.now() - runStart);
	}
	const ms = median(timings);
	return {
		questions: bank.questions.length,
		yamlKB: Math.round(yamlBytes / 1024),
		ms,
		firstRunMs,
		budgetMs: CONTENT_BUDGET.ms,
		withinBudget: ms < CONTENT_BUDGET.ms,
		runs: RUNS
	};
}

/**
 * The files with copies of questions added to every reading file, spread evenly, so that the bank
 * holds `total` questions. Each copy is a single-choice or true-false-not-stated question of the
 * same reading with the id `<original>-bench-<n>`: the same evidence, so every rule still passes.
 */
export function scaledContentFiles(files: ContentFiles, total: number): ContentFiles {
	const existing = loadBank(files).bank.questions.length;
	const readingPaths = Object.keys(files)
		.filter((path) => READING_FILE.test(path))
		.sort();
	const missing = total - existing;
	if (missing < 0 || readingPaths.length === 0) {
		throw new Error(`Cannot grow a bank of ${existing} questions to ${total}`);
	}

	const scaled: ContentFiles = { ...files };
	readingPaths.forEach((path, fileIndex) => {
		const extra =
			Math.floor(missing / readingPaths.length) +
			(fileIndex < missing % readingPaths.length ? 1 : 0);
		const data = parse(files[path]!) as { questions?: { id: string; type: string }[] };
		const questions = data.questions ?? [];
		const templates = questions.filter((question) => COPIED_TYPES.has(question.type));
		if (templates.length === 0) {
			throw new Error(`${path} has no single-choice or true-false-not-stated question to copy`);
		}
		for (let n = 0; n < extra; n++) {
			const template = templates[n % templates.length]!;
			questions.push({ ...template, id: `${template.id}-bench-${n + 1}` });
		}
		// Written out in full: copies share their choices with the original, and YAML aliases for
		// them would be a file no teacher writes (and the parser limits how many it expands).
		scaled[path] = stringify({ ...data, questions }, { aliasDuplicateObjects: false });
	});
	return scaled;
}
