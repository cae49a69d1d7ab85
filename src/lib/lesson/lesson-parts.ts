/**
 * A lesson cut into the parts a student works through: each reading with its chosen questions,
 * in the order the teacher chose them, or the whole article with all of them at once.
 */
import type { Question, Reading } from '$lib/content/model';
import type { Lesson } from './lesson';

export interface LessonPart {
	/** A reading id, or 'article' for the whole article. */
	key: string;
	title: string;
	reading: Reading | null;
	questions: Question[];
}

export function lessonParts(
	lesson: Lesson,
	readings: readonly Reading[],
	questions: readonly Question[],
	articleTitle: string
): LessonPart[] {
	const byId = new Map(questions.map((question) => [question.id, question]));
	const chosen = lesson.questionIds.flatMap((id) => byId.get(id) ?? []);
	if (lesson.wholeArticle) {
		return chosen.length > 0
			? [{ key: 'article', title: articleTitle, reading: null, questions: chosen }]
			: [];
	}
	const parts = new Map<string, LessonPart>();
	for (const question of chosen) {
		const key = question.readingId ?? 'article';
		let part = parts.get(key);
		if (!part) {
			const reading = readings.find((candidate) => candidate.id === question.readingId) ?? null;
			part = { key, title: reading?.title ?? articleTitle, reading, questions: [] };
			parts.set(key, part);
		}
		part.questions.push(question);
	}
	return [...parts.values()];
}
