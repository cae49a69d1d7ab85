/**
 * A lesson with the teacher's own questions, from the link to the class table: one bank question
 * of each type edited and one question of each type added, made into a link with the project's
 * own encoder; a student takes it (some right, one wrong, the rest left), hands in the code, and
 * the teacher finds the custom questions, with their origin, in the class table, the CSV and the
 * answer key, and sees what the student answered and the most common wrong answer. The lesson
 * file opens on the lesson page as the link does. (The editor that writes such questions is
 * driven by hand in question-editor.e2e.ts; the LMS exports in teacher-exports.e2e.ts.)
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { encodeLessonFile } from '../../src/lib/lesson/lesson-file';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import { added, edited, own, ownQuestionsLesson as lesson } from './own-questions';
import { useBrowser, useDownloads } from './site';

const { newStudent } = useBrowser();
const savedAs = useDownloads();
const fragment = encodeLesson(lesson);
const prompt = (id: string) => own.find((question) => question.id === id)!.prompt;

describe('a lesson with the teacher’s own questions', () => {
	it('runs for a student; the teacher sees its origin, the student’s answers and the CSV', async () => {
		expect(fragment).toMatch(/^v2\./);
		const student = await newStudent({ permissions: ['clipboard-read', 'clipboard-write'] });
		await student.page.goto(`/lesson/#${fragment}`);
		await student.page.getByRole('heading', { level: 1, name: 'Our own questions' }).waitFor();
		await student.page.getByLabel(/Your name/).fill('Ana Lima');
		await student.page.getByRole('button', { name: 'Start the lesson' }).click();
		const groups = student.page.getByRole('group', { name: /^Question \d+/ });
		await groups.first().waitFor();
		expect(await groups.count()).toBe(own.length);
		const question = (id: string) => groups.filter({ hasText: prompt(id) }).first();

		// Right: the added single choice and short answer; wrong: the added true/false.
		const single = question('t-how-long-apart');
		await single.getByRole('radio', { name: 'Three whole years' }).check();
		await single.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => single.getByRole('status').textContent()).toContain('Right');
		const verdict = question('t-talks-confirmed');
		await verdict.getByRole('radio', { name: 'False' }).check();
		await verdict.getByRole('button', { name: 'Check' }).click();
		await expect
			.poll(() => verdict.getByRole('status').textContent())
			.toMatch(/Not quite|Not right|Wrong/);
		const typed = question('t-what-war-ends');
		await typed.getByLabel('Your answer').fill('the invasion of Ukraine');
		await typed.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => typed.getByRole('status').textContent()).toContain('Right');

		await student.page.getByRole('button', { name: 'Finish the lesson' }).click();
		await student.page.getByRole('button', { name: 'Finish anyway' }).click();
		await student.page.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
		await student.page.getByRole('button', { name: 'Copy the code' }).click();
		await student.page.getByText('Copied.', { exact: false }).waitFor();
		const code = await student.page.evaluate(() => navigator.clipboard.readText());
		expect(code).toMatch(/^CR2-/);

		// The teacher, in another browser, opens the lesson from its link and adds the code.
		const teacher = await newStudent();
		await teacher.page.goto('/teach/results/');
		await teacher.page
			.getByLabel('Or paste a lesson link')
			.fill(`${new URL(teacher.page.url()).origin}/lesson/#${fragment}`);
		await teacher.page.getByRole('button', { name: 'Open lesson' }).click();
		await teacher.page.getByLabel('Paste results codes').fill(code);
		await teacher.page.getByRole('button', { name: 'Add codes' }).click();
		await teacher.page.getByRole('row', { name: /Ana Lima/ }).waitFor();
		const note = teacher.page.getByRole('region', { name: 'Your own questions in this lesson' });
		const listed = await note.innerText();
		for (const question of edited) {
			const from = question.origin.kind === 'edited' ? question.origin.from : '';
			expect(listed, question.id).toContain(`edited from ${from}: ${question.prompt}`);
		}
		for (const question of added) {
			expect(listed, question.id).toContain(`added by the teacher: ${question.prompt}`);
		}

		// What the student answered: the wrong verdict is the most common wrong answer, and the
		// student's own answers show per question.
		const answers = teacher.page.getByRole('region', { name: 'What each student answered' });
		const verdictAnswers = answers
			.getByRole('listitem')
			.filter({ has: teacher.page.getByRole('heading', { name: prompt('t-talks-confirmed') }) });
		expect(await verdictAnswers.innerText()).toContain('1 student answered False');
		const typedAnswers = answers
			.getByRole('listitem')
			.filter({ has: teacher.page.getByRole('heading', { name: prompt('t-what-war-ends') }) });
		await typedAnswers.getByText(/^Each student’s answer to Q\d+$/).click();
		const typedRow = typedAnswers.getByRole('row', { name: /Ana Lima/ });
		expect(await typedRow.innerText()).toContain('the invasion of Ukraine');

		// The CSV names each own question's origin in its columns.
		const [download] = await Promise.all([
			teacher.page.waitForEvent('download'),
			teacher.page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		const saved = savedAs('results.csv');
		await download.saveAs(saved);
		const csv = await readFile(saved, 'utf8');
		const header = csv.split(/\r?\n/)[0] ?? '';
		expect(header).toContain('added by the teacher');
		expect(header).toMatch(/edited from [a-z0-9-]+/);
		expect(csv.split(/\r?\n/)[1]).toContain('Ana Lima');

		// The worksheet and its answer key, from the teacher's link on the results page.
		await teacher.page.getByRole('link', { name: 'Print a worksheet and answer key' }).click();
		await teacher.page.getByRole('heading', { level: 1, name: 'Our own questions' }).waitFor();
		const worksheet = await teacher.page.locator('main').innerText();
		for (const question of own) {
			expect(worksheet, question.id).toContain(question.prompt);
		}
		await teacher.page.getByRole('radio', { name: 'Answer key' }).check();
		await teacher.page
			.getByRole('heading', { level: 1, name: 'Answer key: Our own questions' })
			.waitFor();
		const key = await teacher.page.locator('main').innerText();
		expect(key).toContain('Your question, added by the teacher.');
		expect(key).toMatch(/Your question, edited from [a-z0-9-]+\./);
		expect(student.problems).toEqual([]);
		expect(teacher.problems).toEqual([]);
		// Two browsers and three pages on a shared machine: more than the default half minute.
	}, 120_000);

	it('opens from a lesson file picked on the lesson page', async () => {
		const { page, problems } = await newStudent();
		await page.goto('/lesson/');
		await page.getByRole('heading', { level: 1, name: 'This link has no lesson in it' }).waitFor();
		await page.getByLabel('Open a lesson file').setInputFiles({
			name: 'close-read-lesson-our-own-questions.json',
			mimeType: 'application/json',
			buffer: Buffer.from(encodeLessonFile(lesson))
		});
		await page.getByRole('heading', { level: 1, name: 'Our own questions' }).waitFor();
		await page.getByLabel('Open a lesson file').waitFor({ state: 'detached' });
		expect(problems).toEqual([]);
	});

	it('refuses a file that is not a lesson, saying why', async () => {
		const { page } = await newStudent();
		await page.goto('/lesson/');
		await page.getByLabel('Open a lesson file').setInputFiles({
			name: 'notes.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"hello": 1}')
		});
		await expect
			.poll(() => page.getByRole('alert').filter({ hasText: 'notes.json' }).textContent())
			.toContain('not a Close Read lesson file');
	});
});
