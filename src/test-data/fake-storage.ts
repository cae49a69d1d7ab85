import type { StorageLike } from '../lib/storage/stored-record';

/** localStorage as the browser behaves: a size quota, and failed writes change nothing. */
export class FakeStorage implements StorageLike {
	readonly items = new Map<string, string>();
	quota = Number.POSITIVE_INFINITY;
	/** How many times anything was read, to show when storage is not touched at all. */
	reads = 0;

	get length(): number {
		return this.items.size;
	}

	key(index: number): string | null {
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		this.reads += 1;
		return this.items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		let used = key.length + value.length;
		for (const [k, v] of this.items) {
			used += k === key ? 0 : k.length + v.length;
		}
		if (used > this.quota) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.items.set(key, value);
	}

	removeItem(key: string): void {
		this.items.delete(key);
	}
}
