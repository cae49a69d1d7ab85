/**
 * Issue 16: a reading's first question takes an answer as soon as the app's scripts have run,
 * not once SvelteKit has started and hydrated the whole page. As this module runs (the page's
 * start script has kept the page's data by then: `expose-page-data.ts`), the first card is
 * hydrated on its own from that data, into the study session and passage state the page then
 * takes over (`takeReadingStart`), so an answer given before the rest of the page wakes is the
 * page's own. The card is an island (QuestionList): the page's hydration leaves it as it is.
 */
import { hydrate } from 'svelte';
import QuestionCard from '$lib/components/question/QuestionCard.svelte';
import { passageContext } from '$lib/components/passage/context';
import { PassageState } from '$lib/components/passage/passage-state.svelte';
import type { Question } from '$lib/content/model';
import { deviceRecord } from './device-record';
import { StudySession } from './study-session.svelte';

interface ReadingData {
	reading?: { id: string };
	questions?: Question[];
}

declare global {
	interface Window {
		/** What SvelteKit starts the page with (`expose-page-data.ts`): each node's data. */
		__closeReadPage?: { data: ({ data?: ReadingData } | null)[] };
	}
}

export interface ReadingStart {
	readingId: string;
	session: StudySession;
	passage: PassageState;
	/** The card hydrated into the first card's island, for the page to unmount with its own. */
	card: object;
}

let start: ReadingStart | undefined;

function wakeFirstCard(): void {
	const { reading, questions } = window.__closeReadPage?.data.at(-1)?.data ?? {};
	const question = questions?.[0];
	const island = question && document.getElementById(`question-island-${question.id}`);
	if (!reading || !questions || !question || !island?.hasChildNodes()) {
		return;
	}
	const session = new StudySession({
		record: deviceRecord,
		scope: { kind: 'reading', readingId: reading.id },
		questions
	});
	const passage = new PassageState();
	// What QuestionList's `cardProps` gives the first card on a reading page, from the session.
	const card = hydrate(QuestionCard, {
		target: island,
		props: {
			question,
			number: 1,
			get attempts() {
				return session.attemptsByQuestion.get(question.id) ?? [];
			},
			onanswer: (question, response) => session.answer(question, response),
			get reveal() {
				return session.reveal;
			},
			get maxAttempts() {
				return session.maxAttempts;
			}
		},
		context: passageContext(passage)
	});
	island.setAttribute('data-woken', '');
	start = { readingId: reading.id, session, passage, card };
}

// Once the app's modules have run, before SvelteKit starts (the page's data is kept by then), in
// a task of its own: no long task for a tap to wait behind, whether the modules' or SvelteKit's.
if (typeof window !== 'undefined') {
	const { scheduler } = window as {
		scheduler?: { postTask(task: () => void, options: object): void };
	};
	if (scheduler) {
		scheduler.postTask(wakeFirstCard, { priority: 'user-blocking' });
	} else {
		setTimeout(wakeFirstCard);
	}
}

/** The start made for this reading, once: the page's session and passage from then on. */
export function takeReadingStart(readingId: string): ReadingStart | undefined {
	const taken = start?.readingId === readingId ? start : undefined;
	start = undefined;
	return taken;
}
