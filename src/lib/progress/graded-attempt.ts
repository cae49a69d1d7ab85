/**
 * How an answer becomes an attempt: graded once, when it is given, and kept with its grade. The
 * progress record and a teacher's preview (which keeps nothing) build attempts the same way.
 */
import type { Question } from '$lib/content/model';
import { gradeAnswer } from '$lib/quiz/grade';
import type { Response } from '$lib/quiz/response';
import type { Attempt } from './record-schema';

export interface AttemptStamp {
	id: string;
	lessonId: string | null;
	/** When it was answered, as an ISO time. */
	at: string;
}

export function gradedAttempt(
	question: Question,
	response: Response,
	stamp: AttemptStamp
): Attempt {
	const grade = gradeAnswer(question, response);
	return {
		id: stamp.id,
		questionId: question.id,
		readingId: question.readingId,
		lessonId: stamp.lessonId,
		response,
		score: grade.score,
		correct: grade.correct,
		at: stamp.at
	};
}
