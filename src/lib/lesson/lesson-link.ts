/**
 * A lesson travels in the fragment of its link (`/lesson/#v2.…`), which browsers never send to a
 * server. The fragment is `v` + the link version + `.` + base64url of the deflated lesson JSON
 * followed by a CRC-32 of those deflated bytes. Students open links that were pasted into emails
 * and chats, so `decodeLesson` explains every way a link can go wrong and never throws.
 *
 * Version 2 carries the teacher's own questions, whole, in the authored shape; a lesson without
 * any is still written as version 1, so pages cached before version 2 open it too. Given the
 * readings, decoding checks each teacher question as the bank's are checked, and refuses a link
 * whose questions fail (`checkLessonQuestions`).
 */
import { deflateSync, inflateSync } from 'fflate';
import * as v from 'valibot';
import type { Question, Reading } from '../content/model';
import { CRC32, crc } from './crc';
import { LESSON_VERSION, lessonSchema, type Lesson } from './lesson';
import { checkTeacherQuestion, type TeacherQuestion } from './teacher-question';
import { describeIssue } from '../validation/schema-issue';

/**
 * Fragments longer than this are refused unread. Links past the limits of QR codes and chat
 * (`link-length.ts`) still open from an email; past this one, the lesson goes as a file.
 */
export const MAX_LINK_LENGTH = 8000;

/** A lesson as code writes one: without questions of its own, `questions` may be left out. */
export type LessonInput = Omit<Lesson, 'questions'> & { questions?: TeacherQuestion[] };

export type LinkProblemKind = 'empty' | 'damaged' | 'newer-version' | 'too-long' | 'invalid';

export interface LinkProblem {
	kind: LinkProblemKind;
	/** What is wrong and what to do, in words for the student. */
	message: string;
	/** For the teacher or a bug report: which part of the lesson was refused, and why. */
	detail?: string;
}

export type DecodedLesson = { ok: true; lesson: Lesson } | { ok: false; problem: LinkProblem };

const ASK_AGAIN = 'Ask your teacher to send the link again, and copy all of it.';

const MESSAGES: Record<Exclude<LinkProblemKind, 'too-long'>, string> = {
	empty: `This link has no lesson in it: the part after the # sign is missing. ${ASK_AGAIN}`,
	damaged: `This lesson link is damaged: part of it was probably cut off or changed when it was copied. ${ASK_AGAIN}`,
	'newer-version':
		'This lesson was made with a newer version of Close Read than the one open here. Reload the ' +
		'page to get the newest version; if the lesson still does not open, ask your teacher for a new link.',
	invalid:
		'This lesson link was read, but the lesson in it is not one Close Read can run. Ask your ' +
		'teacher for a new link.'
};

/** The lesson in the short form of link version 1: one-letter keys, empty fields left out. */
interface LinkLessonV1 {
	t: string;
	n?: string;
	r?: string[];
	q: string[];
	d?: string;
	p: number;
	a: number;
	f: 0 | 1;
	s: 0 | 1;
	w: 0 | 1;
}

/** Version 2: version 1 and the teacher's own questions, in the authored shape. */
interface LinkLessonV2 extends LinkLessonV1 {
	c?: TeacherQuestion[];
}

/**
 * A reader for every link version ever made, turning its JSON into the readable lesson shape for
 * `lessonSchema` to check. Links live on in old emails, so a new version adds a reader here and
 * never removes one.
 */
const READERS: Readonly<Record<number, (data: unknown) => Record<string, unknown> | null>> = {
	1: readV1,
	2: readV2
};

/** The fragment for a lesson, without the '#'. Check its length with `linkLength`. */
export function encodeLesson(lesson: LessonInput): string {
	const questions = lesson.questions ?? [];
	const short: LinkLessonV2 = {
		t: lesson.title,
		...(lesson.instructions === '' ? {} : { n: lesson.instructions }),
		...(lesson.readingIds.length === 0 ? {} : { r: lesson.readingIds }),
		q: lesson.questionIds,
		...(lesson.dueDate === null ? {} : { d: lesson.dueDate }),
		p: lesson.passMark,
		a: lesson.attemptsPerQuestion,
		f: lesson.feedback === 'end' ? 1 : 0,
		s: lesson.shuffleChoices ? 1 : 0,
		w: lesson.wholeArticle ? 1 : 0,
		...(questions.length === 0 ? {} : { c: questions })
	};
	const packed = deflateSync(new TextEncoder().encode(JSON.stringify(short)), { level: 9 });
	const check = crc(packed, 8, CRC32);
	const bytes = new Uint8Array(packed.length + 4);
	bytes.set(packed);
	new DataView(bytes.buffer).setUint32(packed.length, check);
	return `v${questions.length === 0 ? 1 : LESSON_VERSION}.${toBase64Url(bytes)}`;
}

/**
 * Reads the fragment of a lesson link, with or without its '#'. With `readings` (the bank's),
 * every teacher question is checked against its reading as the bank's questions are; without,
 * only their shape is (a page that shows no question text may skip it).
 */
export function decodeLesson(fragment: string, readings?: readonly Reading[]): DecodedLesson {
	// Mail programs wrap long links; the line breaks and spaces they add are not part of it, nor
	// are the same written as escapes (a browser shows a space in the address as %20), nor the
	// zero-width spaces some editors slip in. None of them is in the link's own alphabet.
	const text = String(fragment ?? '')
		.replace(/%(?:20|09|0A|0D|E2%80%8B|EF%BB%BF)/gi, '')
		.replace(/[\s\u200B-\u200D\u2060\uFEFF]+/g, '')
		.replace(/^#/, '');
	if (text === '') {
		return problem('empty');
	}
	if (text.length > MAX_LINK_LENGTH) {
		return {
			ok: false,
			problem: {
				kind: 'too-long',
				message:
					`This lesson link is too long to open (${text.length} characters, where Close Read ` +
					`accepts ${MAX_LINK_LENGTH}). Ask your teacher for a shorter lesson: fewer questions ` +
					'or shorter instructions.'
			}
		};
	}
	const match = /^v(\d{1,6})\.(.*)$/.exec(text);
	if (!match) {
		return problem('damaged', 'The link does not start with a version mark such as v1.');
	}
	const version = Number(match[1]);
	if (version > LESSON_VERSION) {
		return problem(
			'newer-version',
			`The link is version ${version}; this page reads up to ${LESSON_VERSION}.`
		);
	}
	const read = READERS[version];
	if (!read) {
		return problem('damaged', `Close Read never made links of version ${version}.`);
	}
	const bytes = fromBase64Url(match[2]!);
	if (!bytes || bytes.length < 5) {
		return problem('damaged', 'The link has characters or a length that no lesson link has.');
	}
	const packed = bytes.subarray(0, bytes.length - 4);
	const check = new DataView(bytes.buffer, bytes.byteOffset).getUint32(bytes.length - 4);
	if (crc(packed, 8, CRC32) !== check) {
		return problem('damaged', 'The checksum at the end of the link does not match the rest.');
	}
	let data: unknown;
	try {
		const json = new TextDecoder('utf-8', { fatal: true }).decode(inflateSync(packed));
		data = JSON.parse(json);
	} catch {
		return problem('damaged', 'The lesson in the link could not be unpacked.');
	}
	const candidate = read(data);
	if (candidate === null) {
		return problem('invalid', 'The link holds something other than a lesson.');
	}
	return checkLesson(candidate, readings);
}

/** The lesson schema, then, given the readings, every teacher question's own rules. */
export function checkLesson(candidate: unknown, readings?: readonly Reading[]): DecodedLesson {
	const result = v.safeParse(lessonSchema, candidate);
	if (!result.success) {
		return problem('invalid', describeIssue(result.issues));
	}
	const failing = readings ? checkLessonQuestions(result.output, readings) : null;
	if (failing) {
		return {
			ok: false,
			problem: {
				kind: 'invalid',
				message:
					'This lesson was read, but a question your teacher wrote for it does not pass Close ' +
					'Read’s checks, so the lesson cannot run. Ask your teacher to check the lesson in the ' +
					'lesson builder and send it again.',
				detail: failing
			}
		};
	}
	return { ok: true, lesson: result.output };
}

/**
 * Null when every teacher question of the lesson passes the bank's rules on its reading;
 * otherwise which one fails and why, for the teacher.
 */
export function checkLessonQuestions(lesson: Lesson, readings: readonly Reading[]): string | null {
	const byId = new Map(readings.map((reading) => [reading.id, reading]));
	for (const question of lesson.questions) {
		const reading = byId.get(question.readingId);
		if (!reading) {
			return `Question "${question.id}" is on the reading "${question.readingId}", which is not in Close Read.`;
		}
		const [first] = checkTeacherQuestion(question, reading, {
			takenIds: lesson.questionIds.filter((id) => id !== question.id)
		}).problems;
		if (first) {
			return `Question "${question.id}", ${first.field}: ${first.message}`;
		}
	}
	return null;
}

export interface LessonQuestions {
	/** In the lesson's order, bank and teacher questions. */
	present: string[];
	/** The teacher's own questions among `present`, as students get them, in the lesson's order. */
	teacher: Question[];
	/** Named by the lesson, but not in Close Read's questions, and not known to have been retired. */
	missing: string[];
	/** Named by the lesson, but revised (under a new id) or retired by the authors since. */
	retired: string[];
}

/**
 * Splits the lesson's questions into those Close Read still has, those its authors revised or
 * retired (`retiredQuestionIds`, from questions/retired.yaml), and any others it does not know.
 * The teacher's own questions are present when their reading is in `readings` and they pass its
 * rules, converted to the questions students get.
 */
export function resolveLessonQuestions(
	lesson: Lesson,
	knownQuestionIds: ReadonlySet<string>,
	retiredQuestionIds: ReadonlySet<string> = new Set(),
	readings: readonly Reading[] = []
): LessonQuestions {
	const readingsById = new Map(readings.map((reading) => [reading.id, reading]));
	const teacher = new Map<string, Question>();
	for (const source of lesson.questions) {
		const reading = readingsById.get(source.readingId);
		const checked = reading ? checkTeacherQuestion(source, reading).question : null;
		if (checked) {
			teacher.set(checked.id, checked);
		}
	}
	const resolved: LessonQuestions = { present: [], teacher: [], missing: [], retired: [] };
	for (const id of lesson.questionIds) {
		const own = teacher.get(id);
		if (own) {
			resolved.teacher.push(own);
		}
		const kind =
			knownQuestionIds.has(id) || own
				? 'present'
				: retiredQuestionIds.has(id)
					? 'retired'
					: 'missing';
		resolved[kind].push(id);
	}
	return resolved;
}

const REST = 'You can do the rest; your teacher will see which were left out in your results.';

/** What the student is told when questions are left out, or null when none are. */
export function describeMissingQuestions({
	present,
	missing,
	retired
}: Pick<LessonQuestions, 'present' | 'missing' | 'retired'>): string | null {
	const left = missing.length + retired.length;
	if (left === 0) {
		return null;
	}
	if (present.length === 0) {
		return missing.length === 0
			? 'Every question in this lesson has been revised or retired by the Close Read authors ' +
					'since the link was made, so there is nothing to answer. Ask your teacher for a new link.'
			: 'None of the questions in this lesson are in Close Read any more, so there is nothing to ' +
					'answer. Ask your teacher for a new link.';
	}
	const total = present.length + left;
	const count = (n: number) => (n === 1 ? '1 question' : `${n} questions`);
	if (missing.length === 0) {
		return (
			`${left} of the ${total} questions in this lesson ${left === 1 ? 'was' : 'were'} revised or ` +
			`retired by the Close Read authors since the link was made, so ` +
			`${left === 1 ? 'it is' : 'they are'} left out. ${REST}`
		);
	}
	if (retired.length === 0) {
		return (
			`${left} of the ${total} questions in this lesson ${left === 1 ? 'is' : 'are'} no longer in ` +
			`Close Read, so ${left === 1 ? 'it is' : 'they are'} left out. ${REST}`
		);
	}
	return (
		`${left} of the ${total} questions in this lesson are left out: ${count(retired.length)} ` +
		`revised or retired by the Close Read authors since the link was made, and ` +
		`${count(missing.length)} no longer in Close Read. ${REST}`
	);
}

function problem(kind: Exclude<LinkProblemKind, 'too-long'>, detail?: string): DecodedLesson {
	return { ok: false, problem: { kind, message: MESSAGES[kind], ...(detail ? { detail } : {}) } };
}

/** Null for JSON that is not an object at all. */
function readV1(data: unknown): Record<string, unknown> | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		return null;
	}
	const field = (key: keyof LinkLessonV1): unknown =>
		Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;
	return {
		title: field('t'),
		instructions: field('n') ?? '',
		readingIds: field('r') ?? [],
		questionIds: field('q'),
		dueDate: field('d') ?? null,
		passMark: field('p'),
		attemptsPerQuestion: field('a'),
		feedback: flag(field('f'), 'immediate', 'end'),
		shuffleChoices: flag(field('s'), false, true),
		wholeArticle: flag(field('w'), false, true)
	};
}

function readV2(data: unknown): Record<string, unknown> | null {
	const lesson = readV1(data);
	if (lesson === null) {
		return null;
	}
	const questions = Object.hasOwn(data as object, 'c') ? (data as LinkLessonV2).c : undefined;
	return { ...lesson, questions: questions ?? [] };
}

/** 0 and 1 become the two values; anything else is left for the schema to refuse. */
function flag<T>(value: unknown, off: T, on: T): unknown {
	return value === 0 ? off : value === 1 ? on : value;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const BASE64URL_VALUES = new Map([...BASE64URL].map((symbol, value) => [symbol, value] as const));

function toBase64Url(bytes: Uint8Array): string {
	let text = '';
	let buffer = 0;
	let bits = 0;
	for (const byte of bytes) {
		buffer = ((buffer << 8) | byte) & 0xffff;
		bits += 8;
		while (bits >= 6) {
			bits -= 6;
			text += BASE64URL[(buffer >> bits) & 63];
		}
	}
	if (bits > 0) {
		text += BASE64URL[(buffer << (6 - bits)) & 63];
	}
	return text;
}

/** Null for a character outside base64url, an impossible length, or stray bits at the end. */
function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) {
		return null;
	}
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let index = 0;
	for (const symbol of text) {
		const value = BASE64URL_VALUES.get(symbol);
		if (value === undefined) {
			return null;
		}
		buffer = ((buffer << 6) | value) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes[index++] = (buffer >> bits) & 0xff;
		}
	}
	// Set padding bits would let two different links read as one; only the encoder's form counts.
	return (buffer & ((1 << bits) - 1)) === 0 ? bytes : null;
}
