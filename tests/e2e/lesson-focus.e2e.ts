/**
 * A lesson as a classroom uses it: the student's lesson page leads nowhere but out (no teacher
 * pages, no glossary page), the answer key stays with the teacher (a student who edits the path
 * of their link to the worksheet page gets the worksheet alone, and printing prints only the part
 * on screen), and the browser's Back, Forward and reload move between the lesson's parts.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import { buildLesson } from '../../src/test-data/lessons';
import { readContentFiles } from '../../scripts/content-files';
import { useBrowser, type Page } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();
const [first, second] = bank.readings;
const questionsOf = (readingId: string) =>
	bank.questions.filter((question) => question.readingId === readingId);
const lesson = buildLesson({
	title: 'Two readings, one lesson',
	readingIds: [first!.id, second!.id],
	questionIds: [...questionsOf(first!.id), ...questionsOf(second!.id)].map(({ id }) => id),
	attemptsPerQuestion: 2
});
const fragment = encodeLesson(lesson);

async function startLesson(page: Page) {
	await page.goto(`/lesson/#${fragment}`);
	await page.getByLabel(/Your name/).fill('Ana Lima');
	await page.getByRole('button', { name: 'Start the lesson' }).click();
	await page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
}

/** Every link on the page, as the path it leads to. */
function linkPaths(page: Page) {
	return page
		.locator('a[href]')
		.evaluateAll((links) =>
			links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)
		);
}

describe('the student’s lesson page', () => {
	it('has no way to the teacher’s pages or the glossary, only a way out', async () => {
		const { page, problems } = await newStudent();
		await page.goto(`/lesson/#${fragment}`);
		await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();
		await page.getByLabel(/Your name/).fill('Ana Lima');
		await page.getByRole('button', { name: 'Start the lesson' }).click();
		await page.getByRole('heading', { level: 1, name: first!.title }).waitFor();

		const paths = await linkPaths(page);
		expect(paths.filter((path) => /\/(teach|glossary|progress|review)\//.test(path))).toEqual([]);
		expect(await page.getByRole('link', { name: 'For teachers' }).count()).toBe(0);
		await page.getByRole('link', { name: 'Leave the lesson' }).click();
		await page.waitForURL((url) => url.pathname === '/');
		expect(problems).toEqual([]);
	});
});

describe('the answer key', () => {
	it('is not one edit of the student’s link away: the worksheet page shows and prints no answers', async () => {
		const { page, problems } = await newStudent();
		await page.goto(`/teach/print/#${fragment}`);
		await page.getByRole('heading', { level: 1, name: lesson.title }).waitFor();

		expect(await page.getByRole('radio', { name: 'Answer key' }).count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Print answer key' }).count()).toBe(0);
		await page
			.getByRole('note')
			.getByText(/only for the teacher who made the lesson/)
			.waitFor();
		await page.emulateMedia({ media: 'print' });
		const printed = await page.locator('main').innerText();
		expect(printed).toContain(questionsOf(first!.id)[0]!.prompt);
		expect(printed).not.toMatch(/Answer key|Answer: /);
		expect(problems).toEqual([]);
	});

	it('opens for the teacher who saved the lesson, and Ctrl+P prints only the part on screen', async () => {
		const { page, problems } = await newStudent();
		await page.goto('/teach/');
		await page.getByLabel('Title').fill('Printed by the teacher');
		await page.locator('summary', { hasText: first!.title }).first().click();
		await page.getByRole('checkbox', { name: `Every question of “${first!.title}”` }).check();
		await page.getByRole('button', { name: 'Create the lesson link' }).click();
		await page.getByRole('link', { name: 'Worksheet and answer key' }).click();
		await page.getByRole('heading', { level: 1, name: 'Printed by the teacher' }).waitFor();

		// What a print from the browser's menu gives: the worksheet alone, until the key is chosen.
		await page.emulateMedia({ media: 'print' });
		const worksheet = await page.locator('main').innerText();
		expect(worksheet).toContain('Name:');
		expect(worksheet).not.toMatch(/Answer key|Answer: /);

		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('radio', { name: 'Answer key' }).check();
		await page.emulateMedia({ media: 'print' });
		const key = await page.locator('main').innerText();
		expect(key).toContain('Answer key: Printed by the teacher');
		expect(key).toMatch(/Answer: /);
		expect(key).not.toContain('Name:');
		expect(problems).toEqual([]);
	});

	it('opens from the teacher’s own print link on a device where the lesson is not saved', async () => {
		const teacher = await newStudent();
		await teacher.page.goto('/teach/');
		await teacher.page.getByLabel('Title').fill('Taken to the classroom computer');
		await teacher.page.locator('summary', { hasText: first!.title }).first().click();
		await teacher.page
			.getByRole('checkbox', { name: `Every question of “${first!.title}”` })
			.check();
		await teacher.page.getByRole('button', { name: 'Create the lesson link' }).click();
		const printLink = await teacher.page
			.getByRole('link', { name: 'Worksheet and answer key' })
			.evaluate((link) => (link as HTMLAnchorElement).href);
		expect(new URL(printLink).searchParams.get('key')).toMatch(/^[0-9A-Z]{8}$/);

		const elsewhere = await newStudent();
		await elsewhere.page.goto(printLink);
		await elsewhere.page.getByRole('radio', { name: 'Answer key' }).check();
		await elsewhere.page
			.getByRole('heading', { level: 1, name: 'Answer key: Taken to the classroom computer' })
			.waitFor();
		// The same link with the key changed is a student's guess: no key.
		const guessed = new URL(printLink);
		guessed.searchParams.set('key', 'AAAAAAAA');
		const student = await newStudent();
		await student.page.goto(guessed.href);
		await student.page.getByRole('heading', { level: 1 }).waitFor();
		expect(await student.page.getByRole('radio', { name: 'Answer key' }).count()).toBe(0);
	}, 60_000);
});

describe('moving through a lesson’s parts', () => {
	it('goes back and forward between parts with the browser, and a reload keeps the part', async () => {
		const { page, problems } = await newStudent();
		await startLesson(page);

		await page.getByRole('button', { name: `Next: ${second!.title}` }).click();
		await page.getByRole('heading', { level: 1, name: second!.title }).waitFor();
		await page.goBack();
		await page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
		await page.goForward();
		await page.getByRole('heading', { level: 1, name: second!.title }).waitFor();

		// Answer the part's first question, then reload: the same part, at the next question.
		const questions = page.getByRole('group', { name: /^Question \d+/ });
		const opening = questions.first();
		await opening.getByRole('radio').first().check();
		await opening.getByRole('button', { name: /^Check/ }).click();
		await opening.getByRole('status').filter({ hasText: /\S/ }).waitFor();
		await page.reload();
		await page.getByRole('heading', { level: 1, name: second!.title }).waitFor();
		const next = page.getByRole('group', { name: /^Question \d+/ }).nth(1);
		await expect
			.poll(() =>
				next.evaluate((card) => {
					const box = card.getBoundingClientRect();
					return scrollY > 0 && box.top >= -1 && box.top < innerHeight / 2;
				})
			)
			.toBe(true);

		// The part buttons move the same way, and the address says which part is on screen.
		await page.getByRole('button', { name: `Previous: ${first!.title}` }).click();
		await page.getByRole('heading', { level: 1, name: first!.title }).waitFor();
		expect(new URL(page.url()).searchParams.get('part')).toBe('1');
		expect(problems).toEqual([]);
	}, 60_000);
});
