/**
 * The order a question's options are shown in. Authors often write the key first, so showing
 * options as written would tell a student the answer. Each student sees a fixed order of their
 * own, derived from the question's id and a seed kept on their device: the same on every visit,
 * different from question to question and from student to student. Only the display is permuted;
 * responses, attempts, results codes and the teacher's table keep the authored indexes.
 */
import { seededRandom } from '$lib/content/seeded-random';

/**
 * The seed of a page rendered before the student's seed is known (prerendered HTML, a worksheet
 * on paper): a fixed order per question, still not the authored one.
 */
export const SHARED_SEED = '';

/**
 * A permutation of `0 .. count - 1`: at each display position, the authored index of the option
 * shown there. Uniform over all orders (the authored order included, as often as any other), so
 * where the key ends up says nothing about where it was written.
 */
export function optionOrder(count: number, questionId: string, seed: string): number[] {
	const random = seededRandom(`${seed}:${questionId}`);
	const order = Array.from({ length: Math.max(0, count) }, (_, index) => index);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j] as number, order[i] as number];
	}
	return order;
}

const SEED_PATTERN = /^[a-z0-9]{8,32}$/;

/** A stored seed as read back from storage, or null when it is missing or not one of ours. */
export function parseOrderSeed(raw: string | null): string | null {
	return raw !== null && SEED_PATTERN.test(raw) ? raw : null;
}

/** A new seed for a student: 16 random characters, enough that no two students share one. */
export function newOrderSeed(
	bytes: Uint8Array = globalThis.crypto.getRandomValues(new Uint8Array(16))
): string {
	const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
	return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}
