/**
 * A lesson's state in `cmi.suspend_data`, so a student who leaves and comes back in the LMS goes
 * on where they were. The LMS caps it (4,096 characters in SCORM 1.2, 64,000 in 2004) and a lesson
 * may hold 200 questions of 9 tries each, so the state is compact and degrades rather than
 * overflows: first each question's latest response goes (the first try, which scores, stays),
 * then, longest first, the first response itself, keeping only its score.
 *
 * Format, fields separated by '|': "c1", started (epoch seconds, base 36), finished (same, or
 * empty), the part open, then one field per lesson question in the lesson's order: empty when
 * unanswered, else the tries (1-9), the first response, and '>' and the latest response when it
 * differs. A response written as '=' and a number is only a score, in ten-thousandths, base 36.
 */
import * as v from 'valibot';
import type { Question } from '../../content/model';
import { gradeAnswer } from '../../quiz/grade';
import { responseSchema, type Response } from '../../quiz/response';
import type { ScormVersion } from './interactions';

export const SUSPEND_DATA_LIMITS: Record<ScormVersion, number> = {
	scorm12: 4096,
	scorm2004: 64000
};

const TAG = 'c1';

/** What a question had when the student left: tries used, the first try and the latest. */
export interface QuestionState {
	tries: number;
	first: Response | { score: number };
	latest: Response | null;
}

export interface LessonState {
	startedAt: string;
	finishedAt: string | null;
	part: number;
	/** In the lesson's question order; null for a question not yet answered. */
	questions: (QuestionState | null)[];
}

// Typed text may hold the format's marks; each becomes a backslash and its place in this list.
const MARKS = '\\|>;=';

function escape(text: string): string {
	return text.replace(/[\\|>;=]/g, (mark) => `\\${MARKS.indexOf(mark)}`);
}

function unescape(text: string): string {
	return text.replace(/\\([0-4])/g, (_, digit: string) => MARKS[Number(digit)] ?? '');
}

const base36 = (value: number) => Math.max(0, Math.round(value)).toString(36);

function timeCode(iso: string | null): string {
	return iso === null ? '' : base36(Date.parse(iso) / 1000);
}

function timeOf(code: string): string | null {
	const time = new Date(parseInt(code, 36) * 1000);
	// Unreadable, or past the calendar's end (damaged text from an LMS): no time at all.
	return code === '' || Number.isNaN(time.getTime()) ? null : time.toISOString();
}

const indexList = (indices: readonly number[]) => indices.map((index) => base36(index)).join('.');
const indicesOf = (code: string) =>
	code === '' ? [] : code.split('.').map((part) => parseInt(part, 36));

function responseCode(response: Response): string {
	switch (response.type) {
		case 'single-choice':
			return base36(response.choice);
		case 'multiple-select':
			return indexList(response.choices);
		case 'true-false-not-stated':
			return response.verdict[0] ?? '';
		case 'short-answer':
			return escape(response.text);
		case 'fill-blanks':
			return response.blanks.map(escape).join(';');
		case 'ordering':
			return indexList(response.order);
		case 'matching':
			return response.meanings
				.map((meaning) => (meaning === null ? '-' : base36(meaning)))
				.join('.');
		case 'evidence':
			return escape(response.sentence);
	}
}

/** The response a code stands for, checked like any response from outside. */
function responseOf(question: Question, code: string): Response | null {
	const read = v.safeParse(responseSchema, readResponse(question, code));
	return read.success ? read.output : null;
}

function readResponse(question: Question, code: string): unknown {
	switch (question.type) {
		case 'single-choice': {
			const choice = parseInt(code, 36);
			return Number.isNaN(choice) ? null : { type: 'single-choice', choice };
		}
		case 'multiple-select':
			return { type: 'multiple-select', choices: indicesOf(code) };
		case 'true-false-not-stated': {
			const verdict = ({ t: 'true', f: 'false', n: 'not-stated' } as const)[code];
			return verdict === undefined ? null : { type: 'true-false-not-stated', verdict };
		}
		case 'short-answer':
			return { type: 'short-answer', text: unescape(code) };
		case 'fill-blanks':
			return { type: 'fill-blanks', blanks: code.split(';').map(unescape) };
		case 'ordering':
			return { type: 'ordering', order: indicesOf(code) };
		case 'matching':
			return {
				type: 'matching',
				meanings:
					code === ''
						? []
						: code.split('.').map((part) => (part === '-' ? null : parseInt(part, 36)))
			};
		case 'evidence':
			return { type: 'evidence', sentence: unescape(code) };
	}
}

const isScoreOnly = (first: QuestionState['first']): first is { score: number } =>
	!('type' in first);

function scoreCode(score: number): string {
	return `=${base36(score * 10000)}`;
}

/** A question's field at a level of detail: 0 everything, 1 without the latest, 2 score only. */
function field(question: Question, state: QuestionState | null, level: 0 | 1 | 2): string {
	if (state === null) {
		return '';
	}
	const first = isScoreOnly(state.first)
		? scoreCode(state.first.score)
		: level === 2
			? scoreCode(gradeAnswer(question, state.first).score)
			: responseCode(state.first);
	const latest = level === 0 && state.latest !== null ? responseCode(state.latest) : null;
	return `${Math.min(9, Math.max(1, state.tries))}${first}${latest !== null && latest !== first ? `>${latest}` : ''}`;
}

/**
 * The state as suspend data no longer than `limit` characters. Throws only if even scores alone
 * cannot fit, which the lesson's size limits rule out (tested at 200 questions in 1.2).
 */
export function encodeLessonState(
	state: LessonState,
	questions: readonly Question[],
	limit: number
): string {
	const head = [TAG, timeCode(state.startedAt), timeCode(state.finishedAt), base36(state.part)];
	// Each question's field at the three levels of detail, worked out once.
	const choices = state.questions.map((each, index) => {
		const question = questions[index];
		return question ? ([0, 1, 2] as const).map((level) => field(question, each, level)) : [''];
	});
	const levels = choices.map(() => 0);
	const fields = choices.map((options) => options[0] ?? '');
	let total = head.join('|').length + fields.reduce((sum, text) => sum + 1 + text.length, 0);
	// First every latest response, then first responses, longest first, until the state fits.
	for (const level of [1, 2]) {
		while (total > limit) {
			let best = -1;
			let bestSaving = 0;
			for (const [index, options] of choices.entries()) {
				const saving =
					(levels[index] ?? 0) < level
						? (fields[index] ?? '').length - (options[level] ?? '').length
						: 0;
				if (saving > bestSaving) {
					best = index;
					bestSaving = saving;
				}
			}
			if (best < 0) {
				break;
			}
			levels[best] = level;
			fields[best] = choices[best]?.[level] ?? '';
			total -= bestSaving;
		}
	}
	if (total > limit) {
		throw new Error(`The lesson's state cannot fit in ${limit} characters.`);
	}
	return [...head, ...fields].join('|');
}

/** The state suspend data holds, or null when it is not a state of this lesson. */
export function decodeLessonState(
	text: string,
	questions: readonly Question[]
): LessonState | null {
	const [tag, started, finished, part, ...fields] = text.split('|');
	const startedAt = timeOf(started ?? '');
	if (tag !== TAG || startedAt === null || fields.length !== questions.length) {
		return null;
	}
	const states: (QuestionState | null)[] = [];
	for (const [index, text] of fields.entries()) {
		const question = questions[index];
		if (!question) {
			return null;
		}
		if (text === '') {
			states.push(null);
			continue;
		}
		const tries = Number(text[0]);
		const [firstCode = '', latestCode] = text.slice(1).split('>');
		const first = firstCode.startsWith('=')
			? { score: Math.min(1, parseInt(firstCode.slice(1), 36) / 10000 || 0) }
			: responseOf(question, firstCode);
		// No latest: the same as the first (or, in a state cut to fit, no longer known).
		const latest =
			latestCode !== undefined
				? responseOf(question, latestCode)
				: tries > 1 && first !== null && !isScoreOnly(first)
					? first
					: null;
		if (!(tries >= 1 && tries <= 9) || first === null) {
			return null;
		}
		states.push({ tries, first, latest });
	}
	return {
		startedAt,
		finishedAt: timeOf(finished ?? ''),
		part: parseInt(part ?? '0', 36) || 0,
		questions: states
	};
}
