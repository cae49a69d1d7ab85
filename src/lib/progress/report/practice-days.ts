/**
 * Days practised and the streak, for the progress page: a missed day never wipes out a record,
 * so both are shown. Apart from the reading page's statistics, which never need them.
 */
import type { Attempt } from '../record';
import { timeOf } from '../times';
import { dayBefore, dayKeys } from './local-day';

/**
 * The distinct dates (YYYY-MM-DD, ascending) with at least one attempt, in the student's time
 * zone unless one is given: an answer at 23:30 belongs to that evening, not to the next day in UTC.
 */
export function daysPractised(attempts: readonly Attempt[], timeZone?: string): string[] {
	const dayOf = dayKeys(timeZone);
	const days = new Set<string>();
	for (const attempt of attempts) {
		const time = timeOf(attempt.at);
		if (!Number.isNaN(time)) {
			days.add(dayOf(time));
		}
	}
	return [...days].sort();
}

/**
 * Days in a row with practice, ending today, or yesterday when today has none yet (the streak is
 * still alive until today ends). A missed day ends it; `daysPractised` still counts every day.
 * A page that has `daysPractised` already (for the same time zone) can pass it as `days`.
 */
export function currentStreak(
	attempts: readonly Attempt[],
	today: Date,
	timeZone?: string,
	days: readonly string[] = daysPractised(attempts, timeZone)
): number {
	const practised = new Set(days);
	let day = dayKeys(timeZone)(today.getTime());
	if (!practised.has(day)) {
		day = dayBefore(day);
	}
	let streak = 0;
	while (practised.has(day)) {
		streak += 1;
		day = dayBefore(day);
	}
	return streak;
}
