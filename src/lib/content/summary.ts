import type { Bank } from './model';

/** What lists of readings need: no text, no answers. */
export interface ReadingSummary {
	id: string;
	articleId: string;
	title: string;
	section: number;
	heading: string | null;
	wordCount: number;
	questionIds: string[];
}

export function summarizeReadings(bank: Bank): ReadingSummary[] {
	return bank.readings.map((reading) => ({
		id: reading.id,
		articleId: reading.articleId,
		title: reading.title,
		section: reading.section,
		heading: reading.heading,
		wordCount: reading.wordCount,
		questionIds: bank.questions.filter((q) => q.readingId === reading.id).map((q) => q.id)
	}));
}

/** The question-to-reading pairs that progress statistics need, without the questions. */
export function questionRefs(readings: ReadingSummary[]): { id: string; readingId: string }[] {
	return readings.flatMap((reading) =>
		reading.questionIds.map((id) => ({ id, readingId: reading.id }))
	);
}
