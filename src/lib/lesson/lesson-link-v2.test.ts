import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { loadBank } from '../server/load';
import { buildLesson } from '../../test-data/lessons';
import {
	TEACHER_READING_ID,
	teacherFillBlanks,
	teacherQuestionsOfEachType,
	teacherShortAnswer,
	teacherSingleChoice
} from '../../test-data/teacher-questions';
import { lessonIdentity, type Lesson } from './lesson';
import { decodeLessonFile, encodeLessonFile, lessonFileName } from './lesson-file';
import { decodeLesson, encodeLesson, resolveLessonQuestions } from './lesson-link';
import { LINK_LIMITS, linkLength } from './link-length';
import { toTeacherDraft } from './teacher-question';

const { bank } = loadBank(readContentFiles('questions'));
const known = new Set(bank.questions.map((question) => question.id));
const bankOnReading = bank.questions.filter((q) => q.readingId === TEACHER_READING_ID);

/** A lesson made by Close Read before version 2 (link version 1), kept as it was sent. */
const V1_LINK =
	'v1.bY5BDoJADEWvMvnrqRnQsJilR3BrXBSoQiADDk2IMd7dokvdNGnffz99QhFx5GZwrE47ccr1KPBIdj8Jt0646dzMWf3Gk-O0rJJ3FsmIZ9TmEisZo6978bj_JbR2E_WLLePQp5s1_EayzFNWacfH1tPaE2UoKwp7Kg4mzIhV8GDE0uOKWHgsn7kihtcbXKEbhg';

/** A lesson with one edited bank question and one added question of each type. */
function lessonWithOwnQuestions(): Lesson {
	const edited = toTeacherDraft(bankOnReading[0]!);
	const added = teacherQuestionsOfEachType();
	return buildLesson({
		readingIds: [TEACHER_READING_ID],
		questionIds: [edited.id, bankOnReading[1]!.id, ...added.map((question) => question.id)],
		questions: [edited, ...added]
	});
}

describe('lesson links, version 2', () => {
	it('carry the teacher’s own questions and read them back, checked against their reading', () => {
		const lesson = lessonWithOwnQuestions();
		const fragment = encodeLesson(lesson);
		expect(fragment).toMatch(/^v2\.[A-Za-z0-9_-]+$/);
		expect(decodeLesson(fragment, bank.readings)).toEqual({ ok: true, lesson });
	});

	it('carry near-miss answers and their hints, edited and added, to the questions students get', () => {
		const bankNearMisses = bank.questions.find((q) => q.id === 'red-lines-hardliners')!;
		const edited = toTeacherDraft(bankNearMisses);
		const near = {
			answer: 'Russia',
			hint: 'Russia is the country that invaded; the question asks which invasion could end.'
		};
		const gapNear = {
			answer: 'brief',
			hint: 'A brief silence is the opposite of a prolonged one.'
		};
		const added = [
			teacherShortAnswer({ rejected: [near] }),
			teacherFillBlanks({ rejected: [gapNear] })
		];
		const lesson = buildLesson({
			readingIds: [TEACHER_READING_ID, bankNearMisses.readingId!],
			questionIds: [...added.map((question) => question.id), edited.id],
			questions: [...added, edited]
		});
		const decoded = decodeLesson(encodeLesson(lesson), bank.readings);
		expect(decoded).toEqual({ ok: true, lesson });
		const resolved = resolveLessonQuestions(lesson, known, new Set(), bank.readings);
		expect(resolved.missing).toEqual([]);
		expect(resolved.teacher.map((question) => 'rejected' in question && question.rejected)).toEqual(
			[[near], [gapNear], (bankNearMisses as { rejected?: unknown }).rejected]
		);
	});

	it('still write a lesson without questions of its own as version 1, for pages cached before', () => {
		expect(encodeLesson(buildLesson())).toMatch(/^v1\./);
	});

	it('open a link made before version 2, with the identity its results carry', () => {
		const decoded = decodeLesson(V1_LINK, bank.readings);
		expect(decoded).toEqual({
			ok: true,
			lesson: {
				title: 'Back at the table',
				instructions: 'Read each part, then answer.',
				readingIds: ['back-at-the-table'],
				questionIds: ['back-at-the-table-who-is-talking', 'back-at-the-table-reportedly'],
				dueDate: '2026-03-14',
				passMark: 60,
				attemptsPerQuestion: 2,
				feedback: 'end',
				shuffleChoices: true,
				wholeArticle: false,
				questions: []
			}
		});
		expect(decoded.ok && lessonIdentity(decoded.lesson)).toBe('TEK5JQ2P');
	});

	it('give a lesson with its own questions another identity than the same lesson without', () => {
		const lesson = lessonWithOwnQuestions();
		const edited = { ...lesson, questions: [teacherSingleChoice({ prompt: 'How long apart?' })] };
		expect(lessonIdentity(lesson)).not.toBe(lessonIdentity({ ...lesson, questions: [] }));
		expect(lessonIdentity(lesson)).not.toBe(lessonIdentity(edited));
	});

	it('refuse a link whose teacher question breaks the bank’s rules, saying which and why', () => {
		const broken = teacherSingleChoice({ evidence: 'For the first time in three long years' });
		const lesson = buildLesson({
			readingIds: [TEACHER_READING_ID],
			questionIds: [broken.id],
			questions: [broken]
		});
		const decoded = decodeLesson(encodeLesson(lesson), bank.readings);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) {
			expect(decoded.problem.kind).toBe('invalid');
			expect(decoded.problem.message).toMatch(/a question your teacher wrote/);
			expect(decoded.problem.detail).toMatch(/"t-how-long-apart", evidence: .*word for word/);
		}
	});

	it('refuse a teacher question on a reading Close Read does not have', () => {
		const lost = teacherSingleChoice({ readingId: 'a-reading-since-removed' });
		const lesson = buildLesson({
			readingIds: ['a-reading-since-removed'],
			questionIds: [lost.id],
			questions: [lost]
		});
		const decoded = decodeLesson(encodeLesson(lesson), bank.readings);
		expect(decoded.ok || decoded.problem.detail).toMatch(/not in Close Read/);
	});

	it.each([
		['a t- id with no question', { questionIds: ['t-not-carried'], questions: [] }],
		[
			'a question the list does not name',
			{ questionIds: ['back-at-the-table-reportedly'], questions: [teacherSingleChoice()] }
		],
		[
			'a question on a reading the lesson leaves out',
			{ readingIds: [], questionIds: ['t-how-long-apart'], questions: [teacherSingleChoice()] }
		]
	])('refuse %s', (_, overrides) => {
		const lesson = buildLesson({ readingIds: [TEACHER_READING_ID], ...overrides });
		const decoded = decodeLesson(encodeLesson(lesson));
		expect(decoded.ok || decoded.problem.kind).toBe('invalid');
	});

	it('resolve the teacher’s questions into the questions students get, in the lesson’s order', () => {
		const lesson = lessonWithOwnQuestions();
		const resolved = resolveLessonQuestions(lesson, known, new Set(), bank.readings);
		expect(resolved.present).toEqual(lesson.questionIds);
		expect(resolved.missing).toEqual([]);
		expect(resolved.teacher.map((question) => question.id)).toEqual(
			lesson.questions.map((question) => question.id)
		);
		expect(resolved.teacher[0]).toMatchObject({
			type: bankOnReading[0]!.type,
			prompt: bankOnReading[0]!.prompt,
			articleId: bankOnReading[0]!.articleId
		});
	});

	it('count a teacher question as missing when its reading is not given', () => {
		const lesson = lessonWithOwnQuestions();
		const resolved = resolveLessonQuestions(lesson, known);
		expect(resolved.teacher).toEqual([]);
		expect(resolved.present).toEqual([bankOnReading[1]!.id]);
	});

	it('never throw on random or mutated links with teacher questions', () => {
		const fragment = encodeLesson(lessonWithOwnQuestions());
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.record({ at: fc.nat(fragment.length - 1), by: fc.string({ maxLength: 4 }) })
				),
				(input) => {
					const text =
						typeof input === 'string'
							? `v2.${input}`
							: `${fragment.slice(0, input.at)}${input.by}${fragment.slice(input.at + 1)}`;
					const decoded = decodeLesson(text, bank.readings);
					expect(decoded.ok || decoded.problem.message.length > 20).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('lesson files', () => {
	it('carry a lesson with its own questions and read it back', () => {
		const lesson = lessonWithOwnQuestions();
		const text = encodeLessonFile(lesson);
		expect(JSON.parse(text)).toMatchObject({ format: 'close-read-lesson', version: 2 });
		expect(decodeLessonFile(text, bank.readings)).toEqual({ ok: true, lesson });
	});

	it('refuse a file changed by hand, by its checksum', () => {
		const text = encodeLessonFile(lessonWithOwnQuestions()).replace(
			'Three whole years',
			'Three long years'
		);
		const decoded = decodeLessonFile(text, bank.readings);
		expect(decoded.ok || decoded.problem.message).toMatch(/checksum does not match/);
	});

	it.each([
		['text that is not JSON', 'hello', /not JSON/],
		['another JSON file', '{"format":"close-read-results","version":1}', /not a Close Read lesson/],
		[
			'a file from a newer version',
			'{"format":"close-read-lesson","version":9,"checksum":"00000000","lesson":{}}',
			/newer version/
		],
		['a file without its lesson', '{"format":"close-read-lesson","version":2}', /damaged/]
	])('explain %s', (_, text, reason) => {
		const decoded = decodeLessonFile(text, bank.readings);
		expect(decoded.ok || decoded.problem.message).toMatch(reason);
	});

	it('name the file after the lesson', () => {
		expect(lessonFileName('Back at the table: Période 3')).toBe(
			'close-read-lesson-back-at-the-table-periode-3.json'
		);
	});

	it('never throw on random or mutated files', () => {
		const text = encodeLessonFile(lessonWithOwnQuestions());
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.record({ at: fc.nat(text.length - 1), by: fc.string({ maxLength: 4 }) })
				),
				(input) => {
					const mutated =
						typeof input === 'string'
							? input
							: `${text.slice(0, input.at)}${input.by}${text.slice(input.at + 1)}`;
					const decoded = decodeLessonFile(mutated, bank.readings);
					expect(decoded.ok || decoded.problem.message.length > 20).toBe(true);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('linkLength', () => {
	it('says a short link fits a chat message and a QR code', () => {
		const report = linkLength('x'.repeat(1500));
		expect(report).toMatchObject({
			length: 1500,
			fitsChat: true,
			fitsQrCode: true,
			offerFile: false
		});
		expect(report.message).toMatch(/1,500 characters.*chat message or a QR code/);
	});

	it('offers the file past what chat apps keep', () => {
		const report = linkLength('x'.repeat(LINK_LIMITS.chat + 1));
		expect(report).toMatchObject({ fitsChat: false, fitsQrCode: true, offerFile: true });
		expect(report.message).toMatch(/some chat apps cut links longer than 2,000/);
	});

	it('says a link past a QR code’s limit needs email or the file', () => {
		const report = linkLength('x'.repeat(LINK_LIMITS.qrCode + 1));
		expect(report).toMatchObject({ fitsQrCode: false, opens: true, offerFile: true });
		expect(report.message).toMatch(/too long for a QR code \(2,900 at most\)/);
	});

	it('says when only the file can carry the lesson', () => {
		const report = linkLength('x'.repeat(LINK_LIMITS.open + 1));
		expect(report.opens).toBe(false);
		expect(report.message).toMatch(/more than Close Read opens/);
	});
});
