import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import { answerKeyToken, mayOpenAnswerKey, teacherPrintSearch } from './answer-key-access';
import { lessonIdentity } from './lesson';

const lessonId = lessonIdentity(buildLesson());
const otherId = lessonIdentity(buildLesson({ title: 'Another lesson' }));

describe('who may open the answer key', () => {
	it('opens it for a lesson saved in this browser, with no token', () => {
		expect(mayOpenAnswerKey({ lessonId, token: null, savedLessonIds: new Set([lessonId]) })).toBe(
			true
		);
	});

	it('opens it from the teacher’s print link on another device, however the token is cased', () => {
		const token = new URLSearchParams(teacherPrintSearch(lessonId)).get('key');
		expect(token).toBe(answerKeyToken(lessonId));
		for (const given of [token!, token!.toLowerCase(), ` ${token} `]) {
			expect(mayOpenAnswerKey({ lessonId, token: given, savedLessonIds: new Set() })).toBe(true);
		}
	});

	it('refuses the student’s link, a made-up token and another lesson’s token', () => {
		const saved = new Set([otherId]);
		expect(mayOpenAnswerKey({ lessonId, token: null, savedLessonIds: saved })).toBe(false);
		expect(mayOpenAnswerKey({ lessonId, token: '', savedLessonIds: saved })).toBe(false);
		expect(mayOpenAnswerKey({ lessonId, token: 'AAAAAAAA', savedLessonIds: saved })).toBe(false);
		expect(
			mayOpenAnswerKey({ lessonId, token: answerKeyToken(otherId), savedLessonIds: saved })
		).toBe(false);
	});

	it('gives a token that is not the lesson id a student can see in their results code', () => {
		expect(answerKeyToken(lessonId)).not.toBe(lessonId);
		expect(answerKeyToken(lessonId)).toMatch(/^[0-9A-Z]{8}$/);
	});
});
