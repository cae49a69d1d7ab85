/**
 * npm run content:check [-- --quiet] [-- --items]
 * Checks everything under questions/, then the bank's targets (questions/README.md, "Targets");
 * on a problem prints "file:line: what is wrong" and exits 1. Ends with a summary of the bank and
 * its cue figures, which --quiet leaves out (the build runs it that way). --items first prints
 * each question's cue figures, so an author sees the weak ones.
 */
import { checkBankTargets } from '../src/lib/server/bank-targets';
import {
	CUE_LIMITS,
	cueFigures,
	weaknesses,
	type QuestionCues
} from '../src/lib/content/authoring/cues';
import { loadBank } from '../src/lib/server/load';
import { QUESTION_TYPES, SKILLS } from '../src/lib/content/kinds';
import type { Bank } from '../src/lib/content/model';
import { readContentFiles } from './content-files';

const quiet = process.argv.includes('--quiet');
const loaded = loadBank(readContentFiles());
const { bank, cues } = loaded;
// Targets only once every file loads: a reading that failed to load would count as missing.
const problems = loaded.problems.length > 0 ? loaded.problems : checkBankTargets(bank);

if (process.argv.includes('--items')) {
	console.log(itemReport(cues));
}
for (const problem of problems) {
	const where = problem.line === null ? problem.file : `${problem.file}:${problem.line}`;
	console.error(`questions/${where}: ${problem.message}`);
}
if (!quiet) {
	console.log(summary(bank, cues));
}
if (problems.length > 0) {
	console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content.`);
	process.exit(1);
} else if (!quiet) {
	console.log('Content check passed.');
}

function summary(bank: Bank, cues: QuestionCues[]): string {
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
	const figures = cueFigures(cues);
	const of = (part: number, whole: number, limit?: number) =>
		`${part} of ${whole} (${whole ? Math.round((part / whole) * 100) : 0}%)` +
		(limit === undefined ? '' : `, at most ${Math.round(limit * 100)}%`);
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
		),
		table('Cues a test-wise student could use', [
			[
				`key longest by ${Math.round((CUE_LIMITS.keyLongerBy - 1) * 100)}%+ (single choice)`,
				of(figures.keyLongest, figures.singleChoice, CUE_LIMITS.keyLongestShare)
			],
			[
				'key written first (single choice; shown shuffled)',
				of(figures.keyFirstAsWritten, figures.singleChoice)
			],
			[
				'absolute words only in wrong choices',
				of(figures.absoluteOnlyWrong, figures.withAbsolute, CUE_LIMITS.absoluteOnlyWrongShare)
			],
			[
				'multiple select: right choices',
				[...figures.rightCounts].map(([right, times]) => `${right} right: ${times}`).join(', ') ||
					'none'
			]
		])
	].join('\n\n');
}

/** One line per question: where it is, its cue figures, and why it is weak, if it is. */
function itemReport(all: QuestionCues[]): string {
	const rows = all.map((cues) => {
		const key =
			cues.keyPositions === null ? '' : `key ${cues.keyPositions.join('+')}/${cues.choiceCount}`;
		const ratio = cues.lengthRatio === null ? '' : `length ${cues.lengthRatio.toFixed(2)}`;
		const absolute = [
			...cues.absoluteInRight.map((word) => `right:${word}`),
			...cues.absoluteInWrong.map((word) => `wrong:${word}`)
		].join(' ');
		const weak = weaknesses(cues);
		return [
			weak.length > 0 ? 'WEAK' : '    ',
			cues.id.padEnd(44),
			cues.type.padEnd(21),
			key.padEnd(9),
			ratio.padEnd(11),
			absolute,
			weak.length > 0 ? `\n       ${weak.join('; ')}` : ''
		].join(' ');
	});
	const weakCount = all.filter((cues) => weaknesses(cues).length > 0).length;
	return [
		'Cue figures per question (key: right choices as written / choices; length: key over longest',
		'wrong choice, or mean right over mean wrong for multiple select)',
		'',
		...rows,
		'',
		`${weakCount} of ${all.length} questions flagged WEAK.`
	].join('\n');
}
