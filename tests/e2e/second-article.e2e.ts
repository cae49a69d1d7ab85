/**
 * Proves that adding an article is only adding a folder: a build with a tiny fixture article
 * (src/test-data/content, added through CLOSE_READ_CONTENT by `npm run build:second-article`)
 * shows it on every page, and the real article keeps its own check, lessons and export. The
 * fixture's folder sorts first on purpose: sort order must not hand it anything of the other's.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve';
import type { Lesson } from '../../src/lib/lesson/lesson';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import { useBrowser } from './site';

const ROOT = 'build-second-article';
const FIXTURE = 'Water Returns to the Hillside Allotments';
const REAL = /Putin/;

const { newStudent } = useBrowser();
let server: Awaited<ReturnType<typeof startServer>>['server'];
let baseURL = '';

beforeAll(async () => {
	if (!existsSync(`${ROOT}/index.html`)) {
		throw new Error(
			`No build with the fixture article in ${ROOT}/. Run "npm run build:second-article" first.`
		);
	}
	({ server, url: baseURL } = await startServer({ root: ROOT, port: 0 }));
});

afterAll(() => {
	server.close();
});

function lessonLink(questionIds: string[], wholeArticle: boolean): string {
	const lesson: Lesson = {
		title: 'Two articles',
		instructions: 'Answer each question.',
		readingIds: [],
		questionIds,
		questions: [],
		dueDate: null,
		passMark: 60,
		attemptsPerQuestion: 2,
		feedback: 'immediate',
		shuffleChoices: false,
		wholeArticle
	};
	return `/lesson/#${encodeLesson(lesson)}`;
}

describe('a build with a second, tiny article', () => {
	it('lists both articles on the home page, each with its readings, check and unique ids', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto('/');
		const fixture = page.getByRole('region', { name: FIXTURE });
		const real = page.getByRole('region', { name: REAL });
		expect(await fixture.getByRole('link', { name: /Water returns/ }).isVisible()).toBe(true);
		expect(await fixture.getByRole('link', { name: /What comes next/ }).isVisible()).toBe(true);
		expect(await real.getByRole('link', { name: /Back at the table/ }).isVisible()).toBe(true);
		expect(
			await fixture.getByRole('link', { name: 'Whole-article check' }).getAttribute('href')
		).toMatch(/\/check\/allotment-water\/?$/);
		expect(
			await real.getByRole('link', { name: 'Whole-article check' }).getAttribute('href')
		).toMatch(/\/check\/putin-macron-talks\/?$/);
		const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		expect(problems).toEqual([]);
	});

	it('reads and answers the fixture reading, and shows it on the progress page', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto('/read/water-returns/');
		await page.getByRole('heading', { level: 1, name: 'Water returns' }).waitFor();
		const question = page.getByRole('group', { name: /^Question 1/ });
		await question.getByRole('radio', { name: 'Five months' }).check();
		await question.getByRole('button', { name: 'Check' }).click();
		await expect.poll(() => question.getByRole('status').textContent()).toMatch(/Right\./);

		await page.goto('/progress/');
		const row = page.getByRole('row', { name: /Water returns/ });
		await row.waitFor();
		expect(await row.getByRole('cell').first().textContent()).toBe('1 of 2');
		expect(await page.getByRole('row', { name: /Back at the table/ }).isVisible()).toBe(true);
		expect(await page.getByText(/Whole-article check of “Water Returns/).isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('gives each article its own whole-article check', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto('/check/allotment-water/');
		expect(await page.getByText('What is the article mainly about?').count()).toBe(1);
		expect(
			await page
				.getByText(/hillside allotments in Northmoor/)
				.first()
				.isVisible()
		).toBe(true);
		await page.goto('/check/putin-macron-talks/');
		expect(
			await page
				.getByText(/Vladimir Putin and Emmanuel Macron/)
				.first()
				.isVisible()
		).toBe(true);
		expect(await page.getByText(/hillside allotments/).count()).toBe(0);
		await page.goto('/check/');
		expect(await page.getByRole('link', { name: FIXTURE }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: REAL }).isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('lists the fixture terms in the glossary beside the real ones', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto('/glossary/');
		expect(await page.locator('dt', { hasText: /^standpipe\b/ }).isVisible()).toBe(true);
		expect(await page.locator('dt', { hasText: /^sovereignty\b/ }).isVisible()).toBe(true);
		expect(problems).toEqual([]);
	});

	it('offers the fixture reading and questions to the teacher', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto('/teach/');
		expect(
			await page
				.getByText(/Water returns/)
				.first()
				.isVisible()
		).toBe(true);
		expect(
			await page
				.getByText(/Back at the table/)
				.first()
				.isVisible()
		).toBe(true);
		const banks = (await (
			await page.request.get(new URL('/teach/bank.json', baseURL).href)
		).json()) as {
			articles: { article: { id: string } }[];
		};
		expect(banks.articles.map((bank) => bank.article.id).sort()).toEqual([
			'allotment-water',
			'putin-macron-talks'
		]);
		expect(problems).toEqual([]);
	});

	it('shows each whole-article lesson question beside its own article', async () => {
		const { page, problems } = await newStudent({ baseURL });
		await page.goto(lessonLink(['article-check-main-topic', 'allotment-water-main-idea'], true));
		await page.getByLabel(/Your name/).fill('Ana Lima');
		await page.getByRole('button', { name: 'Start the lesson' }).click();
		const passage = page.getByRole('region', { name: 'The whole article' });
		await expect.poll(() => passage.textContent()).toMatch(/Vladimir Putin/);
		expect(await passage.textContent()).not.toMatch(/allotments/);
		await page.getByRole('button', { name: /^Next: / }).click();
		await expect.poll(() => passage.textContent()).toMatch(/hillside allotments/);
		expect(problems).toEqual([]);
	});
});
