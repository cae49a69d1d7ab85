/**
 * The teacher's results page, as data: many pasted codes and dropped files in, one class table
 * and the weakest questions and skills out. Everything handed in is accounted for: counted,
 * flagged as another lesson's, or refused with the reason.
 */
import Papa from 'papaparse';
import type { Skill } from '../content/model';
import { answerText, laterText, type AnswerQuestion } from './class-answers';
import { endOfDay, formatTime, isoWithOffset } from './dates';
import { lessonIdentity, type Lesson } from './lesson';
import { laterTryOf, type GivenAnswer, type LessonResult, type Outcome } from './lesson-result';
import { decodeResultsCode, findResultsCodes } from './results-code';
import { groupBy } from '../group-by';
import { decodeResultsFile, type ResultsAnswer } from './results-file';
import { describeOrigin, type TeacherOrigin } from './teacher-question';

// One collator for every comparison: localeCompare with options builds a new one each call.
const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base' });

export interface ResultsInput {
	/** Where it came from, as the teacher will recognise it: a file name, 'Pasted text'. */
	source: string;
	text: string;
	/** When the teacher handed it in: nothing in it can have finished later. */
	addedAt?: string;
}

/** What the page knows beyond the hand-ins, to tell a plausible result from one that is not. */
export interface CollectOptions {
	/** Now, in ms: no lesson was finished in the future. */
	now?: number;
	/** When the teacher made the lesson in this browser, if they did: nobody finished it before. */
	lessonMadeAt?: string | null;
	/** The hand-in the teacher chose to count, by student key: a `Submission.id`. */
	choices?: ReadonlyMap<string, string>;
	/** Hand-ins the teacher removed, by `Submission.id`: left out of the table, kept for undo. */
	removed?: ReadonlySet<string>;
	/** Names the teacher corrected, by `Submission.id`. */
	renames?: ReadonlyMap<string, string>;
}

/**
 * Why a result may not be what it claims. A code is a record of what the student's page said,
 * not proof: anyone can make one with any name, so these are shown, never silently trusted.
 */
export type SubmissionFlag =
	| { kind: 'score-mismatch'; claimed: number }
	| { kind: 'finished-in-future' }
	| { kind: 'finished-after-hand-in' }
	| { kind: 'finished-before-lesson' };

/** A clock a few minutes fast is not a forgery. */
const CLOCK_SLACK_MS = 10 * 60_000;

export interface LessonQuestionInfo {
	id: string;
	skill: Skill;
	readingId: string | null;
}

export interface Submission {
	/** The same for the same result however it was handed in: what a teacher's choice names. */
	id: string;
	source: string;
	/** The score recomputed when the claimed one does not fit the outcomes; see `flags`. */
	result: LessonResult;
	flags: SubmissionFlag[];
	/** Every try, when it came as a results file; null from a code. */
	answers: ResultsAnswer[] | null;
	/**
	 * Each question's first answer and how the last try went, in the lesson's order: from the
	 * file's tries, or a version-2 code; null from a version-1 code, which has outcomes only.
	 */
	given: (GivenAnswer | null)[] | null;
	/** The name the student typed, when the teacher corrected it; the result has the new one. */
	renamedFrom: string | null;
	/** The name with case and spaces ignored: the same student typing it two ways. */
	studentKey: string;
	/**
	 * The one that counts for this student: the teacher's choice, or else the last finished of
	 * those whose times are plausible.
	 */
	latest: boolean;
}

export interface RejectedInput {
	source: string;
	excerpt: string;
	reason: string;
}

export interface OtherLessonResult {
	source: string;
	lessonId: string;
	studentName: string;
}

export interface ClassRow {
	studentName: string;
	studentKey: string;
	/** The name as the student typed it, when the teacher corrected it. */
	renamedFrom: string | null;
	/** In the lesson's order. */
	outcomes: Outcome[];
	/** What was answered, in the lesson's order; null when the hand-in does not say. */
	given: (GivenAnswer | null)[] | null;
	score: number;
	passed: boolean;
	minutesTaken: number;
	startedAt: string;
	finishedAt: string;
	late: boolean;
	/** How many different results this student handed in. */
	handIns: number;
	/** The counted hand-in's `Submission.id`. */
	submissionId: string;
	flags: SubmissionFlag[];
	/** Whether the teacher chose this hand-in over the others. */
	chosen: boolean;
	/**
	 * Another student's name that looks the same but is written with other characters, so the
	 * table can show the difference.
	 */
	lookAlike: string | null;
}

export interface QuestionRate {
	questionId: string;
	/** null for a question no longer in Close Read. */
	skill: Skill | null;
	right: number;
	partial: number;
	wrong: number;
	unanswered: number;
	/** Students for whom the question was no longer in Close Read: not counted in the rate. */
	missing: number;
	/** Right counts 1 and partly right ½, over every student who had the question; null if none did. */
	rate: number | null;
}

export interface SkillRate {
	skill: Skill;
	rate: number | null;
	/** In the lesson's order. */
	questions: string[];
}

export interface ClassResults {
	lessonId: string;
	/** The lesson's questions, in its order: the columns of the table. */
	questionIds: string[];
	/** Every result accepted, in the order handed in, but for those the teacher removed. */
	submissions: Submission[];
	/** The hand-ins the teacher removed, to bring back. */
	removed: Submission[];
	rejected: RejectedInput[];
	otherLesson: OtherLessonResult[];
	/** One per student, their latest, by name. */
	rows: ClassRow[];
	/** Weakest first. */
	perQuestion: QuestionRate[];
	/** Weakest first. */
	perSkill: SkillRate[];
}

const NOTHING_FOUND = 'No results code or results file was found here.';
const HEADLESS_CODE =
	'This looks like part of a results code, but it does not start with CR1-: it was probably cut ' +
	'off at the start. Ask the student to copy the code again, all of it.';
// Groups of base32 with no prefix: the tail of a code a chat app broke over two lines.
const HEADLESS_PATTERN = /[0-9A-Z]{5}(?:-[0-9A-Z]{1,5}){3,}/i;

/** What one paste may hold: a few classes' codes. More would only slow the page for nothing. */
export const MAX_CODES_PER_HAND_IN = 1000;
/** What one drop or choice of files may hold. */
export const MAX_FILES_PER_HAND_IN = 200;
/**
 * Files above this are refused unread, by their size: a results file of 200 questions with long
 * answers tried nine times is far smaller, and reading a 50 MB file would freeze the page.
 */
export const MAX_RESULTS_FILE_BYTES = 2_000_000;
// No results code is near this long; longer runs of code-like text are kept only this far.
const MAX_CODE_CHARACTERS = 1000;

export type KeptHandIn = { ok: true; text: string; codes: number } | { ok: false; reason: string };

/**
 * What is kept of a paste or file: only what was read from it, so a chat export keeps its codes
 * and not its chatter, and a file with no results in it is not kept at all. The text kept reads
 * back to the same results.
 */
export function whatToKeep(text: string): KeptHandIn {
	const source = String(text ?? '');
	if (/^\uFEFF?\s*\{/.test(source)) {
		const decoded = decodeResultsFile(source);
		return decoded.ok
			? { ok: true, text: JSON.stringify(decoded.file), codes: 1 }
			: { ok: false, reason: decoded.reason };
	}
	const kept: string[] = [];
	let codes = 0;
	for (const line of source.split(/\r\n|\r|\n/)) {
		const found = findResultsCodes(line);
		if (found.length === 0 && HEADLESS_PATTERN.test(line)) {
			kept.push([...line.trim()].slice(0, MAX_CODE_CHARACTERS).join(''));
		}
		codes += found.length;
		if (codes > MAX_CODES_PER_HAND_IN) {
			return {
				ok: false,
				reason:
					`This holds more than ${MAX_CODES_PER_HAND_IN.toLocaleString('en')} results codes, more ` +
					'than the page takes at once. Add them a class at a time.'
			};
		}
		if (found.length > 0) {
			kept.push(found.map((code) => code.slice(0, MAX_CODE_CHARACTERS)).join(' '));
		}
	}
	return kept.length === 0
		? { ok: false, reason: NOTHING_FOUND }
		: { ok: true, text: kept.join('\n'), codes };
}

/** Reads every code and file handed in, and works out the class's results for the lesson. */
export function collectResults(
	inputs: readonly ResultsInput[],
	lesson: Lesson,
	questions: readonly LessonQuestionInfo[],
	options: CollectOptions = {}
): ClassResults {
	const lessonId = lessonIdentity(lesson);
	const now = options.now ?? Date.now();
	const madeAt = options.lessonMadeAt ? Date.parse(options.lessonMadeAt) : Number.NaN;
	const rejected: RejectedInput[] = [];
	const otherLesson: OtherLessonResult[] = [];
	// Each made here with `latest` false, and the counted one marked once known: a load of
	// thousands should not copy every submission to say so.
	let accepted: Submission[] = [];
	// What each accepted hand-in is, by index: its times read from their text once.
	let contents: HandInContent[] = [];
	// Indexed, so each hand-in is checked against the others in constant time: 10,000 codes in
	// one paste must not compare every pair. By id, and by the whole content for the few whose
	// ids collide with another's (a 32-bit hash of thousands of hand-ins now and then does).
	const byId = new Map<string, number>();
	const byCollidingContent = new Map<string, number>();

	const accept = (
		source: string,
		addedAt: number,
		claimed: LessonResult,
		answers: ResultsAnswer[] | null
	) => {
		if (claimed.lessonId !== lessonId) {
			otherLesson.push({ source, lessonId: claimed.lessonId, studentName: claimed.studentName });
			return;
		}
		if (claimed.outcomes.length !== lesson.questionIds.length) {
			rejected.push({
				source,
				excerpt: claimed.studentName,
				reason: `This result has ${claimed.outcomes.length} questions, but the lesson has ${lesson.questionIds.length}.`
			});
			return;
		}
		const content: HandInContent = {
			student: studentKey(claimed.studentName),
			started: Date.parse(claimed.startedAt),
			finished: Date.parse(claimed.finishedAt),
			score: claimed.score,
			outcomes: claimed.outcomes
		};
		const id = submissionId(content);
		let same = byId.get(id);
		let colliding: string | null = null;
		if (same !== undefined && !sameContent(contents[same]!, content)) {
			colliding = JSON.stringify(contentOf(content));
			same = byCollidingContent.get(colliding);
		}
		if (same === undefined) {
			const { result, flags } = checkResult(claimed, content.finished, { now, madeAt, addedAt });
			if (colliding === null) {
				byId.set(id, accepted.length);
			} else {
				byCollidingContent.set(colliding, accepted.length);
			}
			contents.push(content);
			accepted.push({
				id,
				source,
				result,
				flags,
				answers,
				given: answers ? givenFromTries(lesson.questionIds, answers) : (result.answers ?? null),
				renamedFrom: null,
				studentKey: content.student,
				latest: false
			});
		} else if (answers && !accepted[same]!.answers) {
			// The same hand-in as a code and as a file: one submission, with the answers.
			accepted[same] = {
				...accepted[same]!,
				source,
				answers,
				given: givenFromTries(lesson.questionIds, answers)
			};
		}
	};

	for (const input of inputs) {
		const { source, text } = input;
		const addedAt = input.addedAt ? Date.parse(input.addedAt) : Number.NaN;
		if (/^\uFEFF?\s*\{/.test(text)) {
			const decoded = decodeResultsFile(text);
			if (decoded.ok) {
				accept(source, addedAt, decoded.file.result, decoded.file.answers);
			} else {
				rejected.push({ source, excerpt: excerpt(text), reason: decoded.reason });
			}
			continue;
		}
		let found = 0;
		for (const line of text.split(/\r\n|\r|\n/)) {
			const codes = findResultsCodes(line);
			if (codes.length === 0 && HEADLESS_PATTERN.test(line)) {
				rejected.push({ source, excerpt: excerpt(line.trim()), reason: HEADLESS_CODE });
				found++;
			}
			for (const code of codes) {
				found++;
				const decoded = decodeResultsCode(code);
				if (decoded.ok) {
					accept(source, addedAt, decoded.result, null);
				} else {
					rejected.push({ source, excerpt: excerpt(code), reason: decoded.reason });
				}
			}
		}
		if (found === 0 && text.trim() !== '') {
			rejected.push({ source, excerpt: excerpt(text.trim()), reason: NOTHING_FOUND });
		}
	}

	// The teacher's corrections: removed hand-ins set apart, corrected names put in, so the
	// student's other hand-ins under that name are counted with this one.
	const removed: Submission[] = [];
	const corrected: typeof accepted = [];
	const correctedContents: typeof contents = [];
	for (const [index, submission] of accepted.entries()) {
		if (options.removed?.has(submission.id)) {
			removed.push(submission);
			continue;
		}
		correctedContents.push(contents[index]!);
		const name = options.renames?.get(submission.id);
		corrected.push(
			name === undefined || name === submission.result.studentName
				? submission
				: {
						...submission,
						result: { ...submission.result, studentName: name },
						studentKey: studentKey(name),
						renamedFrom: submission.result.studentName
					}
		);
	}
	accepted = corrected;
	contents = correctedContents;

	const byStudent = groupBy(accepted.keys(), (index) => accepted[index]!.studentKey);
	// One per student, in the order first handed in.
	const counted: { key: string; index: number; chosen: boolean; handIns: number }[] = [];
	for (const [key, indices] of byStudent) {
		const choice = options.choices?.get(key);
		const chosen = indices.find((index) => accepted[index]!.id === choice);
		if (chosen !== undefined) {
			counted.push({ key, index: chosen, chosen: true, handIns: indices.length });
			continue;
		}
		// A result that says it finished after it was handed in cannot replace a plausible one.
		// Most students hand in once: nothing to choose between.
		const plausible =
			indices.length === 1
				? indices
				: indices.filter((index) => !accepted[index]!.flags.some(isTimeFlag));
		const candidates = plausible.length > 0 ? plausible : indices;
		let latest = candidates[0]!;
		for (const index of candidates.length > 1 ? candidates : []) {
			// Ties go to the one handed in later.
			const [candidate, counting] = [contents[index]!, contents[latest]!];
			const later = candidate.finished - counting.finished || candidate.started - counting.started;
			if (later >= 0) {
				latest = index;
			}
		}
		counted.push({ key, index: latest, chosen: false, handIns: indices.length });
	}
	const submissions = accepted;
	for (const { index } of counted) {
		submissions[index]!.latest = true;
	}

	const dueEnd = lesson.dueDate === null ? null : endOfDay(lesson.dueDate);
	const lookAlikes = lookAlikeNames(counted.map(({ index }) => submissions[index]!));
	const rows: ClassRow[] = [];
	for (const { key, index, chosen, handIns } of counted) {
		const { result, id, flags, given, renamedFrom } = submissions[index]!;
		const { started, finished } = contents[index]!;
		rows.push({
			studentName: result.studentName,
			studentKey: key,
			renamedFrom,
			outcomes: result.outcomes,
			given,
			score: result.score,
			passed: result.score >= lesson.passMark,
			minutesTaken: Math.round((finished - started) / 60_000),
			startedAt: result.startedAt,
			finishedAt: result.finishedAt,
			late: dueEnd !== null && finished >= dueEnd,
			handIns,
			submissionId: id,
			flags,
			chosen,
			lookAlike: lookAlikes.get(key) ?? null
		});
	}
	rows.sort(
		(a, b) =>
			NAME_ORDER.compare(a.studentName, b.studentName) || compareText(a.studentKey, b.studentKey)
	);

	const perQuestion = questionRates(lesson.questionIds, questions, rows);
	return {
		lessonId,
		questionIds: [...lesson.questionIds],
		submissions,
		removed,
		rejected,
		otherLesson,
		rows,
		perQuestion,
		perSkill: skillRates(lesson.questionIds, perQuestion)
	};
}

/**
 * The score the outcomes allow: right counts 1, partly right anything between 0 and 1 (the
 * exact credit is not in a code), over the questions Close Read still had. A claimed score
 * outside that range is replaced by the outcomes' own, partly right as half, and flagged.
 */
export function scoreRange(outcomes: readonly Outcome[]): {
	min: number;
	max: number;
	mid: number;
} {
	let right = 0;
	let partial = 0;
	let present = 0;
	for (const outcome of outcomes) {
		if (outcome !== 'missing') {
			present++;
		}
		if (outcome === 'right') {
			right++;
		} else if (outcome === 'partial') {
			partial++;
		}
	}
	if (present === 0) {
		return { min: 0, max: 0, mid: 0 };
	}
	return {
		min: Math.round((100 * right) / present),
		max: Math.round((100 * (right + partial)) / present),
		mid: Math.round((100 * (right + partial / 2)) / present)
	};
}

/** `finished` is `claimed.finishedAt` in ms, worked out once by the caller. */
function checkResult(
	claimed: LessonResult,
	finished: number,
	times: { now: number; madeAt: number; addedAt: number }
): { result: LessonResult; flags: SubmissionFlag[] } {
	const flags: SubmissionFlag[] = [];
	const range = scoreRange(claimed.outcomes);
	let result = claimed;
	if (claimed.score < range.min || claimed.score > range.max) {
		flags.push({ kind: 'score-mismatch', claimed: claimed.score });
		result = { ...claimed, score: range.mid };
	}
	if (finished > times.now + CLOCK_SLACK_MS) {
		flags.push({ kind: 'finished-in-future' });
	} else if (finished > times.addedAt + CLOCK_SLACK_MS) {
		flags.push({ kind: 'finished-after-hand-in' });
	}
	if (finished < times.madeAt - CLOCK_SLACK_MS) {
		flags.push({ kind: 'finished-before-lesson' });
	}
	return { result, flags };
}

const isTimeFlag = (flag: SubmissionFlag) => flag.kind !== 'score-mismatch';

/** What a flag means, in words for the teacher. */
export function describeFlag(flag: SubmissionFlag): string {
	switch (flag.kind) {
		case 'score-mismatch':
			return `The code claims ${flag.claimed}%, which its answers cannot give: the score shown is worked out from the answers.`;
		case 'finished-in-future':
			return 'It says it was finished in the future: the student’s clock was wrong, or the code was made by hand.';
		case 'finished-after-hand-in':
			return 'It says it was finished after you added it here: the student’s clock was wrong, or the code was made by hand.';
		case 'finished-before-lesson':
			return 'It says it was finished before you made this lesson: the student’s clock was wrong, or the code was made by hand.';
	}
}

/**
 * Names that look the same but are different students' keys (a Latin A and a Cyrillic А, a
 * zero-width space), each mapped to the other name, so the table can say how they differ.
 */
function lookAlikeNames(counted: readonly Submission[]): Map<string, string> {
	// The first name with each skeleton, and groups only where a second comes: nearly every
	// name in a class stands alone.
	const first = new Map<string, Submission>();
	const groups = new Map<string, Submission[]>();
	for (const submission of counted) {
		const skeleton = keySkeleton(submission.studentKey);
		const seen = first.get(skeleton);
		if (seen === undefined) {
			first.set(skeleton, submission);
		} else {
			const group = groups.get(skeleton);
			if (group) {
				group.push(submission);
			} else {
				groups.set(skeleton, [seen, submission]);
			}
		}
	}
	const found = new Map<string, string>();
	for (const group of groups.values()) {
		for (const submission of group) {
			const other = group.find((each) => each.studentKey !== submission.studentKey)!;
			found.set(submission.studentKey, other.result.studentName);
		}
	}
	return found;
}

// Cyrillic and Greek letters that print like Latin ones, lower case (keys are lower-cased first).
const CONFUSABLE: Record<string, string> = {
	а: 'a',
	в: 'b',
	е: 'e',
	ё: 'e',
	з: '3',
	і: 'i',
	ї: 'i',
	ј: 'j',
	к: 'k',
	м: 'm',
	н: 'h',
	о: 'o',
	п: 'n',
	р: 'p',
	с: 'c',
	т: 't',
	у: 'y',
	х: 'x',
	ѕ: 's',
	ԁ: 'd',
	ԛ: 'q',
	ԝ: 'w',
	ɡ: 'g',
	α: 'a',
	β: 'b',
	ε: 'e',
	η: 'n',
	ι: 'i',
	κ: 'k',
	ν: 'v',
	ο: 'o',
	ρ: 'p',
	τ: 't',
	υ: 'u',
	χ: 'x',
	ı: 'i',
	ℓ: 'l',
	'0': 'o',
	'1': 'l'
};

/** The skeleton of a name, from its `studentKey`. */
function keySkeleton(key: string): string {
	if (PRINTABLE_ASCII.test(key)) {
		// No marks to strip, and only 0 and 1 look like letters: the map below, without a walk.
		return key.replace(/0/g, 'o').replace(/[1l]/g, 'i');
	}
	const plain = key.normalize('NFKD').replace(/[\p{M}\p{Cf}]/gu, '');
	// Most names are plain Latin already: nothing to map.
	const mapped = /^[a-z]*$/.test(plain)
		? plain
		: [...plain].map((character) => CONFUSABLE[character] ?? character).join('');
	return mapped.replace(/l/g, 'i');
}

/**
 * The characters of a name outside plain Latin letters, as code points: how two names that look
 * alike are told apart in the table.
 */
export function unusualCharacters(name: string): string[] {
	const seen = new Set<string>();
	for (const character of name) {
		if (!/[\p{Script=Latin}\p{N}\s'’.-]/u.test(character)) {
			seen.add(`U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
		}
	}
	return [...seen];
}

export interface CsvOptions {
	/** The class's label ("Period 3"), in a column of its own. */
	classLabel?: string;
	/** The lesson's questions, to write each answer in words. */
	questions?: ReadonlyMap<string, AnswerQuestion>;
	/** Where each of the teacher's own questions comes from, by question id, said in its columns. */
	origins?: ReadonlyMap<string, TeacherOrigin>;
	/** East of UTC, for the ISO times; by default the browser's own. */
	offsetMinutes?: number;
	/** For the local times; by default the browser's own. */
	locale?: string;
}

/**
 * The class table as CSV for a spreadsheet: a byte-order mark so Excel reads UTF-8 names, and
 * any text a spreadsheet would run as a formula (starting = + - @) kept as text by a leading '.
 * Times twice: ISO 8601 with the offset for programs, and the page's local format for people.
 * Each question has two columns: how it went, and what was answered first (and whether a later
 * try fixed it). A teacher's own question says so in both headers, with its origin, as the class
 * table does: a colleague opening the file never takes it for the bank's.
 */
export function classResultsCsv(
	collected: ClassResults,
	questionLabels: Readonly<Record<string, string>> = {},
	options: CsvOptions = {}
): string {
	const label = (id: string) => {
		const name = Object.hasOwn(questionLabels, id) ? questionLabels[id]! : id;
		const origin = options.origins?.get(id);
		return origin ? `${name} (teacher’s question, ${describeOrigin(origin)})` : name;
	};
	const iso = (time: string) => isoWithOffset(time, options.offsetMinutes);
	const local = (time: string) => formatTime(time, options.locale);
	const fields = [
		'Class',
		'Name',
		'Score',
		'Passed',
		'Minutes',
		'Started',
		'Started (local time)',
		'Finished',
		'Finished (local time)',
		'Late',
		'Hand-ins',
		...collected.questionIds.flatMap((id) => [label(id), `${label(id)}: answer`]),
		'Notes'
	];
	const data = collected.rows.map((row) => [
		options.classLabel ?? '',
		row.studentName,
		row.score,
		row.passed ? 'yes' : 'no',
		row.minutesTaken,
		iso(row.startedAt),
		local(row.startedAt),
		iso(row.finishedAt),
		local(row.finishedAt),
		row.late ? 'yes' : 'no',
		row.handIns,
		...row.outcomes.flatMap((outcome, index) => {
			const given = row.given?.[index];
			const question = options.questions?.get(collected.questionIds[index] ?? '');
			const later = given ? laterText(given.later) : '';
			return [
				outcome,
				given ? `${answerText(given.first, question)}${later ? ` (${later})` : ''}` : ''
			];
		}),
		[
			...(row.renamedFrom !== null
				? [`Name corrected by the teacher from “${row.renamedFrom}”.`]
				: []),
			...(row.chosen ? ['Chosen by the teacher.'] : []),
			...row.flags.map(describeFlag)
		].join(' ')
	]);
	const csv = Papa.unparse({
		fields: fields.map(neutralise),
		data: data.map((cells) =>
			cells.map((cell) => (typeof cell === 'string' ? neutralise(cell) : cell))
		)
	});
	return `\uFEFF${csv}\r\n`;
}

/** The name as a key: case, spaces and look-alike forms (full-width letters) make no difference. */
export function studentKey(name: string): string {
	// Printable ASCII is its own NFKC form: most names, read thousands at a time on a load.
	const plain = PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC');
	return plain.replace(/\s+/gu, '').toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

// Papa's own escapeFormulae misses a formula with a line break in it: its pattern stops at one.
function neutralise(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function questionRates(
	questionIds: readonly string[],
	questions: readonly LessonQuestionInfo[],
	rows: readonly ClassRow[]
): QuestionRate[] {
	const skills = new Map(questions.map((question) => [question.id, question.skill] as const));
	const counts = questionIds.map(() => ({
		right: 0,
		partial: 0,
		wrong: 0,
		unanswered: 0,
		missing: 0
	}));
	// A row at a time, each row once: a year group's rows times the questions, on every load. A
	// switch, not counts[outcome]++.
	for (const row of rows) {
		const { outcomes } = row;
		for (let index = 0; index < counts.length && index < outcomes.length; index++) {
			const count = counts[index]!;
			switch (outcomes[index]) {
				case 'right':
					count.right++;
					break;
				case 'partial':
					count.partial++;
					break;
				case 'wrong':
					count.wrong++;
					break;
				case 'unanswered':
					count.unanswered++;
					break;
				case 'missing':
					count.missing++;
					break;
			}
		}
	}
	const rates = questionIds.map((questionId, index): QuestionRate => ({
		questionId,
		skill: skills.get(questionId) ?? null,
		...counts[index]!,
		rate: rate(counts[index]!)
	}));
	return rates.sort(byRate);
}

function skillRates(
	questionIds: readonly string[],
	perQuestion: readonly QuestionRate[]
): SkillRate[] {
	const byId = new Map(perQuestion.map((question) => [question.questionId, question] as const));
	const bySkill = new Map<Skill, QuestionRate[]>();
	for (const question of questionIds.map((id) => byId.get(id)!)) {
		if (question.skill !== null) {
			bySkill.set(question.skill, [...(bySkill.get(question.skill) ?? []), question]);
		}
	}
	const rates = [...bySkill].map(([skill, rated]): SkillRate => {
		const total = (key: 'right' | 'partial' | 'wrong' | 'unanswered') =>
			rated.reduce((sum, question) => sum + question[key], 0);
		return {
			skill,
			rate: rate({
				right: total('right'),
				partial: total('partial'),
				wrong: total('wrong'),
				unanswered: total('unanswered')
			}),
			questions: rated.map((question) => question.questionId)
		};
	});
	return rates.sort((a, b) => byRate(a, b) || compareText(a.skill, b.skill));
}

function rate(counts: { right: number; partial: number; wrong: number; unanswered: number }) {
	const had = counts.right + counts.partial + counts.wrong + counts.unanswered;
	return had === 0 ? null : (counts.right + counts.partial / 2) / had;
}

/** Lowest rate first; nothing to go on last. Stable, so ties keep the lesson's order. */
function byRate(a: { rate: number | null }, b: { rate: number | null }): number {
	if (a.rate === null || b.rate === null) {
		return (a.rate === null ? 1 : 0) - (b.rate === null ? 1 : 0);
	}
	return a.rate - b.rate;
}

/**
 * The same hand-in, however it arrived: as a code, a file, or pasted twice. The student by key,
 * the times in ms, the score as claimed.
 */
interface HandInContent {
	student: string;
	started: number;
	finished: number;
	score: number;
	outcomes: readonly Outcome[];
}

/** As it has always been written out: the JSON of [key, started, finished, score, outcomes]. */
function contentOf({ student, started, finished, score, outcomes }: HandInContent) {
	return [student, started, finished, score, outcomes];
}

/** Whether the two have the same JSON as `contentOf`, compared without writing it. */
function sameContent(a: HandInContent, b: HandInContent): boolean {
	return (
		a.student === b.student &&
		sameJsonNumber(a.started, b.started) &&
		sameJsonNumber(a.finished, b.finished) &&
		sameJsonNumber(a.score, b.score) &&
		a.outcomes.length === b.outcomes.length &&
		a.outcomes.every((outcome, index) => outcome === b.outcomes[index])
	);
}

// JSON writes every number it has no number for as null.
const sameJsonNumber = (a: number, b: number) =>
	a === b || (!Number.isFinite(a) && !Number.isFinite(b));

/**
 * A submission's id: FNV-1a of the JSON of `contentOf`, and its length, as it has always been,
 * since the teacher's kept choices name those ids. Hashed as the JSON is written, without the
 * text being made: on every code of every load, making it was a good part of loading a year group.
 */
function submissionId(content: HandInContent): string {
	const hash = new TextHash()
		.add('[')
		.add(JSON.stringify(content.student))
		.add(',')
		.add(jsonNumber(content.started))
		.add(',')
		.add(jsonNumber(content.finished))
		.add(',')
		.add(jsonNumber(content.score))
		.add(',[');
	content.outcomes.forEach((outcome, index) => {
		hash
			.add(index === 0 ? '"' : ',"')
			.add(outcome)
			.add('"');
	});
	return hash.add(']]').id;
}

/** FNV-1a over text given a piece at a time, and the length of it all. */
class TextHash {
	#hash = 0x811c9dc5;
	#length = 0;

	add(text: string): this {
		let hash = this.#hash;
		for (let i = 0; i < text.length; i++) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193);
		}
		this.#hash = hash;
		this.#length += text.length;
		return this;
	}

	get id(): string {
		return `${(this.#hash >>> 0).toString(36)}-${this.#length}`;
	}
}

/** A number as JSON writes it: null for what JSON has no number for. */
const jsonNumber = (value: number) => (Number.isFinite(value) ? String(value) : 'null');

function excerpt(text: string): string {
	const characters = [...text];
	return characters.length <= 60 ? text : `${characters.slice(0, 59).join('')}…`;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The first answer to each question and how its last try went, from a results file's tries. */
function givenFromTries(
	questionIds: readonly string[],
	answers: readonly ResultsAnswer[]
): (GivenAnswer | null)[] {
	const tries = groupBy(answers, (answer) => answer.questionId);
	return questionIds.map((id) => {
		const list = tries.get(id);
		if (!list) {
			return null;
		}
		return {
			// The file keeps the answer whole: the evidence as its words, typed text unclipped.
			first: list[0]!.response,
			later: laterTryOf(list.map(({ score }) => ({ score, correct: score >= 1 })))
		};
	});
}
