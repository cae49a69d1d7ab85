/**
 * What each student answered, as a teacher reads it: the option's words, the typed words, the
 * order; and per question the wrong answers most students gave ("7 students chose B: “The talks
 * have already ended”"). Linear in the hand-ins: one pass over the rows per question.
 */
import type { QuestionType } from '../content/kinds';
import type { ClassResults, ClassRow } from './class-results';
import type { KeptResponse, LaterTry, Outcome } from './lesson-result';

/**
 * What is needed of a question to read its answers back: the texts its indexes point at. A
 * teacher-written question comes from the lesson, a bank question from the bank; a question
 * neither has any more is read by its indexes alone ("option 3").
 */
export interface AnswerQuestion {
	id: string;
	type: QuestionType;
	/** Single choice and multiple select. */
	choices?: readonly string[];
	/** Ordering: the items as the question lists them (`items`), which the order indexes. */
	items?: readonly string[];
	/** Matching. */
	terms?: readonly string[];
	meanings?: readonly string[];
	/** Evidence: the sentences of its reading, which the answer indexes. */
	sentences?: readonly string[];
}

export interface StudentAnswer {
	studentName: string;
	studentKey: string;
	outcome: Outcome;
	/** The first answer in words; null when not answered, or the hand-in did not carry answers. */
	text: string | null;
	/** How the last try went, when there were more. */
	later: LaterTry | null;
}

export interface CommonAnswer {
	count: number;
	/** The answer in words. */
	text: string;
	/** The whole sentence for the teacher: "7 students chose B: “The talks have already ended”". */
	summary: string;
}

export interface QuestionAnswers {
	questionId: string;
	/** Its place in the lesson, from 0. */
	index: number;
	/** One per student in the table's order. */
	answers: StudentAnswer[];
	/** Wrong and partly right first answers, the most given first; at most three. */
	commonWrong: CommonAnswer[];
	/** Students whose first answer was not right and whose last try was. */
	fixedLater: number;
	/** Students whose hand-in carried outcomes only (a version-1 code). */
	withoutAnswers: number;
}

const MOST_COMMON = 3;
const VERDICTS = { true: 'True', false: 'False', 'not-stated': 'Not stated' } as const;

/** An option's letter, as the worksheet shows it: A for the first authored option. */
export function optionLetter(index: number): string {
	return index < 26 ? String.fromCharCode(65 + index) : `${index + 1}`;
}

const quoted = (text: string) => `“${text}”`;

/** An answer in words, against its question when it is known. */
export function answerText(answer: KeptResponse, question?: AnswerQuestion): string {
	const option = (index: number) => {
		const text = question?.choices?.[index];
		return text === undefined ? `option ${index + 1}` : `${optionLetter(index)}: ${quoted(text)}`;
	};
	switch (answer.type) {
		case 'single-choice':
			return option(answer.choice);
		case 'multiple-select':
			return answer.choices.length === 0
				? 'nothing chosen'
				: [...answer.choices]
						.sort((a, b) => a - b)
						.map(option)
						.join('; ');
		case 'true-false-not-stated':
			return VERDICTS[answer.verdict];
		case 'short-answer':
			return answer.text === '' ? 'nothing written' : quoted(answer.text);
		case 'fill-blanks':
			return answer.blanks.every((blank) => blank.trim() === '')
				? 'nothing written'
				: answer.blanks
						.map((blank) => (blank.trim() === '' ? '(gap left empty)' : quoted(blank)))
						.join(' / ');
		case 'ordering':
			return answer.order
				.map((item, place) => {
					const text = question?.items?.[item];
					return `${place + 1}. ${text === undefined ? `item ${item + 1}` : quoted(text)}`;
				})
				.join(' ');
		case 'matching':
			return answer.meanings
				.map((meaning, term) => {
					const left = question?.terms?.[term] ?? `term ${term + 1}`;
					const right =
						meaning === null
							? 'no meaning'
							: question?.meanings?.[meaning] !== undefined
								? quoted(question.meanings[meaning]!)
								: `meaning ${meaning + 1}`;
					return `${left} → ${right}`;
				})
				.join('; ');
		case 'evidence': {
			if (typeof answer.sentence === 'string') {
				return quoted(answer.sentence);
			}
			const text = question?.sentences?.[answer.sentence];
			return text === undefined ? `sentence ${answer.sentence + 1} of the reading` : quoted(text);
		}
	}
}

/** How the later tries went, in words; empty when there were none. */
export function laterText(later: LaterTry | null): string {
	switch (later) {
		case null:
			return '';
		case 'right':
			return 'fixed on a later try';
		case 'partial':
			return 'partly right on a later try';
		case 'wrong':
			return 'still not right on a later try';
	}
}

const VERBS: Record<QuestionType, string> = {
	'single-choice': 'chose',
	'multiple-select': 'chose',
	'true-false-not-stated': 'answered',
	'short-answer': 'wrote',
	'fill-blanks': 'wrote',
	ordering: 'put them in this order:',
	matching: 'matched',
	evidence: 'picked'
};

/**
 * Two answers that say the same: the picks of a multiple select in any order, typed words in
 * any case and spacing.
 */
function sameAnswerKey(answer: KeptResponse): string {
	switch (answer.type) {
		case 'multiple-select':
			return `m:${[...answer.choices].sort((a, b) => a - b).join(',')}`;
		case 'short-answer':
			return `s:${plain(answer.text)}`;
		case 'fill-blanks':
			return `f:${JSON.stringify(answer.blanks.map(plain))}`;
		case 'evidence':
			return `e:${typeof answer.sentence === 'number' ? answer.sentence : plain(answer.sentence)}`;
		case 'single-choice':
		case 'true-false-not-stated':
		case 'ordering':
		case 'matching':
			return JSON.stringify(answer);
	}
}

function plain(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** What each student answered to the question at `index`, and the most common wrong answers. */
export function questionAnswers(
	results: Pick<ClassResults, 'rows' | 'questionIds'>,
	index: number,
	question?: AnswerQuestion
): QuestionAnswers {
	const groups = new Map<
		string,
		{ count: number; text: string; type: QuestionType; order: number }
	>();
	let fixedLater = 0;
	let withoutAnswers = 0;
	const answers = results.rows.map((row: ClassRow): StudentAnswer => {
		const outcome = row.outcomes[index] ?? 'missing';
		const given = row.given?.[index] ?? null;
		if (row.given === null) {
			withoutAnswers++;
		}
		const text = given ? answerText(given.first, question) : null;
		if (given && outcome !== 'right' && given.later === 'right') {
			fixedLater++;
		}
		if (given && text !== null && (outcome === 'wrong' || outcome === 'partial')) {
			const key = sameAnswerKey(given.first);
			const group = groups.get(key);
			if (group) {
				group.count++;
			} else {
				groups.set(key, { count: 1, text, type: given.first.type, order: groups.size });
			}
		}
		return {
			studentName: row.studentName,
			studentKey: row.studentKey,
			outcome,
			text,
			later: given?.later ?? null
		};
	});
	const commonWrong = [...groups.values()]
		.sort((a, b) => b.count - a.count || a.order - b.order)
		.slice(0, MOST_COMMON)
		.map(({ count, text, type }) => ({
			count,
			text,
			summary: `${count} ${count === 1 ? 'student' : 'students'} ${VERBS[type]} ${text}`
		}));
	return {
		questionId: results.questionIds[index] ?? '',
		index,
		answers,
		commonWrong,
		fixedLater,
		withoutAnswers
	};
}

/** Every question's answers, in the lesson's order. */
export function classAnswers(
	results: Pick<ClassResults, 'rows' | 'questionIds'>,
	questions: ReadonlyMap<string, AnswerQuestion>
): QuestionAnswers[] {
	return results.questionIds.map((id, index) => questionAnswers(results, index, questions.get(id)));
}
