/**
 * Proves the teacher's whole loop with no server: a teacher builds a lesson and copies its link;
 * a student in a fresh browser opens it, gives a name, completes it and copies the results code;
 * the teacher pastes the code into the class results and sees the student's row with the right
 * score. Also: a damaged link gets an explanation page, the worksheet prints to a PDF that holds
 * every question of the lesson, and a teacher's preview runs the lesson and keeps nothing.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { readContentFiles } from '../../scripts/content-files';
import { useBrowser } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();
const reading = bank.readings[0]!;
const lessonQuestions = bank.questions.filter((q) => q.readingId === reading.id);

describe("a teacher's lesson, from link to class results", () => {
	it('runs from the lesson builder to the student’s answers in the class results', async () => {
		const teacher = await newStudent({ permissions: ['clipboard-read', 'clipboard-write'] });
		await teacher.page.goto('/teach/');
		await teacher.page.getByLabel('Title').fill('Week 3: Back at the table');
		await teacher.page.getByLabel('Pass mark (out of 100)').fill('50');
		await teacher.page.locator('summary', { hasText: reading.title }).first().click();
		await teacher.page
			.getByRole('checkbox', { name: `Every question of “${reading.title}”` })
			.check();
		await teacher.page.getByRole('button', { name: 'Create the lesson link' }).click();
		await teacher.page.getByRole('button', { name: 'Copy the link' }).click();
		await teacher.page.getByText('Link copied.').waitFor();
		const link = await teacher.page.evaluate(() => navigator.clipboard.readText());
		expect(link).toMatch(/\/lesson\/#v1\./);

		// The student: a fresh browser, nothing shared with the teacher's.
		const student = await newStudent({ permissions: ['clipboard-read', 'clipboard-write'] });
		await student.page.goto(link);
		await student.page
			.getByRole('heading', { level: 1, name: 'Week 3: Back at the table' })
			.waitFor();
		await student.page.getByLabel(/Your name/).fill('Ana Lima');
		await student.page.getByRole('button', { name: 'Start the lesson' }).click();
		const groups = student.page.getByRole('group', { name: /^Question \d+/ });
		await groups.first().waitFor();
		expect(await groups.count()).toBe(lessonQuestions.length);
		// The first question right, the second wrong, the rest left unanswered.
		const first = groups.nth(0);
		await first.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).check();
		await first.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => first.getByRole('status').textContent()).toContain('Right.');
		const second = groups.nth(1);
		await second
			.getByRole('radio', {
				name: 'The speaker is reporting the talks first-hand, having seen them happen as a witness.'
			})
			.check();
		await second.getByRole('button', { name: 'Check' }).click();
		await second.getByRole('button', { name: 'Try again' }).waitFor();
		await student.page.getByRole('button', { name: 'Finish the lesson' }).click();
		await student.page.getByRole('button', { name: 'Finish anyway' }).click();
		await student.page.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
		const expected = Math.round(100 / lessonQuestions.length);
		expect(await student.page.getByText(/Your score:/).textContent()).toContain(
			`${expected} out of 100`
		);
		expect(await student.page.getByText(/not proof against cheating/).isVisible()).toBe(true);
		await student.page.getByRole('button', { name: 'Copy the code' }).click();
		await student.page.getByText('Copied.', { exact: false }).waitFor();
		const code = await student.page.evaluate(() => navigator.clipboard.readText());
		expect(code).toMatch(/^CR2-/);
		expect(code.length).toBeLessThan(200);

		// Back to the teacher, who pastes it among other chat text.
		await teacher.page.goto('/teach/');
		await teacher.page.getByRole('link', { name: /Results of “Week 3/ }).click();
		await teacher.page
			.getByLabel('Paste results codes')
			.fill(`Ana: here it is ${code} thanks!\nnot a code`);
		await teacher.page.getByRole('button', { name: 'Add codes' }).click();
		const row = teacher.page.getByRole('row', { name: /Ana Lima/ });
		await row.waitFor();
		expect(await row.textContent()).toContain(`${expected}`);
		expect(await row.textContent()).toMatch(/No/);

		// The student's actual answers, and the most common wrong one.
		const wrongChoice =
			'The speaker is reporting the talks first-hand, having seen them happen as a witness.';
		const answers = teacher.page.getByRole('region', { name: 'What each student answered' });
		await answers.getByText(new RegExp(`1 student chose [A-Z]: “${wrongChoice}”`)).waitFor();
		await answers.getByText('Each student’s answer to Q2').click();
		expect(
			await answers
				.getByRole('row', { name: /Ana Lima/ })
				.first()
				.textContent()
		).toContain(wrongChoice);

		// Remove and Undo; correct the name; label the class.
		await teacher.page.getByRole('button', { name: 'Remove Ana Lima’s hand-in' }).click();
		await teacher.page.getByText('Removed Ana Lima’s hand-in from the table.').waitFor();
		expect(await teacher.page.getByRole('row', { name: /Ana Lima/ }).count()).toBe(0);
		await teacher.page.getByRole('button', { name: 'Undo' }).click();
		await row.waitFor();
		await teacher.page.getByRole('button', { name: 'Correct name of Ana Lima' }).click();
		await teacher.page.getByLabel('Name on this hand-in').fill('Ana Lima Duarte');
		await teacher.page.getByRole('button', { name: 'Save name' }).click();
		await teacher.page
			.getByRole('row', { name: /Ana Lima Duarte/ })
			.first()
			.waitFor();
		await teacher.page.getByLabel('Class label').fill('Period 3');
		await teacher.page.getByRole('button', { name: 'Save label' }).click();
		await teacher.page
			.getByRole('heading', { name: /Week 3: Back at the table · Period 3/ })
			.waitFor();

		// The CSV: the new name, the class, each answer in words, ISO times with the offset and local ones.
		const [download] = await Promise.all([
			teacher.page.waitForEvent('download'),
			teacher.page.getByRole('button', { name: 'Export CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^Week 3- Back at the table Period 3-results-/);
		const saved = join(mkdtempSync(join(tmpdir(), 'close-read-csv-')), 'results.csv');
		await download.saveAs(saved);
		const csv = readFileSync(saved, 'utf8');
		expect(csv).toContain('Period 3,Ana Lima Duarte');
		expect(csv).toContain(wrongChoice);
		expect(csv).toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}/);
		expect(csv).toContain('Finished (local time)');
		expect(teacher.problems).toEqual([]);
		expect(student.problems).toEqual([]);
	}, 90_000);

	it('previews a lesson as a student would take it, and keeps nothing of it', async () => {
		const teacher = await newStudent();
		await teacher.page.goto('/teach/');
		await teacher.page.getByLabel('Title').fill('Previewed lesson');
		await teacher.page.locator('summary', { hasText: reading.title }).first().click();
		await teacher.page
			.getByRole('checkbox', { name: `Every question of “${reading.title}”` })
			.check();
		await teacher.page.getByRole('button', { name: 'Create the lesson link' }).click();
		// The preview opens in a new tab, leaving the builder as it was.
		const [preview] = await Promise.all([
			teacher.context.waitForEvent('page'),
			teacher.page.getByRole('link', { name: 'Preview as a student' }).click()
		]);
		await teacher.page.getByRole('heading', { name: 'Share “Previewed lesson”' }).waitFor();
		await preview.waitForFunction(() => document.documentElement.hasAttribute('data-theme'));
		await preview
			.getByRole('note')
			.getByText(/Nothing you answer here is kept/)
			.waitFor();
		await preview.getByLabel(/Your name/).fill('Ms Duarte');
		await preview.getByRole('button', { name: 'Start the lesson' }).click();
		const first = preview.getByRole('group', { name: /^Question 1/ });
		await first.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).check();
		await first.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => first.getByRole('status').textContent()).toContain('Right.');
		await preview.getByRole('button', { name: 'Finish the lesson' }).click();
		await preview.getByRole('button', { name: 'Finish anyway' }).click();
		await preview.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();

		const kept = await preview.evaluate(() => ({
			progress: localStorage.getItem('close-read:progress'),
			runs: localStorage.getItem('close-read:lesson-runs')
		}));
		expect(kept.progress ?? '').not.toContain(lessonQuestions[0]!.id);
		expect(kept.runs ?? '').not.toContain('Ms Duarte');
		expect(JSON.parse(kept.runs ?? '{"runs":[]}').runs).toEqual([]);
		expect(teacher.problems).toEqual([]);
	});

	it('explains a damaged link instead of showing a blank page', async () => {
		const { page, problems } = await newStudent();
		await page.goto('/lesson/#v1.dZBBCgIxDEWvIlk3oG6EHsOtuMi0mWmZ2tY2Ogzi3a1u7Ww');
		await page.getByRole('heading', { level: 1, name: 'This lesson link is damaged' }).waitFor();
		expect(await page.getByText(/Ask your teacher to send the link again/).isVisible()).toBe(true);
		await page.goto('/lesson/');
		await page.getByRole('heading', { level: 1, name: 'This link has no lesson in it' }).waitFor();
		expect(problems).toEqual([]);
	});

	it('prints a worksheet with every question of the lesson, to PDF', async () => {
		const teacher = await newStudent();
		await teacher.page.goto('/teach/');
		await teacher.page.getByLabel('Title').fill('Printable lesson');
		await teacher.page.locator('summary', { hasText: reading.title }).first().click();
		await teacher.page
			.getByRole('checkbox', { name: `Every question of “${reading.title}”` })
			.check();
		await teacher.page.getByRole('button', { name: 'Create the lesson link' }).click();
		await teacher.page.getByRole('link', { name: 'Worksheet and answer key' }).click();
		await teacher.page.getByRole('heading', { level: 1, name: 'Printable lesson' }).waitFor();

		await teacher.page.emulateMedia({ media: 'print' });
		const printed = await teacher.page.locator('main').innerText();
		for (const question of lessonQuestions) {
			expect(printed, question.id).toContain(question.prompt);
		}
		// No app chrome on paper.
		expect(await teacher.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
		const pdf = await teacher.page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBeGreaterThanOrEqual(2);
	});
});
