import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	ISO_TIMESTAMP_REGEX,
	MAX_TIME,
	MIN_TIME,
	compareTimes,
	isDateTime,
	isoTime,
	timeOf
} from './times';

const anyTime = fc.integer({ min: MIN_TIME, max: MAX_TIME });

/** Text shaped like `toISOString`'s, with any digits: rolled-over and impossible dates too. */
const isoShaped = fc
	.tuple(
		fc.integer({ min: 0, max: 9999 }),
		fc.integer({ min: 0, max: 19 }),
		fc.integer({ min: 0, max: 39 }),
		fc.integer({ min: 0, max: 29 }),
		fc.integer({ min: 0, max: 69 }),
		fc.integer({ min: 0, max: 69 }),
		fc.integer({ min: 0, max: 999 })
	)
	.map(
		([year, month, day, hours, minutes, seconds, ms]) =>
			`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-` +
			`${String(day).padStart(2, '0')}T${String(hours).padStart(2, '0')}:` +
			`${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.` +
			`${String(ms).padStart(3, '0')}Z`
	);

describe('isoTime', () => {
	it('writes every instant exactly as toISOString does', () => {
		fc.assert(
			fc.property(anyTime, (time) => {
				expect(isoTime(time)).toBe(new Date(time).toISOString());
			})
		);
	});

	it('writes the first and last instants with a four-digit year', () => {
		expect(isoTime(MIN_TIME)).toBe('0000-01-01T00:00:00.000Z');
		expect(isoTime(MAX_TIME)).toBe('9999-12-31T23:59:59.999Z');
	});
});

describe('timeOf', () => {
	it('reads every time it writes back to the same instant', () => {
		fc.assert(
			fc.property(anyTime, (time) => {
				expect(timeOf(isoTime(time))).toBe(time);
			})
		);
	});

	it('agrees with Date.parse on impossible dates and on other ways of writing a time', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					isoShaped,
					fc.string(),
					anyTime.map((time) => new Date(time).toISOString().replace('Z', '+01:00')),
					anyTime.map((time) => new Date(time).toISOString().replace('.', 'x'))
				),
				(text) => {
					expect(timeOf(text)).toBe(Date.parse(text));
				}
			)
		);
		for (const text of ['2025-02-30T09:00:00.000Z', '2025-01-01T24:00:00.000Z', 'yesterday']) {
			expect(timeOf(text)).toBe(Date.parse(text));
		}
	});
});

describe('isDateTime', () => {
	it('accepts the very times the schemas accept, with valibot kept out of the page', () => {
		expect(ISO_TIMESTAMP_REGEX.source).toBe(v.ISO_TIMESTAMP_REGEX.source);
		expect(ISO_TIMESTAMP_REGEX.flags).toBe(v.ISO_TIMESTAMP_REGEX.flags);
	});

	it('accepts times with an offset or without milliseconds, as the schema does', () => {
		expect(isDateTime('2025-03-10T09:00:00.000Z')).toBe(true);
		expect(isDateTime('2025-03-10T10:00:00+01:00')).toBe(true);
	});

	it('refuses text that only looks like a time, and anything that is not text', () => {
		expect(isDateTime('2025-03-10T09:00:00 +01')).toBe(false);
		expect(isDateTime('2025-13-10T09:00:00.000Z')).toBe(false);
		expect(isDateTime(1_741_597_200_000)).toBe(false);
	});
});

describe('compareTimes', () => {
	const slow = (a: string, b: string) =>
		Date.parse(a) - Date.parse(b) || (a < b ? -1 : a > b ? 1 : 0);

	it('orders times as Date.parse and then the text would', () => {
		const text = fc.oneof(isoShaped, anyTime.map(isoTime), fc.constantFrom('yesterday', ''));
		fc.assert(
			fc.property(text, text, (a, b) => {
				expect(Math.sign(compareTimes(a, b))).toBe(Math.sign(slow(a, b)));
			})
		);
	});

	it('settles the same instant written two ways by the text, and reads a rolled-over date as Date does', () => {
		expect(compareTimes('2025-03-10T10:00:00.000+01:00', '2025-03-10T09:00:00.000Z')).toBe(1);
		expect(compareTimes('2025-02-30T09:00:00.000Z', '2025-03-01T09:00:00.000Z')).toBeGreaterThan(0);
	});
});
