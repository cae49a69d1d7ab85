/** The time now in milliseconds: the real clock, or a test's that moves only when told. */
export type Clock = () => number;

export const realClock: Clock = () => Date.now();

/** The clock's time now as an ISO time, the form attempts and runs are stamped with. */
export function isoNow(clock: Clock): string {
	return new Date(clock()).toISOString();
}
