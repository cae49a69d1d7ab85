/**
 * Finds the LMS's SCORM API the way the standards describe (ADL's API discovery algorithm): the
 * LMS puts an object named `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) on a window above the
 * content, so look in this window, then each parent in turn, then the window that opened this
 * one and its parents. A window of another origin throws when read; it is passed over.
 */
import type { ScormVersion } from './interactions';

/** The part of a window the search reads; tests pass plain objects. */
export interface WindowLike {
	parent?: WindowLike | null;
	opener?: WindowLike | null;
	[name: string]: unknown;
}

export const API_NAMES: Record<ScormVersion, string> = {
	scorm12: 'API',
	scorm2004: 'API_1484_11'
};

/** The standard's bound on how far up a chain of frames to look. */
const MAX_DEPTH = 500;

function read(win: WindowLike, name: string): unknown {
	try {
		return win[name];
	} catch {
		return undefined;
	}
}

function parentOf(win: WindowLike): WindowLike | null {
	try {
		const parent = win.parent;
		return parent && parent !== win ? parent : null;
	} catch {
		return null;
	}
}

function openerOf(win: WindowLike): WindowLike | null {
	try {
		return win.opener ?? null;
	} catch {
		return null;
	}
}

function searchUp(start: WindowLike, name: string): unknown {
	let win: WindowLike | null = start;
	for (let depth = 0; win && depth <= MAX_DEPTH; depth += 1) {
		const api = read(win, name);
		if (api && typeof api === 'object') {
			return api;
		}
		win = parentOf(win);
	}
	return null;
}

/** The API object of the given version, or null when no LMS provides one. */
export function findScormApi(start: WindowLike, version: ScormVersion): unknown {
	const name = API_NAMES[version];
	const found = searchUp(start, name);
	if (found) {
		return found;
	}
	// A package launched in a new window: the LMS's window opened it.
	let top: WindowLike = start;
	for (let parent = parentOf(top); parent; parent = parentOf(top)) {
		top = parent;
	}
	const opener = openerOf(top);
	return opener ? searchUp(opener, name) : null;
}
