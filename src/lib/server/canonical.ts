/**
 * The canonical JSON form of one article's bank, the base of every export: plain data, stable
 * field order, sections counted from 1. Documented in the README ("The JSON export").
 */
import type { ArticleCheck, Bank, GlossaryTerm, Question } from '../content/model';
import type { TeacherOrigin } from '../lesson/teacher-question';

export interface CanonicalBank {
	article: { id: string; title: string; sections: { heading: string | null; text: string }[] };
	readings: { id: string; title: string; section: number; text: string }[];
	questions: CanonicalQuestion[];
	articleCheck: ArticleCheck | null;
	/** Each term without the bank's internal article id. */
	glossary: Omit<GlossaryTerm, 'articleId'>[];
}

/**
 * A question without the bank's internal article id. A lesson's export adds the teacher's own
 * questions, with their origin, which every format writes as a comment or metadata.
 */
export type CanonicalQuestion = DistributiveOmit<Question, 'articleId'> & {
	origin?: TeacherOrigin;
};
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function canonicalExport(bank: Bank, articleId: string): CanonicalBank {
	const article = bank.articles.find((candidate) => candidate.id === articleId);
	if (!article) {
		throw new Error(`No article "${articleId}" in the bank.`);
	}
	return {
		article: {
			id: article.id,
			title: article.title,
			sections: article.sections.map(({ heading, text }) => ({ heading, text }))
		},
		readings: bank.readings
			.filter((reading) => reading.articleId === articleId)
			.map(({ id, title, section, text }) => ({ id, title, section, text })),
		questions: bank.questions
			.filter((question) => question.articleId === articleId)
			.map(({ articleId: omitted, ...question }) => question),
		articleCheck: article.articleCheck,
		glossary: bank.glossary
			.filter((term) => term.articleId === articleId)
			.map(({ articleId: omitted, ...term }) => term)
	};
}
