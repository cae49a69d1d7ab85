import '@testing-library/jest-dom/vitest';
import './setup-grading';

// jsdom has no layout: give components the few browser APIs they call, doing nothing.
window.matchMedia ??= (query: string) =>
	({
		matches: false,
		media: query,
		onchange: null,
		addEventListener: () => {},
		removeEventListener: () => {},
		addListener: () => {},
		removeListener: () => {},
		dispatchEvent: () => false
	}) as MediaQueryList;
Element.prototype.scrollIntoView ??= () => {};
