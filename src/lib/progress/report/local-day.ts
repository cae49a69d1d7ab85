/**
 * The calendar day (YYYY-MM-DD) an instant falls on where the student is, for days practised and
 * streaks. Working it out costs a microsecond or more (Intl even more), and a year of practice has
 * ten thousand attempts on a few hundred days, so `dayKeys` remembers the bounds of the last day
 * it worked out and answers from them while times stay inside.
 */
import { isoTime } from '../times';

const DAY = 86_400_000;

/** A day's key and the instants [start, end) known to fall on it: all of the day, or none. */
interface Day {
	key: string;
	start: number;
	end: number;
}

/**
 * The day of each time given, in `timeZone` or else the zone the browser runs in. Fastest when
 * times come in order. An unknown `timeZone` throws a RangeError at once, as Intl does.
 */
export function dayKeys(timeZone?: string): (time: number) => string {
	const dayOf = timeZone === undefined ? browserDay : zonedDay(timeZone);
	let day: Day = { key: '', start: Infinity, end: -Infinity };
	return (time) => {
		if (!(time >= day.start && time < day.end)) {
			day = dayOf(time);
		}
		return day.key;
	};
}

/** Calendar arithmetic on the date alone, so time zones and daylight saving cannot skew it. */
export function dayBefore(day: string): string {
	const date = new Date(`${day}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

function browserDay(time: number): Day {
	const date = new Date(time);
	const key = dateKey(date.getFullYear(), date.getMonth() + 1, date.getDate());
	// Midnight at each end; where a clock change skips midnight, Date moves it to the first
	// instant that exists, which is still the same day.
	const start = new Date(time);
	start.setHours(0, 0, 0, 0);
	const end = new Date(start);
	end.setDate(end.getDate() + 1);
	const known = start.getTime() <= time && time < end.getTime();
	return { key, start: known ? start.getTime() : NaN, end: known ? end.getTime() : NaN };
}

function zonedDay(timeZone: string): (time: number) => Day {
	const format = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	});
	// The zone's wall clock at a whole second, read as if it were UTC.
	const wallClock = (second: number): number => {
		const parts: Record<string, number> = {};
		for (const part of format.formatToParts(second)) {
			parts[part.type] = Number(part.value);
		}
		const wall = new Date(0);
		wall.setUTCFullYear(parts.year!, parts.month! - 1, parts.day!);
		wall.setUTCHours(parts.hour!, parts.minute!, parts.second!, 0);
		return wall.getTime();
	};
	return (time) => {
		const second = Math.floor(time / 1000) * 1000;
		const offset = wallClock(second) - second;
		const wallDay = Math.floor((second + offset) / DAY) * DAY;
		const key = isoTime(wallDay).slice(0, 10);
		// The day runs midnight to midnight at this offset, unless the clocks change that day:
		// then only this time's key is known, and the next time asks Intl again.
		const start = wallDay - offset;
		const end = start + DAY;
		const steady =
			wallClock(start) - start === offset && wallClock(end - 1000) - (end - 1000) === offset;
		return { key, start: steady ? start : NaN, end: steady ? end : NaN };
	};
}

function dateKey(year: number, month: number, day: number): string {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
