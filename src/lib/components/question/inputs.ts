/**
 * The input that draws each question type, one entry per type, typed by the same mapping as the
 * question-type table in `$lib/quiz/question-types`: a type without an input fails to compile,
 * and each input gets the question and response of its own type.
 */
import type { Component } from 'svelte';
import type { QuestionType } from '$lib/content/model';
import type { QuestionOf, ResponseOf } from '$lib/quiz/question-types';
import type { PartMark } from '$lib/quiz/response';
import EvidenceInput from './EvidenceInput.svelte';
import FillBlanksInput from './FillBlanksInput.svelte';
import MatchingInput from './MatchingInput.svelte';
import MultipleSelectInput from './MultipleSelectInput.svelte';
import OrderingInput from './OrderingInput.svelte';
import ShortAnswerInput from './ShortAnswerInput.svelte';
import SingleChoiceInput from './SingleChoiceInput.svelte';
import VerdictInput from './VerdictInput.svelte';

export interface InputProps<T extends QuestionType> {
	/** The question card's id: inputs derive their own ids and names from it. */
	id: string;
	/** The question's number as shown, for controls that name their question. */
	number: number;
	question: QuestionOf<T>;
	/** The answer as it stands, or null before anything is chosen. */
	response: ResponseOf<T> | null;
	locked: boolean;
	/** Per part once checked (see the type's `marks`), or null before. */
	marks: (PartMark | null)[] | null;
	/**
	 * The order to show the type's shuffled options in (choices, meanings, word-bank words), as
	 * authored indexes; empty for types that shuffle none. Responses keep the authored indexes.
	 */
	optionOrder: readonly number[];
	onchange: (next: ResponseOf<T>) => void;
	/** Checks the answer as it stands: Enter (or a phone's Go key) in a typed answer. */
	oncheck: () => void;
}

export type QuestionInputTable = { [T in QuestionType]: Component<InputProps<T>> };

export const QUESTION_INPUTS: QuestionInputTable = {
	'single-choice': SingleChoiceInput,
	'true-false-not-stated': VerdictInput,
	'multiple-select': MultipleSelectInput,
	'short-answer': ShortAnswerInput,
	'fill-blanks': FillBlanksInput,
	ordering: OrderingInput,
	matching: MatchingInput,
	evidence: EvidenceInput
};

/** The input for one type, taking that type's question and response. */
export function questionInput<T extends QuestionType>(type: T): Component<InputProps<T>> {
	return QUESTION_INPUTS[type];
}
