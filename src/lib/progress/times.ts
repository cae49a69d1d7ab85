/**
 * Attempt times: ISO 8601 text in memory (`2025-03-10T09:00:00.000Z`, as `toISOString` writes
 * it), milliseconds in storage. A year of practice converts ten thousand of them on every load and
 * compares them on every derivation, and `Date.parse` and `toISOString` cost close to a microsecond
 * each, so the exact `toISOString` form is read and written here by arithmetic. Anything else goes
 * to `Date.parse`; the tests check both directions against the built-ins.
 */

/**
 * valibot's `isoTimestamp`, which `dateTimeSchema` checks with: written out here because every
 * page reads times on load and valibot stays out of a reading page's first visit. The tests hold
 * the two to the same text.
 */
export const ISO_TIMESTAMP_REGEX =
	/^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])[T ](?:0\d|1\d|2[0-3])(?::[0-5]\d){2}(?:\.\d{1,9})?(?:Z| ?[+-](?:0\d|1\d|2[0-3])(?::?[0-5]\d)?)$/u;

const DAY = 86_400_000;

/** The instants `toISOString` writes with a four-digit year: 0000-01-01 to 9999-12-31. */
export const MIN_TIME = -62_167_219_200_000;
export const MAX_TIME = 253_402_300_799_999;

/** `Date.parse(text)`, read by hand when the text is exactly what `toISOString` writes. */
export function timeOf(text: string): number {
	const time = exactTime(text);
	return Number.isNaN(time) ? Date.parse(text) : time;
}

/**
 * The instant `text` stands for when it is exactly as `toISOString` writes it (so that
 * `isoTime` gives the same text back), else NaN.
 */
export function exactTime(text: string): number {
	if (
		text.length !== 24 ||
		text.charCodeAt(23) !== 90 || // Z
		text.charCodeAt(10) !== 84 || // T
		text.charCodeAt(4) !== 45 ||
		text.charCodeAt(7) !== 45 ||
		text.charCodeAt(13) !== 58 ||
		text.charCodeAt(16) !== 58 ||
		text.charCodeAt(19) !== 46
	) {
		return NaN;
	}
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 2);
	const day = digits(text, 8, 2);
	const hours = digits(text, 11, 2);
	const minutes = digits(text, 14, 2);
	const seconds = digits(text, 17, 2);
	const ms = digits(text, 20, 3);
	// Out-of-range parts (a 30 February, 24:00) roll over or fail in Date.parse: not exact.
	if (
		ms < 0 ||
		year < 0 ||
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hours < 0 ||
		hours > 23 ||
		minutes < 0 ||
		minutes > 59 ||
		seconds < 0 ||
		seconds > 59
	) {
		return NaN;
	}
	return (
		daysFromCivil(year, month, day) * DAY +
		hours * 3_600_000 +
		minutes * 60_000 +
		seconds * 1000 +
		ms
	);
}

// Attempts come in time order, many a day: the date part is worked out once per day.
let isoDay = NaN;
let isoDayText = '';

/** `new Date(time).toISOString()` for a whole number of milliseconds from MIN_TIME to MAX_TIME. */
export function isoTime(time: number): string {
	const days = Math.floor(time / DAY);
	if (days !== isoDay) {
		isoDayText = `${civilFromDays(days)}T`;
		isoDay = days;
	}
	let rest = time - days * DAY;
	const hours = Math.floor(rest / 3_600_000);
	rest -= hours * 3_600_000;
	const minutes = Math.floor(rest / 60_000);
	rest -= minutes * 60_000;
	const seconds = Math.floor(rest / 1000);
	const ms = rest - seconds * 1000;
	return `${isoDayText}${two(hours)}:${two(minutes)}:${two(seconds)}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}

/** What the record's schema accepts as a time: ISO 8601 text that Date can also read. */
export function isDateTime(text: unknown): text is string {
	return typeof text === 'string' && ISO_TIMESTAMP_REGEX.test(text) && !Number.isNaN(timeOf(text));
}

/**
 * Earlier instant first; the same instant written two ways is settled by the text. Text that is
 * not a time sorts by the text alone.
 */
export function compareTimes(a: string, b: string): number {
	if (a === b) {
		return 0;
	}
	return timeOf(a) - timeOf(b) || (a < b ? -1 : 1);
}

/** The number the `count` decimal digits at `start` spell, or -1 if any is not a digit. */
function digits(text: string, start: number, count: number): number {
	let value = 0;
	for (let i = start; i < start + count; i++) {
		const digit = text.charCodeAt(i) - 48;
		if (digit < 0 || digit > 9) {
			return -1;
		}
		value = value * 10 + digit;
	}
	return value;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) {
		return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
	}
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01: the inverse of `daysFromCivil`. */
function civilFromDays(days: number): string {
	const z = days + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const shifted = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
	const month = shifted < 10 ? shifted + 3 : shifted - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

function two(value: number): string {
	return (value < 10 ? '0' : '') + value;
}
