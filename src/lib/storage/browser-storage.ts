/** The browser's localStorage, or null where reading it throws (private mode, storage off). */
export function browserStorage(): Storage | null {
	try {
		return window.localStorage;
	} catch {
		return null;
	}
}
