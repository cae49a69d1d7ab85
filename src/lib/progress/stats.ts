/**
 * What every study page derives from a student's attempts: each question's attempts in order. What
 * only the home and progress pages show (a reading's progress, the article's totals) is in
 * report/reading-progress.ts, out of a reading's first visit.
 */
import type { Attempt } from './record';
import { compareTimes } from './times';

/** Each question's attempts, oldest first. */
export function groupByQuestion(attempts: readonly Attempt[]): Map<string, Attempt[]> {
	const groups = new Map<string, Attempt[]>();
	for (const attempt of inTimeOrder(attempts)) {
		const group = groups.get(attempt.questionId);
		if (group) {
			group.push(attempt);
		} else {
			groups.set(attempt.questionId, [attempt]);
		}
	}
	return groups;
}

export function latestAttempt(attempts: readonly Attempt[], questionId: string): Attempt | null {
	let latest: Attempt | null = null;
	for (const attempt of attempts) {
		// Of two at the same time, the one kept later counts as later.
		if (attempt.questionId === questionId && (!latest || byTime(attempt, latest) >= 0)) {
			latest = attempt;
		}
	}
	return latest;
}

/** Oldest first; of two at the same time, by id, so the order never depends on the list's. */
export function byTime(a: Attempt, b: Attempt): number {
	return compareTimes(a.at, b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The attempts as given when they are in order already, as a stored record's are. */
function inTimeOrder(attempts: readonly Attempt[]): readonly Attempt[] {
	for (let i = 1; i < attempts.length; i++) {
		if (byTime(attempts[i - 1]!, attempts[i]!) > 0) {
			return [...attempts].sort(byTime);
		}
	}
	return attempts;
}
