// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		interface PageData {
			/**
			 * The page's title and description, from its load: the root layout writes them into the
			 * head. Pages whose title is known only in the browser (a lesson from its link, the
			 * worksheet, the error page) write their own instead.
			 */
			head?: { title: string; description: string };
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
