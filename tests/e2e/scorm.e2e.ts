/**
 * A lesson as a SCORM package in an LMS: the package is made by `npm run export`, unpacked under
 * an LMS-like path, and opened in a frame of a page that provides the SCORM API with scorm-again
 * (the run-time library LMS developers use). The student takes half the lesson, leaves, comes
 * back, finishes; the test reads what the LMS received.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { readContentFiles } from '../../scripts/content-files';
import { startServer } from '../../scripts/serve';
import { loadBank } from '../../src/lib/server/load';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import type { ScormVersion } from '../../src/lib/lesson/scorm/interactions';
import { decodeLessonState } from '../../src/lib/lesson/scorm/suspend-data';
import { siteUrl, useBrowser, type Page } from './site';

const { newStudent } = useBrowser();
const { bank } = loadBank(readContentFiles());

const QUESTION_IDS = [
	'back-at-the-table-who-is-talking',
	'back-at-the-table-sure-of-peace',
	'a-glimmer-of-hope-main-point'
];
const questions = QUESTION_IDS.map((id) => {
	const question = bank.questions.find((candidate) => candidate.id === id);
	if (!question) {
		throw new Error(`The bank no longer has ${id}; choose another question for this test.`);
	}
	return question;
});
const LESSON_CODE = encodeLesson({
	title: 'Week 3 in the LMS',
	instructions: 'Read, then answer.',
	readingIds: ['back-at-the-table', 'a-glimmer-of-hope'],
	questionIds: QUESTION_IDS,
	dueDate: null,
	passMark: 60,
	attemptsPerQuestion: 1,
	feedback: 'immediate',
	shuffleChoices: false,
	wholeArticle: false
});

/** An LMS's page: the SCORM API on its window, the package in its frame. */
const LMS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS</title><link rel="icon" href="data:,">
<script src="scorm12.min.js"></script><script src="scorm2004.min.js"></script>
<script>
const version = new URLSearchParams(location.search).get('version');
const settings = { logLevel: 5, autocommit: false, lmsCommitUrl: false };
window.launch = (saved) => {
	const api = version === 'scorm12' ? new Scorm12API(settings) : new Scorm2004API(settings);
	api.loadFromJSON(saved);
	window[version === 'scorm12' ? 'API' : 'API_1484_11'] = api;
	document.querySelector('iframe').src = 'content/course-7/' + version + '/lesson/index.html';
};
window.lmsApi = () => window[version === 'scorm12' ? 'API' : 'API_1484_11'];
window.received = () => JSON.parse(JSON.stringify(window.lmsApi().cmi));
window.leave = () => { document.querySelector('iframe').src = 'about:blank'; };
</script></head>
<body><h1>Course 7</h1><iframe title="Lesson" style="width:100%;height:90vh"></iframe></body></html>`;

let lms: string;
let server: Server;
let lmsUrl: string;

beforeAll(() => {
	lms = mkdtempSync(join(tmpdir(), 'close-read-lms-'));
	for (const version of ['scorm12', 'scorm2004'] as const) {
		const zip = join(lms, `${version}.zip`);
		execFileSync(
			process.execPath,
			[
				'node_modules/tsx/dist/cli.mjs',
				'scripts/export.ts',
				'--format',
				version,
				'--lesson',
				`https://school.example/close-read/lesson/#${LESSON_CODE}`,
				'--out',
				zip
			],
			{ stdio: 'pipe' }
		);
		const files = unzipSync(new Uint8Array(readFileSync(zip)));
		for (const [path, content] of Object.entries(files)) {
			const target = join(lms, 'content', 'course-7', version, path);
			mkdirSync(join(target, '..'), { recursive: true });
			writeFileSync(target, content);
		}
		copyFileSync(`node_modules/scorm-again/dist/${version}.min.js`, join(lms, `${version}.min.js`));
	}
	writeFileSync(join(lms, 'index.html'), LMS_PAGE);
	return startServer({ root: lms, port: 0, frameAncestors: "'self'" }).then((started) => {
		server = started.server;
		lmsUrl = started.url;
	});
}, 120_000);

afterAll(() => {
	server?.close();
	rmSync(lms, { recursive: true, force: true });
});

const NAME = {
	scorm12: { core: { student_name: 'Lima, Ana' } },
	scorm2004: { learner_name: 'Lima, Ana' }
};

/**
 * The LMS's data model as scorm-again serialises it; the test reads it loosely, as the LMS's
 * report would.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Cmi = Record<string, any>;

async function received(page: Page): Promise<Cmi> {
	return page.evaluate(() => (window as unknown as { received: () => Cmi }).received());
}

async function launch(page: Page, saved: unknown) {
	await page.evaluate(
		(data) => (window as unknown as { launch: (d: unknown) => void }).launch(data),
		saved
	);
	return page.frameLocator('iframe');
}

async function leave(page: Page) {
	await page.evaluate(() => (window as unknown as { leave: () => void }).leave());
	await page.waitForFunction(() =>
		(window as unknown as { lmsApi: () => { isTerminated: () => boolean } }).lmsApi().isTerminated()
	);
}

/** What an LMS keeps from a session and gives the next one, as the standards say. */
function relaunchData(version: ScormVersion, cmi: Cmi) {
	if (version === 'scorm12') {
		return {
			core: {
				student_name: cmi.core.student_name,
				entry: cmi.core.exit === 'suspend' ? 'resume' : '',
				lesson_status: cmi.core.lesson_status,
				score: cmi.core.score
			},
			suspend_data: cmi.suspend_data,
			interactions: cmi.interactions
		};
	}
	return {
		learner_name: cmi.learner_name,
		entry: cmi.exit === 'suspend' ? 'resume' : '',
		completion_status: cmi.completion_status,
		success_status: cmi.success_status,
		score: cmi.score,
		suspend_data: cmi.suspend_data,
		interactions: cmi.interactions
	};
}

describe.each(['scorm12', 'scorm2004'] as const)('a %s package in an LMS', (version) => {
	const wrong = version === 'scorm12' ? 'wrong' : 'incorrect';

	it('reports every answer, resumes where the student left, and hands in score and status', async () => {
		const { page, problems } = await newStudent({ baseURL: lmsUrl });
		await page.goto(`${lmsUrl}?version=${version}`);
		let lesson = await launch(page, NAME[version]);

		// The LMS gave the name: nothing to type.
		await lesson.getByText('You are taking this lesson as Ana Lima.').waitFor();
		await lesson.getByRole('button', { name: 'Start the lesson' }).click();
		const first = lesson.getByRole('group', { name: /^Question 1/ });
		await first.getByRole('radio', { name: 'Vladimir Putin and Emmanuel Macron' }).check();
		await first.getByRole('button', { name: 'Check' }).click();
		await first.getByText('Right.').waitFor();
		const second = lesson.getByRole('group', { name: /^Question 2/ });
		await second.getByRole('radio').nth(2).check();
		await second.getByRole('button', { name: 'Check' }).click();
		await second.getByText('Not quite.').waitFor();
		await lesson.getByRole('button', { name: /^Next: A glimmer of hope/ }).click();
		await lesson.getByRole('heading', { level: 1, name: 'A glimmer of hope' }).waitFor();

		// Leaving halfway: the LMS has the score so far, an unfinished lesson and the state.
		await leave(page);
		let cmi = await received(page);
		const interaction = (index: number, response: string, result: string, pattern: string) => ({
			id: QUESTION_IDS[index],
			type: 'choice',
			[version === 'scorm12' ? 'student_response' : 'learner_response']: response,
			result,
			weighting: '1',
			correct_responses: { '0': { pattern } }
		});
		const firstTwo = [interaction(0, 'a', 'correct', 'a'), interaction(1, 'c', wrong, 'b')];
		if (version === 'scorm12') {
			expect(cmi.core.score).toEqual({ raw: '33', min: '0', max: '100' });
			expect(cmi.core.lesson_status).toBe('incomplete');
			expect(cmi.core.exit).toBe('suspend');
			expect(cmi.core.session_time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
		} else {
			expect(cmi.score).toEqual({ raw: '33', min: '0', max: '100', scaled: '0.33' });
			expect(cmi.completion_status).toBe('incomplete');
			expect(cmi.success_status).toBe('unknown');
			expect(cmi.exit).toBe('suspend');
			expect(cmi.session_time).toMatch(/^PT\d+H\d+M\d+S$/);
		}
		expect(Object.values(cmi.interactions)).toMatchObject(firstTwo);
		expect(cmi.suspend_data).toMatch(/^c1\|[0-9a-z]+\|\|1\|10\|1n\|$/);
		expect(decodeLessonState(cmi.suspend_data, questions)).toMatchObject({
			finishedAt: null,
			part: 1,
			questions: [
				{ tries: 1, first: { type: 'single-choice', choice: 0 }, latest: null },
				{ tries: 1, first: { type: 'true-false-not-stated', verdict: 'not-stated' }, latest: null },
				null
			]
		});

		// Back in the LMS: the lesson opens where the student was, their answers kept.
		lesson = await launch(page, relaunchData(version, cmi));
		await lesson.getByRole('heading', { level: 1, name: 'A glimmer of hope' }).waitFor();
		await lesson.getByText('2 of 3 questions answered').waitFor();
		const third = lesson.getByRole('group', { name: /^Question 3/ });
		const key = questions[2];
		if (key?.type !== 'single-choice') {
			throw new Error('The third question of this test must be single choice.');
		}
		// Options are shown in the student's own order: pick the key by its words.
		await third.getByRole('radio', { name: key.choices[key.answer], exact: true }).check();
		await third.getByRole('button', { name: 'Check' }).click();
		await third.getByText('Right.').waitFor();
		await lesson.getByRole('button', { name: 'Finish the lesson' }).click();
		await lesson.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
		await leave(page);

		cmi = await received(page);
		if (version === 'scorm12') {
			expect(cmi.core.score).toEqual({ raw: '67', min: '0', max: '100' });
			expect(cmi.core.lesson_status).toBe('passed');
			expect(cmi.core.exit).toBe('');
		} else {
			expect(cmi.score).toEqual({ raw: '67', min: '0', max: '100', scaled: '0.67' });
			expect(cmi.completion_status).toBe('completed');
			expect(cmi.success_status).toBe('passed');
			expect(cmi.exit).toBe('normal');
		}
		// One interaction per question, each sent once, across both visits.
		expect(Object.values(cmi.interactions)).toMatchObject([
			...firstTwo,
			interaction(2, 'a', 'correct', 'a')
		]);
		expect(Object.keys(cmi.interactions)).toHaveLength(3);
		expect(cmi.suspend_data).toMatch(/^c1\|[0-9a-z]+\|[0-9a-z]+\|1\|10\|1n\|10$/);
		expect(problems).toEqual([]);
	}, 90_000);
});

describe('a package opened without an LMS', () => {
	it('says so plainly and still works as a lesson with a results code', async () => {
		const { page } = await newStudent({ baseURL: lmsUrl });
		await page.goto(`${lmsUrl}content/course-7/scorm2004/lesson/index.html`);
		await page.getByText(/^No LMS found/).waitFor();
		await page.getByLabel('Your name, as your teacher knows you').fill('Ana Lima');
		await page.getByRole('button', { name: 'Start the lesson' }).click();
		await page.getByRole('button', { name: /^Next:/ }).click();
		await page.getByRole('button', { name: 'Finish the lesson' }).click();
		await page.getByRole('button', { name: 'Finish anyway' }).click();
		await page.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
		expect(await page.getByText('If this message stays').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Copy the code' }).isVisible()).toBe(true);
	});
});

describe('the SCORM buttons in /teach/', () => {
	it('download a package of the lesson, made in the browser from the site’s own files', async () => {
		const { page, problems } = await newStudent({ baseURL: siteUrl(), acceptDownloads: true });
		const reading = bank.readings[0];
		await page.goto('/teach/');
		await page.getByLabel('Title').fill('Week 3 in the LMS');
		await page.getByLabel('Pass mark (out of 100)').fill('70');
		await page
			.locator('summary', { hasText: reading?.title ?? '' })
			.first()
			.click();
		await page.getByRole('checkbox', { name: `Every question of “${reading?.title}”` }).check();
		await page.getByRole('button', { name: 'Create the lesson link' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SCORM 2004 package' }).click()
		]);
		expect(download.suggestedFilename()).toBe('week-3-in-the-lms-scorm2004.zip');
		const saved = join(lms, download.suggestedFilename());
		await download.saveAs(saved);
		const files = unzipSync(new Uint8Array(readFileSync(saved)));
		const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
		expect(manifest).toContain('<title>Week 3 in the LMS</title>');
		expect(manifest).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
		const page0 = new TextDecoder().decode(files['lesson/index.html']);
		expect(page0).toMatch(/<html lang="en" data-lms="scorm2004" data-lesson="v1\.[^"]+">/);
		// Everything the page loads came along: the same set the command line packs.
		expect(Object.keys(files).filter((path) => path.startsWith('_app/')).length).toBeGreaterThan(
			20
		);
		expect(Object.keys(files).some((path) => path.endsWith('.woff2'))).toBe(true);
		await page.getByText(/SCORM 2004 package: downloaded/).waitFor();
		expect(problems).toEqual([]);
	});
});
