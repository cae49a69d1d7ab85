/**
 * npm run export -- --format json [--article ID]
 * Prints the whole bank as one canonical JSON document on stdout (format in the README).
 */
import { loadBank } from '../src/lib/content/load';
import { canonicalExport } from '../src/lib/content/canonical';
import { readContentFiles } from './content-files';

const FORMATS = ['json'] as const;

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : undefined;
}

const format = option('format') ?? 'json';
if (!(FORMATS as readonly string[]).includes(format)) {
	console.error(`Unknown format "${format}". Formats: ${FORMATS.join(', ')}.`);
	process.exit(2);
}
const { bank, problems } = loadBank(readContentFiles());
if (problems.length > 0) {
	console.error('The content has problems; run "npm run content:check" to see them.');
	process.exit(1);
}
const articleId = option('article') ?? bank.articles[0]?.id;
const article = bank.articles.find((candidate) => candidate.id === articleId);
if (!article) {
	console.error(
		`No article "${articleId}". Articles: ${bank.articles.map((a) => a.id).join(', ')}.`
	);
	process.exit(2);
}
process.stdout.write(`${JSON.stringify(canonicalExport(bank, article.id), null, 2)}\n`);
