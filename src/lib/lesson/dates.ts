/**
 * Dates as the teacher and the student read them: one local format everywhere (results page,
 * lesson introduction, saved lessons, the CSV's local columns), and ISO 8601 with the offset
 * where a spreadsheet or another program reads them.
 */

const DAY_OPTIONS: Intl.DateTimeFormatOptions = {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric'
};
const TIME_OPTIONS: Intl.DateTimeFormatOptions = {
	...DAY_OPTIONS,
	hour: 'numeric',
	minute: '2-digit'
};

// Formatters are slow to make and a class table formats thousands of times.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'day' | 'time', locale: string | undefined): Intl.DateTimeFormat {
	const key = `${kind}\u0000${locale ?? ''}`;
	let made = formatters.get(key);
	if (!made) {
		made = new Intl.DateTimeFormat(locale, kind === 'day' ? DAY_OPTIONS : TIME_OPTIONS);
		formatters.set(key, made);
	}
	return made;
}

/** A calendar date written YYYY-MM-DD, as a local day: "Fri, 14 Mar 2025" (in English). */
export function formatDay(date: string, locale?: string): string {
	const day = localDay(date);
	return day === null ? date : formatter('day', locale).format(day);
}

/** A moment (ISO text or ms), in local time: "Mon, 10 Mar 2025, 10:24" (in English). */
export function formatTime(time: string | number, locale?: string): string {
	const at = typeof time === 'number' ? time : Date.parse(time);
	return Number.isNaN(at) ? String(time) : formatter('time', locale).format(at);
}

/**
 * A moment as ISO 8601 with the local offset, to the second: "2025-03-10T10:24:00+01:00".
 * `offsetMinutes` is east of UTC; by default the browser's own at that moment.
 */
export function isoWithOffset(time: string | number, offsetMinutes?: number): string {
	const at = typeof time === 'number' ? time : Date.parse(time);
	if (Number.isNaN(at)) {
		return String(time);
	}
	const offset = offsetMinutes ?? -new Date(at).getTimezoneOffset();
	const shifted = new Date(at + offset * 60_000).toISOString().slice(0, 19);
	const sign = offset < 0 ? '-' : '+';
	const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
	const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
	return `${shifted}${sign}${hours}:${minutes}`;
}

/** Midnight at the end of a due day, in the local time zone: a hand-in at or after it is late. */
export function endOfDay(date: string): number {
	const day = localDay(date);
	if (day === null) {
		return Number.NaN;
	}
	day.setDate(day.getDate() + 1);
	return day.getTime();
}

/** Whether a due date is already over: its whole day has passed. */
export function dueDateHasPassed(date: string, now: number = Date.now()): boolean {
	return endOfDay(date) <= now;
}

/** Today as YYYY-MM-DD in the local time zone, for a date field's `min`. */
export function localToday(now: number = Date.now()): string {
	const today = new Date(now);
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${String(today.getFullYear()).padStart(4, '0')}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function localDay(date: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	if (!match) {
		return null;
	}
	const day = new Date(0);
	// setFullYear, as the constructor would read a year such as 0099 as 1999.
	day.setFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	day.setHours(0, 0, 0, 0);
	return day;
}
