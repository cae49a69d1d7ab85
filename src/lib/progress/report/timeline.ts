/**
 * Attempts oldest first, each time parsed once, for the passes that walk a whole year of answers
 * (mastery, the review schedule). A stored record is already in this order (`mergeProgress` sorts
 * it), so the usual cost is reading each time once (`timeOf`) and no sort.
 */
import type { Attempt } from '../record';
import { timeOf } from '../times';

export interface Timeline {
	/** Oldest first; ties in the same order as `mergeProgress` keeps them. */
	attempts: readonly Attempt[];
	/** `times[i]` is `attempts[i].at` in milliseconds. */
	times: readonly number[];
}

export function timeline(attempts: readonly Attempt[]): Timeline {
	const times: number[] = new Array(attempts.length);
	let sorted = true;
	let readable = true;
	for (let i = 0; i < attempts.length; i++) {
		const time = timeOf(attempts[i]!.at);
		times[i] = time;
		if (Number.isNaN(time)) {
			readable = false;
		} else if (sorted && i > 0 && before(attempts[i]!, time, attempts[i - 1]!, times[i - 1]!)) {
			sorted = false;
		}
	}
	if (sorted && readable) {
		return { attempts, times };
	}
	// An attempt whose time cannot be read has no place in time; checked records never hold one.
	const order = [...attempts.keys()].filter((i) => !Number.isNaN(times[i]!));
	order.sort((a, b) =>
		before(attempts[a]!, times[a]!, attempts[b]!, times[b]!)
			? -1
			: before(attempts[b]!, times[b]!, attempts[a]!, times[a]!)
				? 1
				: 0
	);
	return { attempts: order.map((i) => attempts[i]!), times: order.map((i) => times[i]!) };
}

/** The order of `compareTimes`, then ids: the instant, the text of the time, the id. */
function before(a: Attempt, aTime: number, b: Attempt, bTime: number): boolean {
	if (aTime !== bTime) {
		return aTime < bTime;
	}
	if (a.at !== b.at) {
		return a.at < b.at;
	}
	return a.id < b.id;
}
