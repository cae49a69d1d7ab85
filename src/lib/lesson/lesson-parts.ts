/**
 * A lesson cut into the parts a student works through: each reading with its chosen questions,
 * in the order the teacher chose them, or each whole article with all of its questions at once.
 */
import type { Question, Reading } from '$lib/content/model';
import type { Lesson } from './lesson';

/** What a part needs of an article: pages pass their own richer shape (with the text) through. */
export interface ArticleRef {
	id: string;
	title: string;
}

export interface LessonPart<A extends ArticleRef = ArticleRef> {
	/** A reading id, or `article:` and the article id for a whole article. */
	key: string;
	title: string;
	reading: Reading | null;
	/** The article shown in full beside the part's questions, when there is no reading. */
	article: A | null;
	questions: Question[];
}

export function lessonParts<A extends ArticleRef>(
	lesson: Lesson,
	readings: readonly Reading[],
	questions: readonly Question[],
	articles: readonly A[]
): LessonPart<A>[] {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const chosen = lesson.questionIds.flatMap((id) => byId.get(id) ?? []);
	const parts = new Map<string, LessonPart<A>>();
	for (const question of chosen) {
		const reading = lesson.wholeArticle
			? null
			: (readings.find((candidate) => candidate.id === question.readingId) ?? null);
		const key = reading?.id ?? `article:${question.articleId}`;
		let part = parts.get(key);
		if (!part) {
			const article = reading
				? null
				: (articles.find((candidate) => candidate.id === question.articleId) ?? null);
			part = {
				key,
				title: reading?.title ?? article?.title ?? 'The article',
				reading,
				article,
				questions: []
			};
			parts.set(key, part);
		}
		part.questions.push(question);
	}
	return [...parts.values()];
}

/** The search parameter that says which part of a lesson is on screen, counted from 1. */
const PART_PARAMETER = 'part';

/** The part a lesson's address asks for, as an index; the first for none or a part out of range. */
export function partFromSearch(search: string, partCount: number): number {
	const asked = new URLSearchParams(search).get(PART_PARAMETER);
	const number = asked !== null && /^\d{1,4}$/.test(asked) ? Number(asked) : 1;
	return number >= 1 && number <= partCount ? number - 1 : 0;
}

/** The address's query (no `?`) with the part set to this index and every other parameter kept. */
export function queryWithPart(search: string, index: number): string {
	const parameters = new URLSearchParams(search);
	parameters.set(PART_PARAMETER, String(index + 1));
	return parameters.toString();
}
