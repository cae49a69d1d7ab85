/**
 * What a wrong answer is told while the student still has tries: what is wrong, never what is
 * right. A hint counts or places the wrong parts ("2 of 3 pairs are right", "the third item is
 * out of place") and never names the key, so the next try is thinking, not copying (DESIGN.md:
 * help never hands over the answer).
 */
import type { Question } from '$lib/content/model';
import { VERDICTS } from './choice-marks';
import type { Grade, PartMark, Response } from './response';

const ORDINALS = [
	'first',
	'second',
	'third',
	'fourth',
	'fifth',
	'sixth',
	'seventh',
	'eighth',
	'ninth',
	'tenth'
];

/** "third"; past the tenth, "11th". */
export function ordinal(position: number): string {
	return ORDINALS[position - 1] ?? `${position}th`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
	if (items.length <= 1) {
		return items[0] ?? '';
	}
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** "one", "two" … for small counts, so a hint reads as a sentence; digits after ten. */
function countInWords(count: number): string {
	return (
		['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][count] ??
		String(count)
	);
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The 1-based positions of the parts marked `mark`. */
function positionsOf(parts: readonly (PartMark | null)[], mark: PartMark): number[] {
	return parts.flatMap((part, index) => (part === mark ? [index + 1] : []));
}

const count = (parts: readonly (PartMark | null)[], mark: PartMark) =>
	parts.filter((part) => part === mark).length;

/**
 * The hint for a wrong answer with tries left. `response` is the answer checked (of the
 * question's type); `grade` its grade.
 */
export function tryHint(question: Question, response: Response, grade: Grade): string {
	switch (question.type) {
		case 'single-choice':
			return 'Not this one. Read the part of the text the question is about again, then choose again.';
		case 'true-false-not-stated': {
			const chosen =
				response.type === 'true-false-not-stated'
					? VERDICTS.find((verdict) => verdict.value === response.verdict)
					: undefined;
			const not = chosen ? `Not “${chosen.label.toLowerCase()}”.` : 'Not this one.';
			return `${not} Check whether the text says this, says the opposite, or does not say it at all.`;
		}
		case 'multiple-select':
			return multipleSelectHint(grade.parts);
		case 'short-answer':
			// The author's word on a near miss they refused says what is wrong with it.
			return grade.hint ?? 'Find the words in the text that answer the question.';
		case 'fill-blanks': {
			const wrong = positionsOf(grade.parts, 'wrong');
			const gaps =
				wrong.length === 1
					? `Gap ${wrong[0]} is not right.`
					: `Gaps ${listInWords(wrong.map(String))} are not right.`;
			return grade.hint ? `${gaps} ${grade.hint}` : gaps;
		}
		case 'ordering':
			return orderingHint(grade.parts);
		case 'matching': {
			const right = count(grade.parts, 'right');
			const total = grade.parts.length;
			return right === 0
				? `None of the ${countInWords(total)} pairs is right yet.`
				: `${capitalise(countInWords(right))} of ${countInWords(total)} pairs ${right === 1 ? 'is' : 'are'} right.`;
		}
		case 'evidence':
			return 'That sentence does not say it. Look for the sentence that shows it most directly.';
	}
}

function multipleSelectHint(parts: readonly (PartMark | null)[]): string {
	const right = count(parts, 'right');
	const wrong = count(parts, 'wrong');
	const missed = count(parts, 'missed');
	const picks = right + wrong;
	const said: string[] = [];
	if (wrong > 0) {
		said.push(
			right === 0
				? picks === 1
					? 'Your pick is not right.'
					: 'None of your picks is right.'
				: wrong === 1
					? 'One of your picks is not right.'
					: `${capitalise(countInWords(right))} of your ${countInWords(picks)} picks ${right === 1 ? 'is' : 'are'} right.`
		);
	}
	if (missed > 0) {
		said.push(
			missed === 1
				? 'One more answer fits.'
				: `${capitalise(countInWords(missed))} more answers fit.`
		);
	}
	return said.join(' ');
}

function orderingHint(parts: readonly (PartMark | null)[]): string {
	const wrong = positionsOf(parts, 'wrong');
	if (wrong.length === parts.length) {
		return 'No item is in its place yet.';
	}
	const places = listInWords(wrong.map(ordinal));
	return wrong.length === 1
		? `The ${places} item is out of place.`
		: `The ${places} items are out of place.`;
}
