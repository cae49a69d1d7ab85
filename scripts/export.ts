/**
 * npm run export -- --format json|gift|moodle-xml|qti21|qti3 [--article ID]
 *                   [--questions ID,ID,... | --lesson LINK] [--out FILE]
 * npm run export -- --format scorm12|scorm2004 --lesson LINK|FILE [--out FILE] [--site build]
 *
 * json prints the whole bank as one canonical JSON document (format in the README). The LMS
 * formats export the whole bank, the listed questions, or a lesson's questions (a lesson link, or
 * just the part after its '#'): gift and moodle-xml print text to stdout (or --out); qti21 and
 * qti3 write a zip package (--out, or close-read-qti21.zip / close-read-qti3.zip here) and print
 * its path. Questions a format cannot express are listed on stderr, never dropped silently.
 *
 * scorm12 and scorm2004 package a lesson (its link, the part after '#', or a file holding either)
 * with the built lesson page and everything it loads, from the built site (--site, default
 * build/: run "npm run build" first), into a zip an LMS takes as a SCORM activity.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { canonicalExport, type CanonicalBank } from '../src/lib/server/canonical';
import { loadBank } from '../src/lib/server/load';
import { decodeLesson } from '../src/lib/lesson/lesson-link';
import { toGift } from '../src/lib/lesson/lms/gift';
import { toMoodleXml } from '../src/lib/lesson/lms/moodle-xml';
import { toQti21Package } from '../src/lib/lesson/lms/qti21';
import { toQti3Package } from '../src/lib/lesson/lms/qti3';
import {
	describeDifferences,
	describeSkipped,
	type SkippedQuestion
} from '../src/lib/lesson/lms/selection';
import { buildScormPackage, LAUNCH_PAGE } from '../src/lib/lesson/scorm/package';
import { readContentFiles } from './content-files';

const FORMATS = ['json', 'gift', 'moodle-xml', 'qti21', 'qti3', 'scorm12', 'scorm2004'] as const;
type Format = (typeof FORMATS)[number];

function option(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at > 0 ? process.argv[at + 1] : undefined;
}

function fail(message: string, code = 2): never {
	console.error(message);
	process.exit(code);
}

/** The question ids to export, or undefined for the whole bank. */
function chosenQuestionIds(bank: CanonicalBank): string[] | undefined {
	const list = option('questions');
	const link = option('lesson');
	if (list !== undefined && link !== undefined) {
		fail('Give --questions or --lesson, not both.');
	}
	if (list !== undefined) {
		const ids = list
			.split(',')
			.map((id) => id.trim())
			.filter((id) => id !== '');
		if (ids.length === 0) {
			fail('--questions needs at least one question id, separated by commas.');
		}
		return ids;
	}
	return link === undefined ? undefined : lessonQuestionIds(bank, link);
}

/** The lesson's code (the part of its link after '#'), from a link, a code, or a file of either. */
function lessonCode(given: string): string {
	const link = existsSync(given) ? readFileSync(given, 'utf8').trim() : given;
	const hash = link.indexOf('#');
	if (hash < 0 && /^https?:\/\//.test(link)) {
		fail('That link has no lesson in it: the part after the # sign is missing.');
	}
	return hash < 0 ? link : link.slice(hash + 1);
}

function decodedLesson(given: string) {
	const decoded = decodeLesson(lessonCode(given));
	if (!decoded.ok) {
		const { message, detail } = decoded.problem;
		fail(detail ? `${message}\n(${detail})` : message);
	}
	return decoded;
}

/** A lesson link's questions, in the lesson's order; those the bank no longer has are named. */
function lessonQuestionIds(bank: CanonicalBank, link: string): string[] {
	const decoded = decodedLesson(link);
	const known = new Set(bank.questions.map((question) => question.id));
	const missing = decoded.lesson.questionIds.filter((id) => !known.has(id));
	const present = decoded.lesson.questionIds.filter((id) => known.has(id));
	if (missing.length > 0) {
		console.error(
			`The lesson names ${missing.length} question(s) this bank does not have: ${missing.join(', ')}.`
		);
	}
	if (present.length === 0) {
		fail('None of the lesson\u2019s questions are in this bank; nothing to export.');
	}
	return present;
}

async function exportScorm(format: 'scorm12' | 'scorm2004', bank: CanonicalBank) {
	const given = option('lesson');
	if (given === undefined) {
		fail('A SCORM package is made of a lesson: give --lesson with its link or a file holding it.');
	}
	// Checks every question is still in the bank, and names those that are not.
	lessonQuestionIds(bank, given);
	const { lesson } = decodedLesson(given);
	const site = option('site') ?? 'build';
	if (!existsSync(join(site, LAUNCH_PAGE))) {
		fail(`No built lesson page in ${site}/. Run "npm run build" first.`);
	}
	const built = await buildScormPackage({
		version: format,
		lesson,
		lessonCode: lessonCode(given),
		read: (path) => readFile(join(site, path)).catch(() => null)
	});
	const path = resolve(option('out') ?? `close-read-${format}.zip`);
	writeFileSync(path, built.zip);
	console.log(path);
}

function exportTo(
	format: Exclude<Format, 'json' | 'scorm12' | 'scorm2004'>,
	bank: CanonicalBank,
	ids?: string[]
) {
	const out = option('out');
	let skipped: SkippedQuestion[];
	let differences: SkippedQuestion[];
	if (format === 'gift' || format === 'moodle-xml') {
		const result = format === 'gift' ? toGift(bank, ids) : toMoodleXml(bank, ids);
		skipped = result.skipped;
		differences = result.differences;
		if (out === undefined) {
			process.stdout.write(result.text);
		} else {
			writeFileSync(out, result.text);
		}
	} else {
		const result = format === 'qti21' ? toQti21Package(bank, ids) : toQti3Package(bank, ids);
		skipped = result.skipped;
		differences = result.differences;
		const path = resolve(out ?? `close-read-${format}.zip`);
		writeFileSync(path, result.zip);
		console.log(path);
	}
	if (skipped.length > 0) {
		console.error(describeSkipped(skipped));
	}
	if (differences.length > 0) {
		console.error(describeDifferences(differences));
	}
}

const format = (option('format') ?? 'json') as Format;
if (!FORMATS.includes(format)) {
	fail(`Unknown format "${format}". Formats: ${FORMATS.join(', ')}.`);
}
const { bank, problems } = loadBank(readContentFiles());
if (problems.length > 0) {
	fail('The content has problems; run "npm run content:check" to see them.', 1);
}
const articleId = option('article') ?? bank.articles[0]?.id;
const article = bank.articles.find((candidate) => candidate.id === articleId);
if (!article) {
	fail(`No article "${articleId}". Articles: ${bank.articles.map((a) => a.id).join(', ')}.`);
}
const canonical = canonicalExport(bank, article.id);
if (format === 'json') {
	if (option('questions') !== undefined || option('lesson') !== undefined) {
		fail('The JSON export is always the whole bank; --questions and --lesson are for LMS formats.');
	}
	const out = option('out');
	const text = `${JSON.stringify(canonical, null, 2)}\n`;
	if (out === undefined) {
		process.stdout.write(text);
	} else {
		writeFileSync(out, text);
	}
} else if (format === 'scorm12' || format === 'scorm2004') {
	try {
		await exportScorm(format, canonical);
	} catch (error) {
		fail(error instanceof Error ? error.message : String(error));
	}
} else {
	try {
		exportTo(format, canonical, chosenQuestionIds(canonical));
	} catch (error) {
		// An id the bank does not have: say which, rather than print a stack.
		fail(error instanceof Error ? error.message : String(error));
	}
}
