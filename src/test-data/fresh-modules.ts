// Test files share their workers (`isolate: false`, for speed). Each file still starts with fresh
// app modules, so no store or loaded grader carries over from the file before it; this runs before
// the other setup files, which then load what every file needs.
import { vi } from 'vitest';

vi.resetModules();
if (typeof localStorage !== 'undefined') {
	localStorage.clear();
	sessionStorage.clear();
}
