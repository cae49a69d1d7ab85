import type { Question } from '$lib/content/model';
import type { Lesson } from '$lib/lesson/lesson';
import type { TeacherOrigin } from '$lib/lesson/teacher-question';

/** What the results page needs to know of a question: no answers, no explanations. */
export type ResultsQuestion = Pick<
	Question,
	'id' | 'readingId' | 'skill' | 'type' | 'prompt' | 'difficulty'
> & {
	/** A teacher's own question: edited from a bank question, or added. */
	origin?: TeacherOrigin;
};

export interface ResultsReading {
	id: string;
	title: string;
}

/** The lesson's own questions, as the results page shows them beside the bank's. */
export function teacherResultsQuestions(lesson: Lesson): ResultsQuestion[] {
	return lesson.questions.map(({ id, readingId, skill, type, prompt, difficulty, origin }) => ({
		id,
		readingId,
		skill,
		type,
		prompt,
		difficulty,
		origin
	}));
}
