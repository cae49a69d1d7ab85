import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { loadWhen } from './load-when.svelte';

describe('a part of the page fetched when it is needed', () => {
	it('fetches nothing until needed, then once, and keeps what it fetched', async () => {
		let needed = $state(false);
		let fetches = 0;
		let part: { readonly current: string | null } = { current: null };
		const stop = $effect.root(() => {
			part = loadWhen(
				() => needed,
				async () => {
					fetches++;
					return { default: 'the summary' };
				}
			);
		});
		flushSync();
		expect(fetches).toBe(0);
		expect(part.current).toBeNull();

		needed = true;
		flushSync();
		await vi.waitFor(() => expect(part.current).toBe('the summary'));
		needed = false;
		flushSync();
		needed = true;
		flushSync();
		expect(fetches).toBe(1);
		stop();
	});
});
