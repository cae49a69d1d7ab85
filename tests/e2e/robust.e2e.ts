/**
 * Issue 13 in the browser: a lesson link whose questions are all gone explains itself, and a
 * teacher whose class results were set aside in a backup brings them back.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { addHandIn, CLASS_RECORD_KEY, emptyClassRecord } from '../../src/lib/lesson/class-record';
import { buildLesson, buildResult } from '../../src/test-data/lessons';
import { lessonIdentity } from '../../src/lib/lesson/lesson';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import { encodeResultsCode } from '../../src/lib/lesson/results-code';
import { TEACHER_LESSONS_KEY } from '../../src/lib/lesson/teacher-lessons';
import { readContentFiles } from '../../scripts/content-files';
import { useBrowser } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();

describe('a lesson none of whose questions Close Read still has', () => {
	it('says what happened instead of offering Start and a blank page, also after a reload', async () => {
		const lesson = buildLesson({
			title: 'Questions long gone',
			readingIds: [],
			questionIds: ['no-such-question-1', 'no-such-question-2']
		});
		const { page, problems } = await newStudent();
		await page.goto(`/lesson/#${encodeLesson(lesson)}`);
		for (const load of [1, 2]) {
			await page
				.getByRole('heading', { level: 1, name: 'This lesson cannot run' })
				.waitFor({ timeout: 10_000 });
			expect(
				await page.getByText(/None of the questions in this lesson are in Close Read/).count(),
				`load ${load}`
			).toBe(1);
			expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);
			await page.reload();
		}
		expect(problems).toEqual([]);
	});
});

describe("restoring a teacher's backup", () => {
	it('brings back the hand-ins a backup holds, beside what is kept now', async () => {
		const reading = bank.readings[0]!;
		const questionIds = bank.questions
			.filter((question) => question.readingId === reading.id)
			.slice(0, 3)
			.map((question) => question.id);
		const lesson = buildLesson({
			title: 'Backed-up lesson',
			readingIds: [reading.id],
			questionIds
		});
		const lessonId = lessonIdentity(lesson);
		const code = encodeResultsCode(
			buildResult({
				lessonId,
				studentName: 'Ana Restored',
				outcomes: ['right', 'right', 'wrong'],
				score: 67
			})
		);
		const backup = addHandIn(
			emptyClassRecord(),
			{ lessonId, source: 'Pasted text', text: code },
			'2025-03-11T10:00:00.000Z'
		);
		const saved = {
			version: 1,
			lessons: [
				{
					id: lessonId,
					lesson,
					fragment: encodeLesson(lesson),
					savedAt: '2025-03-01T09:00:00.000Z',
					deletedAt: null
				}
			]
		};
		const { page, context, problems } = await newStudent();
		await context.addInitScript(
			([lessonsKey, lessons, recordKey, kept]: [string, string, string, string]) => {
				if (!localStorage.getItem(lessonsKey)) {
					localStorage.setItem(lessonsKey, lessons);
					// What a teacher's browser holds after a record could not be read: a fresh record
					// and the old one under a backup key.
					localStorage.setItem(recordKey, JSON.stringify({ version: 1, handIns: [] }));
					localStorage.setItem(`${recordKey}:backup:2025-03-12T08:00:00.000Z`, kept);
				}
			},
			[TEACHER_LESSONS_KEY, JSON.stringify(saved), CLASS_RECORD_KEY, JSON.stringify(backup)] as [
				string,
				string,
				string,
				string
			]
		);
		await page.goto(`/teach/results/?lesson=${lessonId}`);
		await page.getByRole('heading', { level: 2, name: 'Backed-up lesson' }).waitFor();
		expect(await page.getByText('Nothing has been handed in for this lesson yet.').count()).toBe(1);

		await page.getByRole('button', { name: /^Restore the backup of / }).click();
		await page.getByText(/1 hand-in brought back\. Nothing kept here was replaced\./).waitFor();
		await page.getByRole('rowheader', { name: /Ana Restored/ }).waitFor();

		// Kept: it is there after a reload too.
		await page.reload();
		await page.getByRole('rowheader', { name: /Ana Restored/ }).waitFor();
		expect(problems).toEqual([]);
	});
});
