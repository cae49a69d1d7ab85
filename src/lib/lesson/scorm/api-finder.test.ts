import { describe, expect, it } from 'vitest';
import { findScormApi, type WindowLike } from './api-finder';

/** A chain of frames, top first; each window is its own parent at the top, as browsers do. */
function frames(count: number): WindowLike[] {
	const chain: WindowLike[] = [];
	for (let index = 0; index < count; index += 1) {
		const win: WindowLike = {};
		win.parent = chain[index - 1] ?? win;
		chain.push(win);
	}
	return chain;
}

describe('finding the LMS’s API', () => {
	it('finds API (1.2) or API_1484_11 (2004) on a window above the lesson', () => {
		const [top, lms, lesson] = frames(3) as [WindowLike, WindowLike, WindowLike];
		const api12 = { LMSInitialize: () => 'true' };
		const api2004 = { Initialize: () => 'true' };
		lms.API = api12;
		top.API_1484_11 = api2004;
		expect(findScormApi(lesson, 'scorm12')).toBe(api12);
		expect(findScormApi(lesson, 'scorm2004')).toBe(api2004);
	});

	it('looks in the window that opened the lesson’s, when the LMS opened it in a new window', () => {
		const [opener] = frames(1) as [WindowLike];
		const [top, lesson] = frames(2) as [WindowLike, WindowLike];
		const api = { Initialize: () => 'true' };
		opener.API_1484_11 = api;
		top.opener = opener;
		expect(findScormApi(lesson, 'scorm2004')).toBe(api);
	});

	it('passes over a window of another origin, which throws when read', () => {
		const [top, middle, lesson] = frames(3) as [WindowLike, WindowLike, WindowLike];
		const api = { LMSInitialize: () => 'true' };
		top.API = api;
		Object.defineProperty(middle, 'API', {
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		});
		expect(findScormApi(lesson, 'scorm12')).toBe(api);
	});

	it('gives null when no window has one', () => {
		const [, lesson] = frames(2) as [WindowLike, WindowLike];
		expect(findScormApi(lesson, 'scorm12')).toBeNull();
		expect(findScormApi(lesson, 'scorm2004')).toBeNull();
	});
});
