import { describe, expect, it } from 'vitest';
import {
	dueDateHasPassed,
	endOfDay,
	formatDay,
	formatTime,
	isoWithOffset,
	localToday
} from './dates';

describe('dates', () => {
	it('write a due day with its weekday, day, month and year', () => {
		expect(formatDay('2025-03-14', 'en-GB')).toBe('Fri, 14 Mar 2025');
		expect(formatDay('2025-03-14', 'en-US')).toBe('Fri, Mar 14, 2025');
	});

	it('write a moment in the same format, with the time', () => {
		const at = new Date(2025, 2, 10, 10, 24).getTime();
		expect(formatTime(at, 'en-GB')).toBe('Mon, 10 Mar 2025, 10:24');
		expect(formatTime(new Date(at).toISOString(), 'en-GB')).toBe('Mon, 10 Mar 2025, 10:24');
	});

	it('leave text that is not a date as it is, rather than write "Invalid Date"', () => {
		expect(formatDay('soon')).toBe('soon');
		expect(formatTime('soon')).toBe('soon');
	});

	it('write ISO 8601 with the offset east or west of UTC', () => {
		expect(isoWithOffset('2025-03-10T09:24:30.500Z', 60)).toBe('2025-03-10T10:24:30+01:00');
		expect(isoWithOffset('2025-03-10T01:00:00Z', -330)).toBe('2025-03-09T19:30:00-05:30');
		expect(isoWithOffset('2025-03-10T01:00:00Z', 0)).toBe('2025-03-10T01:00:00+00:00');
	});

	it('write the browser’s own offset by default, which reads back as the same moment', () => {
		const at = '2025-07-01T12:34:00.000Z';
		expect(Date.parse(isoWithOffset(at))).toBe(Date.parse(at));
	});

	it('count a due day as over only once the whole of it has passed', () => {
		const lastMinute = new Date(2025, 2, 14, 23, 59).getTime();
		expect(dueDateHasPassed('2025-03-14', lastMinute)).toBe(false);
		expect(dueDateHasPassed('2025-03-14', endOfDay('2025-03-14'))).toBe(true);
		expect(dueDateHasPassed('2025-03-13', lastMinute)).toBe(true);
	});

	it('give today in the local time zone', () => {
		expect(localToday(new Date(2025, 0, 5, 23, 30).getTime())).toBe('2025-01-05');
	});
});
