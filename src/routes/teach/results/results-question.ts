import type { Question } from '$lib/content/model';

/** What the results page needs to know of a question: no answers, no explanations. */
export type ResultsQuestion = Pick<
	Question,
	'id' | 'readingId' | 'skill' | 'type' | 'prompt' | 'difficulty'
>;

export interface ResultsReading {
	id: string;
	title: string;
}
