/**
 * This student's seed for the order options are shown in (see `$lib/quiz/option-order`), kept on
 * the device under its own small key so reloads and later visits show the same order. Unknown on
 * the server and until the page is running: pages rendered ahead of time use the shared order.
 */
import { newOrderSeed, parseOrderSeed } from '$lib/quiz/option-order';
import { browserStorage } from '$lib/storage/browser-storage';

export const ORDER_SEED_KEY = 'close-read:order-seed';

export class OrderSeed {
	#value = $state<string | null>(null);

	/** The seed, or null until `load` has run in the browser. */
	get value(): string | null {
		return this.#value;
	}

	/**
	 * Reads the seed, creating and keeping one on a first visit. Where storage is refused the seed
	 * lasts as long as the page: the order is still the student's own, only not kept.
	 */
	load(storage: () => Storage | null = browserStorage): void {
		if (this.#value !== null) {
			return;
		}
		const store = storage();
		let seed: string | null = null;
		try {
			seed = parseOrderSeed(store?.getItem(ORDER_SEED_KEY) ?? null);
		} catch {
			// Unreadable storage: a seed for this page only.
		}
		// Where storage refused it, the seed the inline script already ordered the choices by
		// (early-script.js), so they do not move when the page wakes.
		seed ??= parseOrderSeed(
			typeof document === 'undefined' ? null : (document.documentElement.dataset.orderSeed ?? null)
		);
		if (seed === null) {
			seed = newOrderSeed();
			try {
				store?.setItem(ORDER_SEED_KEY, seed);
			} catch {
				// Full or refused: the order holds for this page, and a new one comes next time.
			}
		}
		this.#value = seed;
	}
}

export const orderSeed = new OrderSeed();
