/**
 * A lesson a teacher sets: which readings and questions, and the rules for taking it, with the
 * teacher's own questions (edited from the bank or added) carried whole. It travels in the link
 * (see `lesson-link.ts`) or a lesson file, so it comes back from outside and `lessonSchema`
 * checks it.
 */
import * as v from 'valibot';
import { symbolOf } from './base32';
import { TEACHER_ID_PREFIX, teacherQuestionSchema } from './teacher-question';
import { hasNoHiddenControls, hasVisibleCharacter } from './visible-text';

/**
 * The shape of the lesson in a link; `lesson-link.ts` keeps a reader for every past version.
 * 2: the lesson carries the teacher's own questions.
 */
export const LESSON_VERSION = 2;

export const FEEDBACK_TIMINGS = ['immediate', 'end'] as const;

const slug = v.pipe(
	v.string(),
	v.maxLength(100),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id: lowercase letters, digits and hyphens')
);

// A lone surrogate cannot survive UTF-8, so a link holding one would not read back the same.
const text = (max: number) =>
	v.pipe(
		v.string(),
		v.maxLength(max, `must be at most ${max} characters`),
		v.check((value) => !/\p{Cs}/u.test(value), 'must be well-formed text')
	);

const unique = (what: string) =>
	v.check((ids: string[]) => new Set(ids).size === ids.length, `must not name a ${what} twice`);

const calendarDate = v.pipe(
	v.string(),
	v.isoDate('must be a date written YYYY-MM-DD'),
	// The regex lets through 2025-02-31; a date that Date moves to March is not a date.
	v.check((date) => {
		const time = Date.parse(`${date}T00:00:00Z`);
		return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date);
	}, 'must be a real date')
);

const lessonFields = v.strictObject({
	title: v.pipe(
		text(120),
		v.check((title) => title.trim() !== '' && hasVisibleCharacter(title), 'must not be empty'),
		v.check(hasNoHiddenControls, 'must not hold control or text-direction characters')
	),
	/** Shown to the student before the first reading; may be empty. */
	instructions: text(2000),
	readingIds: v.pipe(v.array(slug), v.maxLength(100), unique('reading')),
	/** In the order the student meets them; results list outcomes in this order. */
	questionIds: v.pipe(
		v.array(slug),
		v.minLength(1, 'must name at least one question'),
		v.maxLength(200, 'must name at most 200 questions'),
		unique('question')
	),
	/** The last day to hand in, the whole of it, in the teacher's time zone. */
	dueDate: v.nullable(calendarDate),
	/** The score out of 100 that passes. */
	passMark: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
	attemptsPerQuestion: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9)),
	/** Whether each answer is marked as it is given, or all of them after the last question. */
	feedback: v.picklist(FEEDBACK_TIMINGS),
	shuffleChoices: v.boolean(),
	/** Read the article as one text, rather than reading by reading. */
	wholeArticle: v.boolean(),
	/**
	 * The teacher's own questions, each listed by its id in `questionIds` at its place. Their
	 * text rules (evidence from the reading, ...) need the readings: `lesson-link.ts` checks them.
	 */
	questions: v.optional(
		v.pipe(v.array(teacherQuestionSchema), v.maxLength(200, 'must hold at most 200 questions')),
		[]
	)
});

export const lessonSchema = v.pipe(
	lessonFields,
	v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) {
			return;
		}
		const { questionIds, readingIds, questions } = dataset.value;
		const carried = new Set(questions.map((question) => question.id));
		const listed = new Set(questionIds);
		const problem = (message: string) => addIssue({ message, path: undefined });
		const unlisted = questions.find((question) => !listed.has(question.id));
		const absent = questionIds.find((id) => id.startsWith(TEACHER_ID_PREFIX) && !carried.has(id));
		const offReading = questions.find((question) => !readingIds.includes(question.readingId));
		if (carried.size !== questions.length) {
			problem('questions: a teacher question is given twice');
		} else if (unlisted) {
			problem(`questions: "${unlisted.id}" is not in the lesson's list of questions`);
		} else if (absent) {
			problem(`questionIds: the teacher's question "${absent}" is not in the lesson`);
		} else if (offReading) {
			problem(`questions: "${offReading.id}" is on a reading the lesson does not include`);
		}
	})
);

export type Lesson = v.InferOutput<typeof lessonSchema>;
export type FeedbackTiming = Lesson['feedback'];

/**
 * Eight base32 symbols (40 bits) of a hash of the lesson, keys sorted: the same lesson always
 * gets the same id, and results codes carry it to say which lesson they belong to. Any change to
 * the lesson, even to the title, makes it a different lesson.
 */
export function lessonIdentity(lesson: Lesson): string {
	// A lesson without questions of its own is the lesson version 1 carried: the same identity,
	// so results handed in before version 2 still belong to it.
	const { questions, ...rest } = lesson;
	const hash = fnv1a64(
		new TextEncoder().encode(canonicalJson(questions.length === 0 ? rest : lesson))
	);
	let id = '';
	for (let shift = 59n; shift >= 24n; shift -= 5n) {
		id += symbolOf(Number((hash >> shift) & 31n));
	}
	return id;
}

function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(canonicalJson).join(',')}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const keys = Object.keys(value).sort();
		const record = value as Record<string, unknown>;
		return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

function fnv1a64(bytes: Uint8Array): bigint {
	let hash = FNV_OFFSET;
	for (const byte of bytes) {
		hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
	}
	return hash;
}
