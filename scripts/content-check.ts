/**
 * npm run content:check [-- --quiet]
 * Checks everything under questions/, then the bank's targets (questions/README.md, "Targets");
 * on a problem prints "file:line: what is wrong" and exits 1. Ends with a summary of the bank,
 * which --quiet leaves out (the build runs it that way).
 */
import { checkBankTargets } from '../src/lib/server/bank-targets';
import { loadBank } from '../src/lib/server/load';
import { QUESTION_TYPES, SKILLS } from '../src/lib/content/kinds';
import type { Bank } from '../src/lib/content/model';
import { readContentFiles } from './content-files';

const quiet = process.argv.includes('--quiet');
const loaded = loadBank(readContentFiles());
const { bank } = loaded;
// Targets only once every file loads: a reading that failed to load would count as missing.
const problems = loaded.problems.length > 0 ? loaded.problems : checkBankTargets(bank);

for (const problem of problems) {
	const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
	console.error(`questions/${where}: ${problem.message}`);
}
if (!quiet) {
	console.log(summary(bank));
}
if (problems.length > 0) {
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content.`);
	process.exit(1);
} else if (!quiet) {
	console.log('Content check passed.');
}

function summary(bank: Bank): string {
	const count = <T>(items: T[], key: (item: T) => string) =>
		items.reduce(
			(map, item) => map.set(key(item), (map.get(key(item)) ?? 0) + 1),
			new Map<string, number>()
		);
	const table = (title: string, rows: [string, string | number][]) => {
		const width = Math.max(title.length, ...rows.map(([label]) => label.length));
		return [title, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)].join(
			'\n'
		);
	};
	const total = bank.questions.length;
	const percent = (n: number) => `${n} (${total ? Math.round((n / total) * 100) : 0}%)`;
	const perReading = count(bank.questions, (q) => q.readingId ?? 'whole-article check');
	const byType = count(bank.questions, (q) => q.type);
	const bySkill = count(bank.questions, (q) => q.skill);
	const byDifficulty = count(bank.questions, (q) => String(q.difficulty));
	return [
		'',
		table('Bank', [
			['articles', bank.articles.length],
			['readings', bank.readings.length],
			['questions', total],
			['glossary terms', bank.glossary.length]
		]),
		table('Questions per reading', [
			...bank.readings.map((r): [string, number] => [
				`${r.id} (${r.wordCount} words)`,
				perReading.get(r.id) ?? 0
			]),
			['whole-article check', perReading.get('whole-article check') ?? 0]
		]),
		table(
			'By type',
			QUESTION_TYPES.map((type) => [type, percent(byType.get(type) ?? 0)])
		),
		table(
			'By skill',
			SKILLS.map((skill) => [skill, percent(bySkill.get(skill) ?? 0)])
		),
		table(
			'By difficulty',
			['1', '2', '3'].map((level) => [level, percent(byDifficulty.get(level) ?? 0)])
		)
	].join('\n\n');
}
