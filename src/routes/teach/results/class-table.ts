/**
 * The class table's rows: each student's counted hand-in, sortable by any column, with their
 * earlier hand-ins kept just below it so the teacher sees what was replaced.
 */
import type { ClassResults, SubmissionFlag } from '$lib/lesson/class-results';
import type { Lesson } from '$lib/lesson/lesson';
import { endOfDay } from '$lib/lesson/dates';
import { groupBy } from '$lib/group-by';
import type { Outcome } from '$lib/lesson/lesson-result';

// One collator for every comparison: localeCompare with options builds a new one each call.
const NAME_ORDER = new Intl.Collator(undefined, { sensitivity: 'base' });

export interface TableRow {
	/** Unique in the table. */
	key: string;
	studentName: string;
	studentKey: string;
	/** False for an earlier hand-in that a later one replaced. */
	counted: boolean;
	/** How many different results the student handed in. */
	handIns: number;
	outcomes: Outcome[];
	score: number;
	passed: boolean;
	minutesTaken: number;
	finishedAt: string;
	late: boolean;
	/** The hand-in's `Submission.id`, for the teacher to choose it. */
	submissionId: string;
	flags: SubmissionFlag[];
	/** A counted row the teacher chose over the student's other hand-ins. */
	chosen: boolean;
	/** Another student's name that looks the same as this one. */
	lookAlike: string | null;
}

type QuestionColumn = `question-${number}`;

export type SortColumn =
	'name' | 'score' | 'passed' | 'minutes' | 'finished' | 'late' | QuestionColumn;

export type SortDirection = 'ascending' | 'descending';

export interface SortOrder {
	column: SortColumn;
	direction: SortDirection;
}

export const OUTCOME_MARKS: Record<Outcome, { symbol: string; label: string }> = {
	right: { symbol: '✓', label: 'Right' },
	partial: { symbol: '~', label: 'Partly right' },
	wrong: { symbol: '✗', label: 'Wrong' },
	unanswered: { symbol: '–', label: 'Not answered' },
	missing: { symbol: '?', label: 'Question no longer in Close Read' }
};

// Sorting a question's column ascending puts the weakest answers first.
const OUTCOME_RANK: Record<Outcome, number> = {
	missing: 0,
	unanswered: 1,
	wrong: 2,
	partial: 3,
	right: 4
};

export function tableRows(results: ClassResults, lesson: Lesson, order: SortOrder): TableRow[] {
	const dueEnd = lesson.dueDate === null ? null : endOfDay(lesson.dueDate);
	const counted = results.rows.map((row): TableRow => ({
		key: `counted-${row.studentKey}`,
		studentName: row.studentName,
		studentKey: row.studentKey,
		counted: true,
		handIns: row.handIns,
		outcomes: row.outcomes,
		score: row.score,
		passed: row.passed,
		minutesTaken: row.minutesTaken,
		finishedAt: row.finishedAt,
		late: row.late,
		submissionId: row.submissionId,
		flags: row.flags,
		chosen: row.chosen,
		lookAlike: row.lookAlike
	}));
	const earlier = results.submissions
		.map((submission, index) => ({ submission, index }))
		.filter(({ submission }) => !submission.latest)
		.map(({ submission: { result, studentKey, id, flags }, index }): TableRow => {
			const finished = Date.parse(result.finishedAt);
			return {
				key: `earlier-${index}`,
				studentName: result.studentName,
				studentKey,
				counted: false,
				handIns: 0,
				outcomes: result.outcomes,
				score: result.score,
				passed: result.score >= lesson.passMark,
				minutesTaken: Math.round((finished - Date.parse(result.startedAt)) / 60_000),
				finishedAt: result.finishedAt,
				late: dueEnd !== null && finished >= dueEnd,
				submissionId: id,
				flags,
				chosen: false,
				lookAlike: null
			};
		})
		.sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt));
	// By student, so placing them is linear in the hand-ins.
	const earlierOf = groupBy(earlier, (row) => row.studentKey);

	const sign = order.direction === 'ascending' ? 1 : -1;
	const sorted = [...counted].sort(
		(a, b) => sign * compareBy(order.column, a, b) || compareNames(a, b)
	);
	return sorted.flatMap((row) => [row, ...(earlierOf.get(row.studentKey) ?? [])]);
}

/** "24 min", "1 h 5 min": the time from opening the lesson to finishing it. */
export function formatMinutes(minutes: number): string {
	if (minutes < 60) {
		return `${minutes} min`;
	}
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

function compareBy(column: SortColumn, a: TableRow, b: TableRow): number {
	switch (column) {
		case 'name':
			return compareNames(a, b);
		case 'score':
			return a.score - b.score;
		case 'passed':
			return Number(a.passed) - Number(b.passed);
		case 'minutes':
			return a.minutesTaken - b.minutesTaken;
		case 'finished':
			return Date.parse(a.finishedAt) - Date.parse(b.finishedAt);
		case 'late':
			return Number(a.late) - Number(b.late);
		default: {
			const index = Number(column.slice('question-'.length));
			return rank(a.outcomes[index]) - rank(b.outcomes[index]);
		}
	}
}

function rank(outcome: Outcome | undefined): number {
	return outcome === undefined ? -1 : OUTCOME_RANK[outcome];
}

function compareNames(a: TableRow, b: TableRow): number {
	return (
		NAME_ORDER.compare(a.studentName, b.studentName) ||
		(a.studentKey < b.studentKey ? -1 : a.studentKey > b.studentKey ? 1 : 0)
	);
}

type OrderWords = Record<SortDirection, string>;

const ORDER_WORDS: Record<Exclude<SortColumn, QuestionColumn>, OrderWords> = {
	name: { ascending: 'A to Z', descending: 'Z to A' },
	score: { ascending: 'lowest first', descending: 'highest first' },
	minutes: { ascending: 'quickest first', descending: 'slowest first' },
	finished: { ascending: 'earliest first', descending: 'latest first' },
	passed: { ascending: 'not passed first', descending: 'passed first' },
	late: { ascending: 'on time first', descending: 'late first' }
};

function isQuestionColumn(column: SortColumn): column is QuestionColumn {
	return column.startsWith('question-');
}

const QUESTION_ORDER_WORDS: OrderWords = {
	ascending: 'weakest answers first',
	descending: 'right answers first'
};

/**
 * The order in words, for the status a screen reader announces: "Sorted by score, highest
 * first". `label` is the column's heading as shown.
 */
export function describeOrder(order: SortOrder, label: string): string {
	const { column, direction } = order;
	const how = (isQuestionColumn(column) ? QUESTION_ORDER_WORDS : ORDER_WORDS[column])[direction];
	return `Sorted by ${label === 'Student' ? 'student' : label.startsWith('Q') ? label : label.toLowerCase()}, ${how}`;
}
