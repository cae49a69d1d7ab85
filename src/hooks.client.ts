// Wakes a reading's first question card before SvelteKit hydrates the page (issue 16).
export { wakeFirstCard as init } from '$lib/study/first-card';
