/**
 * What every grader shares: turning marks into a Grade, and reading a response that came back
 * from storage or a lesson link, so it may be damaged in ways its type does not admit.
 */
import type { Grade, PartMark } from './response';

/** A grade for the types with no parts: right or wrong as a whole. */
export function wholeGrade(correct: boolean): Grade {
	return { score: correct ? 1 : 0, correct, parts: [], forgivenTypos: false };
}

/** A grade of one point shared equally between the parts; an answer with no parts earns none. */
export function gradeFromParts(parts: (PartMark | null)[], forgivenTypos = false): Grade {
	const right = parts.filter((part) => part === 'right').length;
	const score = parts.length > 0 ? right / parts.length : 0;
	return { score, correct: score === 1, parts, forgivenTypos };
}

/** `value` as a list, or an empty one when it is not a list at all. */
export function listOrEmpty(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

/** Whether `value` can index a list of `length` items. */
export function isIndexInto(value: unknown, length: number): value is number {
	return Number.isInteger(value) && (value as number) >= 0 && (value as number) < length;
}
