/**
 * Everything the app knows about a question type that is not drawing it, one entry per type: how
 * it is graded, the answer it starts from, when it is complete enough to check, what to say when
 * it is not, what read aloud says and which options are shown in a per-student order.
 *
 * The table is typed by the type itself (`{ [T in QuestionType]: QuestionTypeEntry<T> }`), so a
 * question and its response always go together and a type without an entry fails to compile.
 * The inputs that draw each type sit in the same kind of table in `$lib/components/question`;
 * docs/question-types.md lists the few places that still handle each type on their own.
 */
import type { Question, QuestionType } from '$lib/content/model';
import { optionMarks, VERDICTS, verdictIndex } from './choice-marks';
import { gradeEvidence } from './grade-evidence';
import { gradeMatching } from './grade-matching';
import { gradeMultipleSelect } from './grade-multiple-select';
import { gradeOrdering } from './grade-ordering';
import { isIndexInto, listOrEmpty } from './grade-parts';
import { gradeSingleChoice } from './grade-single-choice';
import { gradeTrueFalseNotStated } from './grade-true-false-not-stated';
import type { Grade, PartMark, Response } from './response';
import { typedGraders } from './typed-grading';

/** The question of type `T`. */
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
/** The response to a question of type `T`. */
export type ResponseOf<T extends QuestionType> = Extract<Response, { type: T }>;

/** What the feedback shows beside the verdict: a model answer, the full sentence, the support. */
export interface ShownAnswer {
	label: string;
	text: string;
	/** Words from the reading, shown as a quotation. */
	quoted: boolean;
}

export interface QuestionTypeEntry<T extends QuestionType> {
	/**
	 * Grades a response of this type. Responses come back from storage and lesson links, so a
	 * grader reads lists and indexes defensively: damage grades as wrong, never throws.
	 */
	grade(question: QuestionOf<T>, response: ResponseOf<T>): Grade;
	/** The parts of the grade of no answer: every correct choice missed, every part wrong. */
	unanswered(question: QuestionOf<T>): (PartMark | null)[];
	/**
	 * The response a question starts from: nothing picked, typed or matched, an ordering's items as
	 * first shown. Null where a response cannot say "nothing chosen" (a single choice is an index).
	 */
	empty(question: QuestionOf<T>): ResponseOf<T> | null;
	/** Whether the student has answered enough to check. */
	isComplete(question: QuestionOf<T>, response: ResponseOf<T>): boolean;
	/** What to do first, when Check is pressed on an incomplete answer. */
	hint: string;
	/** A line under the prompt on how to answer, when the input alone does not say. */
	instruction: string | null;
	/**
	 * How many options are shown in each student's own order (choices, meanings, word-bank words),
	 * by `optionOrder`; 0 when the type shows none that could give the key away by position.
	 */
	shuffledOptions(question: QuestionOf<T>): number;
	/** What read aloud says after the prompt, in the order the options are shown. */
	spoken(question: QuestionOf<T>, order: readonly number[]): string[];
	/** Marks per drawn part once checked: per option (authored index), gap, position or term. */
	marks(question: QuestionOf<T>, response: ResponseOf<T> | null, grade: Grade): (PartMark | null)[];
	/** How many parts "Partly right: n of …" counts. */
	partCount(question: QuestionOf<T>, grade: Grade): number;
	/** What the feedback shows of the answer, or null when the marks already show it. */
	shownAnswer(question: QuestionOf<T>, grade: Grade): ShownAnswer | null;
}

export type QuestionTypeTable = { [T in QuestionType]: QuestionTypeEntry<T> };

const noParts = (): (PartMark | null)[] => [];
const everyPartWrong = (question: { answer: readonly unknown[] }): PartMark[] =>
	question.answer.map((): PartMark => 'wrong');
const gradedParts = (_question: unknown, _response: unknown, grade: Grade) => grade.parts;
const markedParts = (_question: unknown, grade: Grade) =>
	grade.parts.filter((part) => part !== null).length;
/**
 * What the two types answered with one thing of the student's own (typed words, a chosen
 * sentence) share: no options to shuffle or read out, no instruction, and no parts before an
 * answer; once checked, the grade's own parts.
 */
const OWN_WORDS = {
	unanswered: noParts,
	instruction: null,
	shuffledOptions: () => 0,
	spoken: () => [],
	marks: gradedParts,
	partCount: markedParts
} as const;
const inOrder = (options: readonly string[], order: readonly number[]): string[] =>
	order.map((index) => options[index] ?? '');

export const QUESTION_TYPES_TABLE: QuestionTypeTable = {
	'single-choice': {
		grade: gradeSingleChoice,
		unanswered: noParts,
		empty: () => null,
		isComplete: (question, response) => isIndexInto(response.choice, question.choices.length),
		hint: 'Choose an answer before checking.',
		instruction: null,
		shuffledOptions: (question) => question.choices.length,
		spoken: (question, order) => inOrder(question.choices, order),
		marks: (question, response) =>
			optionMarks(question.choices.length, [question.answer], response ? [response.choice] : []),
		partCount: markedParts,
		shownAnswer: () => null
	},
	'true-false-not-stated': {
		grade: gradeTrueFalseNotStated,
		unanswered: noParts,
		empty: () => null,
		isComplete: (_question, response) => verdictIndex(response.verdict) !== -1,
		hint: 'Choose an answer before checking.',
		instruction: 'Is this statement true, false, or not stated in the reading?',
		// True, False, Not stated: always in this order, which gives nothing away.
		shuffledOptions: () => 0,
		spoken: () => VERDICTS.map((verdict) => verdict.label),
		marks: (question, response) =>
			optionMarks(
				VERDICTS.length,
				[verdictIndex(question.answer)],
				response ? [verdictIndex(response.verdict)] : []
			),
		partCount: markedParts,
		shownAnswer: () => null
	},
	'multiple-select': {
		grade: gradeMultipleSelect,
		unanswered: (question) =>
			question.choices.map((_, index) => (question.answer.includes(index) ? 'missed' : null)),
		empty: () => ({ type: 'multiple-select', choices: [] }),
		isComplete: (question, response) =>
			listOrEmpty(response.choices).some((pick) => isIndexInto(pick, question.choices.length)),
		hint: 'Pick at least one answer before checking.',
		instruction: 'Choose every answer that fits.',
		shuffledOptions: (question) => question.choices.length,
		spoken: (question, order) => inOrder(question.choices, order),
		marks: gradedParts,
		// Out of the right answers, however many boxes were ticked.
		partCount: (question) => question.answer.length,
		shownAnswer: () => null
	},
	'short-answer': {
		...OWN_WORDS,
		grade: (question, response) => typedGraders().gradeShortAnswer(question, response),
		empty: () => ({ type: 'short-answer', text: '' }),
		isComplete: (_question, response) => isFilled(response.text),
		hint: 'Type an answer before checking.',
		shownAnswer: (question, grade) => ({
			label: grade.forgivenTypos ? 'Accepted, but check the spelling:' : 'A model answer:',
			text: question.answer,
			quoted: false
		})
	},
	'fill-blanks': {
		grade: (question, response) => typedGraders().gradeFillBlanks(question, response),
		unanswered: everyPartWrong,
		empty: (question) => ({ type: 'fill-blanks', blanks: question.answer.map(() => '') }),
		isComplete: (question, response) => {
			const blanks = listOrEmpty(response.blanks);
			return question.answer.every((_, gap) => isFilled(blanks[gap]));
		},
		hint: 'Fill every gap before checking.',
		instruction: null,
		shuffledOptions: (question) => question.bank?.length ?? 0,
		spoken: (question) => [question.segments.join(' … ')],
		marks: gradedParts,
		partCount: markedParts,
		shownAnswer: (question, grade) =>
			grade.correct
				? null
				: { label: 'The sentence reads:', text: filledSentence(question), quoted: true }
	},
	ordering: {
		grade: gradeOrdering,
		unanswered: everyPartWrong,
		empty: (question) => ({ type: 'ordering', order: question.items.map((_, index) => index) }),
		// The items are always in some order, and leaving them as shown is an answer.
		isComplete: () => true,
		hint: 'Put the items in order before checking.',
		instruction: null,
		// Already shown in a fixed shuffle that is never the text's order (see the content loader).
		shuffledOptions: () => 0,
		spoken: (question) => question.items,
		marks: gradedParts,
		partCount: markedParts,
		shownAnswer: () => null
	},
	matching: {
		grade: gradeMatching,
		unanswered: everyPartWrong,
		empty: (question) => ({ type: 'matching', meanings: question.terms.map(() => null) }),
		isComplete: (question, response) => {
			const meanings = listOrEmpty(response.meanings);
			return question.terms.every((_, term) =>
				isIndexInto(meanings[term], question.meanings.length)
			);
		},
		hint: 'Choose a match for every item before checking.',
		instruction: null,
		// The terms stay as written; the meanings to pick from are what could give a pair away.
		shuffledOptions: (question) => question.meanings.length,
		spoken: (question) => question.terms,
		marks: gradedParts,
		partCount: markedParts,
		shownAnswer: () => null
	},
	evidence: {
		...OWN_WORDS,
		grade: gradeEvidence,
		empty: () => null,
		isComplete: (_question, response) => isFilled(response.sentence),
		hint: 'Choose a sentence in the reading before checking.',
		shownAnswer: (question, grade) =>
			grade.correct
				? null
				: { label: 'The strongest support:', text: question.answer, quoted: true }
	}
};

/** The entry for one type, with its question and response types kept together. */
export function questionType<T extends QuestionType>(type: T): QuestionTypeEntry<T> {
	return QUESTION_TYPES_TABLE[type];
}

/** A fill-in-the-blanks sentence with every gap filled by its expected word. */
export function filledSentence(question: QuestionOf<'fill-blanks'>): string {
	return question.segments
		.map((segment, gap) => segment + (question.answer[gap]?.[0] ?? ''))
		.join('');
}

function isFilled(text: unknown): boolean {
	return typeof text === 'string' && text.trim() !== '';
}
