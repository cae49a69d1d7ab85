/**
 * Grading typed answers (short answer, fill-in gaps) forgives typos, word forms and number words
 * (`tolerant-match.ts`), which is the largest part of grading. A reading page does not load it
 * with the page: most first answers are choices. A card fetches it when a typed answer is first
 * focused or checked, or when a stored typed answer is shown (`loadGrading`). Pages and scripts
 * that grade at once, without a card (a lesson run by an LMS, the teacher's preview, the tests),
 * import `typed-graders.ts`, which fills it in as it loads.
 */
import type { QuestionType } from '$lib/content/model';
import type { TypedGraders } from './typed-graders';

let graders: TypedGraders | null = null;
let loading: Promise<void> | null = null;

const TYPED: ReadonlySet<QuestionType> = new Set(['short-answer', 'fill-blanks']);

/** Called by `typed-graders.ts` as it loads. */
export function provideTypedGraders(loaded: TypedGraders): void {
	graders = loaded;
}

/** The typed graders; only reached through `gradeAnswer` once `gradingLoaded` says so. */
export function typedGraders(): TypedGraders {
	if (graders === null) {
		throw new Error('Typed answers are graded before their grader has loaded: await loadGrading');
	}
	return graders;
}

/** Whether an answer to this type can be graded now. */
export function gradingLoaded(type: QuestionType): boolean {
	return !TYPED.has(type) || graders !== null;
}

/** Makes an answer to this type gradable: at once for a choice, after a fetch for typed text. */
export function loadGrading(type: QuestionType): Promise<void> {
	if (gradingLoaded(type)) {
		return Promise.resolve();
	}
	loading ??= import('./typed-graders').then(
		() => undefined,
		(error: unknown) => {
			// A failed fetch (the network dropped) may be tried again by the next check.
			loading = null;
			throw error;
		}
	);
	return loading;
}
