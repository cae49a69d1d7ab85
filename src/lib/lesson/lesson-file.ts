/**
 * A lesson as a small file, for when its link is too long for a QR code or a chat: the teacher
 * attaches it, the student drops or picks it on the lesson page. JSON with a format name, a
 * version (the lesson's, `LESSON_VERSION`) and a CRC-32 of the lesson's JSON, so a file cut short
 * or edited by hand is told apart from a lesson. It comes back from outside: `decodeLessonFile`
 * explains every way it can go wrong and never throws.
 */
import * as v from 'valibot';
import type { Reading } from '../content/model';
import { parseJson } from '../storage/parsed';
import { CRC32, crc } from './crc';
import { fileSlug } from './file-slug';
import { LESSON_VERSION, type Lesson } from './lesson';
import { checkLesson, type DecodedLesson, type LessonInput } from './lesson-link';

export const LESSON_FILE_FORMAT = 'close-read-lesson';

/** 200 questions of generous length; anything bigger is something else. */
export const MAX_LESSON_FILE_BYTES = 1_000_000;

const lessonFileSchema = v.looseObject({
	format: v.literal(LESSON_FILE_FORMAT),
	version: v.pipe(v.number(), v.integer(), v.minValue(1)),
	/** CRC-32 of `JSON.stringify(lesson)`, as 8 hex digits. */
	checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{8}$/)),
	lesson: v.unknown()
});

/** `close-read-lesson-<title>.json`, in letters any file system keeps. */
export function lessonFileName(title: string): string {
	const short = fileSlug(title);
	return `close-read-lesson${short ? `-${short}` : ''}.json`;
}

export function encodeLessonFile(lesson: LessonInput): string {
	const full: Lesson = { ...lesson, questions: lesson.questions ?? [] };
	return `${JSON.stringify(
		{
			format: LESSON_FILE_FORMAT,
			version: LESSON_VERSION,
			checksum: checksumOf(full),
			lesson: full
		},
		null,
		'\t'
	)}\n`;
}

/** Reads a lesson file's text; with `readings`, checks each teacher question as a link's are. */
export function decodeLessonFile(text: string, readings?: readonly Reading[]): DecodedLesson {
	const source = String(text ?? '');
	if (source.length > MAX_LESSON_FILE_BYTES) {
		return refuse('damaged', 'This file is far too large to be a Close Read lesson file.');
	}
	const json = parseJson(source, 'This is not a Close Read lesson file: it is not JSON text.');
	if (!json.ok) {
		return refuse('damaged', json.reason);
	}
	const data = json.value;
	if (
		typeof data !== 'object' ||
		data === null ||
		(data as { format?: unknown }).format !== LESSON_FILE_FORMAT
	) {
		return refuse(
			'invalid',
			'This is not a Close Read lesson file. Ask your teacher for the lesson file or link.'
		);
	}
	const envelope = v.safeParse(lessonFileSchema, data);
	if (!envelope.success) {
		return refuse('damaged', 'This lesson file is damaged: part of it is missing or changed.');
	}
	const { version, checksum, lesson } = envelope.output;
	if (version > LESSON_VERSION) {
		return refuse(
			'newer-version',
			'This lesson file was made with a newer version of Close Read than the one open here. ' +
				'Reload the page to get the newest version, then open the file again.'
		);
	}
	if (checksumOf(lesson) !== checksum) {
		return refuse(
			'damaged',
			'This lesson file is damaged: its checksum does not match the lesson in it, so it was ' +
				'changed or cut short. Ask your teacher to send the file again.'
		);
	}
	return checkLesson(lesson, readings);
}

function checksumOf(lesson: unknown): string {
	const json = JSON.stringify(lesson) ?? '';
	return crc(new TextEncoder().encode(json), 8, CRC32).toString(16).padStart(8, '0');
}

function refuse(kind: 'damaged' | 'invalid' | 'newer-version', message: string): DecodedLesson {
	return { ok: false, problem: { kind, message } };
}
