/**
 * Who may open a lesson's answer key. Grading happens on the student's device, so the answers are
 * in the page's data and a determined student can always find them; this only keeps the key from
 * being one edit of the student's link away. The key opens for a lesson saved in this browser's
 * "Your lessons" (the teacher's own device), or from the teacher's print link, whose `key`
 * parameter the student's link does not carry and cannot be guessed from it without reading the
 * source.
 */
import { fingerprint } from './lesson';

/** The search parameter of the teacher's print link that opens the answer key. */
export const ANSWER_KEY_PARAMETER = 'key';

/** Eight base32 symbols that open one lesson's answer key, and no other's. */
export function answerKeyToken(lessonId: string): string {
	return fingerprint(`close-read answer key ${lessonId}`);
}

export interface AnswerKeyRequest {
	lessonId: string;
	/** The print link's `key` parameter, or null when it has none. */
	token: string | null;
	/** The ids of the lessons saved in this browser and not deleted. */
	savedLessonIds: ReadonlySet<string>;
}

export function mayOpenAnswerKey({ lessonId, token, savedLessonIds }: AnswerKeyRequest): boolean {
	return (
		savedLessonIds.has(lessonId) ||
		(token !== null && token.trim().toUpperCase() === answerKeyToken(lessonId))
	);
}

/** The search part of the teacher's print link for a lesson: `?key=…`. */
export function teacherPrintSearch(lessonId: string): string {
	return `?${ANSWER_KEY_PARAMETER}=${answerKeyToken(lessonId)}`;
}
