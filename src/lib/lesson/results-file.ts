/**
 * The results file: the same as a results code, plus every answer given, for a teacher who wants
 * to see what was written and not only how it went. It is JSON and comes back from outside; it
 * is versioned so that an older page explains a newer file rather than misreading it.
 */
import * as v from 'valibot';
import { responseSchema } from '../quiz/response';
import { parseJson, type Refused } from '../storage/parsed';
import { fileSlug } from './file-slug';
import { lessonResultSchema } from './lesson-result';
import { describeIssue } from '../validation/schema-issue';
import { hasNoHiddenControls } from './visible-text';

export const RESULTS_FILE_FORMAT = 'close-read-results';
export const RESULTS_FILE_VERSION = 1;

/** Well beyond 200 questions of long answers tried nine times; anything bigger is something else. */
const MAX_FILE_CHARACTERS = 5_000_000;

export const resultsAnswerSchema = v.strictObject({
	questionId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	response: responseSchema,
	/** 0 to 1, as graded when it was given. */
	score: v.pipe(v.number(), v.minValue(0), v.maxValue(1))
});

export const resultsFileSchema = v.strictObject({
	format: v.literal(RESULTS_FILE_FORMAT),
	version: v.literal(RESULTS_FILE_VERSION),
	lessonTitle: v.pipe(
		v.string(),
		v.maxLength(200),
		v.check(hasNoHiddenControls, 'the lesson title holds control or text-direction characters')
	),
	result: lessonResultSchema,
	/** Every try, in the order given: a question's first entry is its first try. */
	answers: v.pipe(v.array(resultsAnswerSchema), v.maxLength(5000))
});

export type ResultsAnswer = v.InferOutput<typeof resultsAnswerSchema>;
export type ResultsFile = v.InferOutput<typeof resultsFileSchema>;
export type ResultsFileContents = Omit<ResultsFile, 'format' | 'version'>;

export type DecodedResultsFile = { ok: true; file: ResultsFile } | Refused;

/** `close-read-<lesson>-<name>-<day finished>.json`, in letters any file system keeps. */
export function resultsFileName(
	lessonTitle: string,
	studentName: string,
	finishedAt: string
): string {
	const day = /^\d{4}-\d{2}-\d{2}/.exec(finishedAt)?.[0];
	const parts = [
		'close-read',
		fileSlug(lessonTitle) || 'lesson',
		fileSlug(studentName) || 'student'
	];
	return `${[...parts, ...(day ? [day] : [])].join('-')}.json`;
}

export function encodeResultsFile(contents: ResultsFileContents): string {
	const file: ResultsFile = {
		format: RESULTS_FILE_FORMAT,
		version: RESULTS_FILE_VERSION,
		lessonTitle: contents.lessonTitle,
		result: contents.result,
		answers: contents.answers
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** Reads a results file's text. Never throws. */
export function decodeResultsFile(text: string): DecodedResultsFile {
	const source = String(text ?? '');
	if (source.length > MAX_FILE_CHARACTERS) {
		return refuse('This file is far too large to be a Close Read results file.');
	}
	const json = parseJson(source, 'This is not a Close Read results file: it is not JSON text.');
	if (!json.ok) {
		return json;
	}
	const data = json.value;
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== RESULTS_FILE_FORMAT
	) {
		return refuse('This is not a Close Read results file.');
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return refuse('This results file has no version number Close Read can read.');
	}
	if (version > RESULTS_FILE_VERSION) {
		return refuse(
			'This results file was made by a newer version of Close Read. Reload this page to get the ' +
				'newest version, then add the file again.'
		);
	}
	const result = v.safeParse(resultsFileSchema, data);
	if (!result.success) {
		return refuse(
			`Part of this results file could not be read (${describeIssue(result.issues)}). Ask the ` +
				'student for the file again, or for their results code.'
		);
	}
	return { ok: true, file: result.output };
}

function refuse(reason: string): DecodedResultsFile {
	return { ok: false, reason };
}
