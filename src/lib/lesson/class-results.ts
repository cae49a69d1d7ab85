/**
 * The teacher's results page, as data: many pasted codes and dropped files in, one class table
 * and the weakest questions and skills out. Everything handed in is accounted for: counted,
 * flagged as another lesson's, or refused with the reason.
 */
import Papa from 'papaparse';
import type { Skill } from '../content/model';
import { lessonIdentity, type Lesson } from './lesson';
import type { LessonResult, Outcome } from './lesson-result';
import { decodeResultsCode, findResultsCodes } from './results-code';
import { decodeResultsFile, type ResultsAnswer } from './results-file';

export interface ResultsInput {
	/** Where it came from, as the teacher will recognise it: a file name, 'Pasted text'. */
	source: string;
	text: string;
}

export interface LessonQuestionInfo {
	id: string;
	skill: Skill;
	readingId: string | null;
}

export interface Submission {
	source: string;
	result: LessonResult;
	/** Every try, when it came as a results file; null from a code. */
	answers: ResultsAnswer[] | null;
	/** The name with case and spaces ignored: the same student typing it two ways. */
	studentKey: string;
	/** The one that counts for this student: finished last. */
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
	/** In the lesson's order. */
	outcomes: Outcome[];
	score: number;
	passed: boolean;
	minutesTaken: number;
	startedAt: string;
	finishedAt: string;
	late: boolean;
	/** How many different results this student handed in. */
	handIns: number;
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
	/** Every result accepted, in the order handed in. */
	submissions: Submission[];
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

/** Reads every code and file handed in, and works out the class's results for the lesson. */
export function collectResults(
	inputs: readonly ResultsInput[],
	lesson: Lesson,
	questions: readonly LessonQuestionInfo[]
): ClassResults {
	const lessonId = lessonIdentity(lesson);
	const rejected: RejectedInput[] = [];
	const otherLesson: OtherLessonResult[] = [];
	const accepted: Omit<Submission, 'latest'>[] = [];

	const accept = (source: string, result: LessonResult, answers: ResultsAnswer[] | null) => {
		if (result.lessonId !== lessonId) {
			otherLesson.push({ source, lessonId: result.lessonId, studentName: result.studentName });
			return;
		}
		if (result.outcomes.length !== lesson.questionIds.length) {
			rejected.push({
				source,
				excerpt: result.studentName,
				reason: `This result has ${result.outcomes.length} questions, but the lesson has ${lesson.questionIds.length}.`
			});
			return;
		}
		const key = contentKey(result);
		const same = accepted.findIndex((submission) => contentKey(submission.result) === key);
		if (same === -1) {
			accepted.push({ source, result, answers, studentKey: studentKey(result.studentName) });
		} else if (answers && !accepted[same]!.answers) {
			// The same hand-in as a code and as a file: one submission, with the answers.
			accepted[same] = { ...accepted[same]!, source, answers };
		}
	};

	for (const { source, text } of inputs) {
		if (/^\uFEFF?\s*\{/.test(text)) {
			const decoded = decodeResultsFile(text);
			if (decoded.ok) {
				accept(source, decoded.file.result, decoded.file.answers);
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
					accept(source, decoded.result, null);
				} else {
					rejected.push({ source, excerpt: excerpt(code), reason: decoded.reason });
				}
			}
		}
		if (found === 0 && text.trim() !== '') {
			rejected.push({ source, excerpt: excerpt(text.trim()), reason: NOTHING_FOUND });
		}
	}

	const latestIndex = new Map<string, number>();
	accepted.forEach((submission, index) => {
		const current = latestIndex.get(submission.studentKey);
		// Ties go to the one handed in later.
		if (current === undefined || compareFinish(submission.result, accepted[current]!.result) >= 0) {
			latestIndex.set(submission.studentKey, index);
		}
	});
	const submissions = accepted.map((submission, index) => ({
		...submission,
		latest: latestIndex.get(submission.studentKey) === index
	}));

	const dueEnd = lesson.dueDate === null ? null : startOfNextDay(lesson.dueDate);
	const rows = submissions
		.filter((submission) => submission.latest)
		.map(({ result, studentKey: key }): ClassRow => {
			const finished = Date.parse(result.finishedAt);
			return {
				studentName: result.studentName,
				studentKey: key,
				outcomes: result.outcomes,
				score: result.score,
				passed: result.score >= lesson.passMark,
				minutesTaken: Math.round((finished - Date.parse(result.startedAt)) / 60_000),
				startedAt: result.startedAt,
				finishedAt: result.finishedAt,
				late: dueEnd !== null && finished >= dueEnd,
				handIns: submissions.filter((other) => other.studentKey === key).length
			};
		})
		.sort(
			(a, b) =>
				a.studentName.localeCompare(b.studentName, undefined, { sensitivity: 'base' }) ||
				compareText(a.studentKey, b.studentKey)
		);

	const perQuestion = questionRates(lesson.questionIds, questions, rows);
	return {
		lessonId,
		questionIds: [...lesson.questionIds],
		submissions,
		rejected,
		otherLesson,
		rows,
		perQuestion,
		perSkill: skillRates(lesson.questionIds, perQuestion)
	};
}

/**
 * The class table as CSV for a spreadsheet: a byte-order mark so Excel reads UTF-8 names, and
 * any text a spreadsheet would run as a formula (starting = + - @) kept as text by a leading '.
 */
export function classResultsCsv(
	collected: ClassResults,
	questionLabels: Readonly<Record<string, string>> = {}
): string {
	const label = (id: string) => (Object.hasOwn(questionLabels, id) ? questionLabels[id]! : id);
	const fields = [
		'Name',
		'Score',
		'Passed',
		'Minutes',
		'Started',
		'Finished',
		'Late',
		'Hand-ins',
		...collected.questionIds.map(label)
	];
	const data = collected.rows.map((row) => [
		row.studentName,
		row.score,
		row.passed ? 'yes' : 'no',
		row.minutesTaken,
		row.startedAt,
		row.finishedAt,
		row.late ? 'yes' : 'no',
		row.handIns,
		...row.outcomes
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
	return name.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

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
	const rates = questionIds.map((questionId, index): QuestionRate => {
		const counts = { right: 0, partial: 0, wrong: 0, unanswered: 0, missing: 0 };
		for (const row of rows) {
			const outcome = row.outcomes[index];
			if (outcome) {
				counts[outcome]++;
			}
		}
		return {
			questionId,
			skill: skills.get(questionId) ?? null,
			...counts,
			rate: rate(counts)
		};
	});
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

function compareFinish(a: LessonResult, b: LessonResult): number {
	return (
		Date.parse(a.finishedAt) - Date.parse(b.finishedAt) ||
		Date.parse(a.startedAt) - Date.parse(b.startedAt)
	);
}

/** The same hand-in, however it arrived: as a code, a file, or pasted twice. */
function contentKey(result: LessonResult): string {
	return JSON.stringify([
		studentKey(result.studentName),
		Date.parse(result.startedAt),
		Date.parse(result.finishedAt),
		result.score,
		result.outcomes
	]);
}

/** Midnight at the end of the due day, in the time zone of the teacher's browser. */
function startOfNextDay(date: string): number {
	const [year, month, day] = date.split('-').map(Number);
	const end = new Date(0);
	// setFullYear, as the constructor would read a year such as 0099 as 1999.
	end.setFullYear(year!, month! - 1, day! + 1);
	end.setHours(0, 0, 0, 0);
	return end.getTime();
}

function excerpt(text: string): string {
	const characters = [...text];
	return characters.length <= 60 ? text : `${characters.slice(0, 59).join('')}…`;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
