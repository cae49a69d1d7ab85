/**
 * A module fetched the first time `needed()` is true, for a part of a page that most visits never
 * show (the summary at the end of a reading, the notice that storage failed): it stays out of
 * what every visit downloads. Call it while a component is being set up.
 */
export function loadWhen<T>(
	needed: () => boolean,
	load: () => Promise<{ default: T }>
): { readonly current: T | null } {
	let current = $state.raw<T | null>(null);
	$effect(() => {
		if (needed() && current === null) {
			// A fetch that fails (offline before the part was ever cached) leaves the page without
			// the part rather than with an error.
			load().then(
				(loaded) => (current = loaded.default),
				() => {}
			);
		}
	});
	return {
		get current() {
			return current;
		}
	};
}
