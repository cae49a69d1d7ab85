import type { Question } from '$lib/content/model';
import type { AnswerQuestion } from '$lib/lesson/class-answers';
import type { ClassResults } from '$lib/lesson/class-results';
import { toQuestion } from '$lib/content/authoring/convert';
import type { Lesson } from '$lib/lesson/lesson';
import type { TeacherOrigin } from '$lib/lesson/teacher-question';

/**
 * What the results page needs to know of a question: what its answers point at (options, items,
 * terms and meanings), to read each student's answer back; no key, no explanation.
 */
export type ResultsQuestion = Pick<
	Question,
	'id' | 'readingId' | 'skill' | 'type' | 'prompt' | 'difficulty'
> &
	Omit<AnswerQuestion, 'id' | 'type' | 'sentences'> & {
		/** A teacher's own question: edited from a bank question, or added. */
		origin?: TeacherOrigin;
	};

/** What every view of a lesson's results is given: the results, and the questions by id. */
export interface ResultsViewProps {
	results: ClassResults;
	questions: ReadonlyMap<string, ResultsQuestion>;
}

export interface ResultsReading {
	id: string;
	title: string;
	/** For evidence answers, which name a sentence by its place in the reading. */
	sentences?: readonly string[];
}

/** The parts of a bank question that its answers point at. */
export function answerParts(question: Question): Omit<AnswerQuestion, 'id' | 'type' | 'sentences'> {
	switch (question.type) {
		case 'single-choice':
		case 'multiple-select':
			return { choices: question.choices };
		case 'ordering':
			return { items: question.items };
		case 'matching':
			return { terms: question.terms, meanings: question.meanings };
		case 'true-false-not-stated':
		case 'short-answer':
		case 'fill-blanks':
		case 'evidence':
			return {};
	}
}

/** The question as the answer views read it, with its reading's sentences for evidence. */
export function answerQuestionOf(
	question: ResultsQuestion,
	readings: ReadonlyMap<string, ResultsReading>
): AnswerQuestion {
	const sentences =
		question.type === 'evidence' && question.readingId !== null
			? readings.get(question.readingId)?.sentences
			: undefined;
	return { ...question, ...(sentences ? { sentences } : {}) };
}

/** The lesson's own questions, as the results page shows them beside the bank's. */
export function teacherResultsQuestions(lesson: Lesson): ResultsQuestion[] {
	return lesson.questions.map((source) => {
		const question = toQuestion(source, '', source.readingId);
		const { id, readingId, skill, type, prompt, difficulty } = question;
		return {
			id,
			readingId,
			skill,
			type,
			prompt,
			difficulty,
			...answerParts(question),
			origin: source.origin
		};
	});
}
