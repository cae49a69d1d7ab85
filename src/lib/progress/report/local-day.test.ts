import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayBefore, dayKeys } from './local-day';

const formats = new Map<string | undefined, Intl.DateTimeFormat>();

/** The day as Intl writes it, one time at a time: the slow way these must agree with. */
function intlDay(time: number, timeZone?: string): string {
	let format = formats.get(timeZone);
	if (!format) {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit'
		});
		formats.set(timeZone, format);
	}
	const parts = format.formatToParts(time);
	const part = (type: string) => parts.find((p) => p.type === type)?.value;
	return `${part('year')}-${part('month')}-${part('day')}`;
}

// Zones with daylight saving at 2 a.m., at midnight, by half an hour, and offsets off the hour.
const zones = [
	undefined,
	'UTC',
	'America/New_York',
	'Europe/Paris',
	'America/Santiago',
	'Australia/Lord_Howe',
	'Asia/Kathmandu',
	'Pacific/Chatham'
];

// Around the clock changes of 2024 to 2026, where a day's bounds are easiest to get wrong.
const timesArb = fc.array(
	fc.integer({ min: Date.parse('2024-01-01T00:00:00Z'), max: Date.parse('2026-12-31T00:00:00Z') }),
	{ minLength: 1, maxLength: 60 }
);

describe('dayKeys', () => {
	it('gives the same day as Intl in every zone, for times in order and out of it', () => {
		fc.assert(
			fc.property(fc.constantFrom(...zones), timesArb, fc.boolean(), (zone, times, ordered) => {
				const dayOf = dayKeys(zone);
				const given = ordered ? [...times].sort((a, b) => a - b) : times;
				expect(given.map((time) => dayOf(time))).toEqual(given.map((time) => intlDay(time, zone)));
			})
		);
	});

	it('puts every few minutes of the days around a clock change on the right day', () => {
		// Paris in spring and autumn; Santiago, where a midnight is skipped; Lord Howe, by half an hour.
		const changes = ['2025-03-29', '2025-04-05', '2025-09-06', '2025-10-04', '2025-10-25'];
		for (const zone of ['Europe/Paris', 'America/Santiago', 'Australia/Lord_Howe']) {
			const dayOf = dayKeys(zone);
			for (const start of changes.map((day) => Date.parse(`${day}T00:00:00Z`))) {
				for (let time = start; time < start + 2 * 86_400_000; time += 5 * 60_000) {
					expect(dayOf(time)).toBe(intlDay(time, zone));
				}
			}
		}
	});

	it('refuses a time zone Intl does not know', () => {
		expect(() => dayKeys('Mars/Olympus_Mons')).toThrow(RangeError);
	});
});

describe('dayBefore', () => {
	it('steps back over a month end and a leap day', () => {
		expect(dayBefore('2025-03-01')).toBe('2025-02-28');
		expect(dayBefore('2024-03-01')).toBe('2024-02-29');
	});
});
