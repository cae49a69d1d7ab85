/**
 * A lesson's own questions joined to the bank an LMS export is made from: each goes with the
 * article of its reading, converted as students get it, and keeps its origin for the export to
 * say ("edited from <bank id>", "added by the teacher").
 */
import type { CanonicalBank } from '../../server/canonical';
import { toQuestion } from '../../content/authoring/convert';
import type { TeacherQuestion } from '../teacher-question';

export function withTeacherQuestions(
	bank: CanonicalBank,
	questions: readonly TeacherQuestion[]
): CanonicalBank {
	const readings = new Set(bank.readings.map((reading) => reading.id));
	const own = questions
		.filter((source) => readings.has(source.readingId))
		.map((source) => {
			const { articleId: omitted, ...question } = toQuestion(
				source,
				bank.article.id,
				source.readingId
			);
			return { ...question, origin: source.origin };
		});
	return own.length === 0 ? bank : { ...bank, questions: [...bank.questions, ...own] };
}
