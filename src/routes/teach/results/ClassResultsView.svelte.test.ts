import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { collectResults, type ResultsInput } from '$lib/lesson/class-results';
import { buildLesson, buildResult } from '../../../test-data/lessons';
import { lessonIdentity } from '$lib/lesson/lesson';
import type { LessonResult } from '$lib/lesson/lesson-result';
import { decodeResultsCode, encodeResultsCode } from '$lib/lesson/results-code';
import ClassResultsView from './ClassResultsView.svelte';
import type { ResultsQuestion } from './results-question';

// A whole class table in jsdom, on a machine shared with other work.
vi.setConfig({ testTimeout: 30_000 });

const lesson = buildLesson({ passMark: 60 });
const lessonId = lessonIdentity(lesson);

const questions: ResultsQuestion[] = [
	{
		id: 'back-at-the-table-who',
		readingId: 'back-at-the-table',
		skill: 'key-detail',
		type: 'single-choice',
		prompt: 'Which two leaders are back at the table?',
		difficulty: 1
	},
	{
		id: 'back-at-the-table-why',
		readingId: 'back-at-the-table',
		skill: 'main-idea',
		type: 'evidence',
		prompt: 'Why does the speaker think this matters?',
		difficulty: 3
	},
	{
		id: 'red-lines-ukraine-demand',
		readingId: 'red-lines',
		skill: 'inference',
		type: 'short-answer',
		prompt: 'What does Ukraine demand?',
		difficulty: 2
	}
];
const readings = [
	{ id: 'back-at-the-table', title: 'Back at the table' },
	{ id: 'red-lines', title: 'Red lines and politics at home' }
];

function code(overrides: Partial<LessonResult>): string {
	return encodeResultsCode(buildResult({ lessonId, ...overrides }));
}

const ana = code({
	studentName: 'Ana Lima',
	outcomes: ['right', 'partial', 'right'],
	score: 83,
	startedAt: '2025-03-11T09:00:00.000Z',
	finishedAt: '2025-03-11T09:20:00.000Z'
});
const anaEarlier = code({
	studentName: 'Ana Lima',
	outcomes: ['wrong', 'wrong', 'right'],
	score: 33,
	startedAt: '2025-03-10T09:00:00.000Z',
	finishedAt: '2025-03-10T09:15:00.000Z'
});
const ben = code({ studentName: 'Ben Okafor', outcomes: ['wrong', 'wrong', 'wrong'], score: 0 });
const cleo = code({ studentName: 'Cleo Park', outcomes: ['right', 'right', 'right'], score: 100 });
const otherLesson = encodeResultsCode(buildResult({ lessonId: 'ZZZZZZZZ', studentName: 'Dan Wu' }));
const garbled = 'CR1-7HQ2M-XXXXX-ABCDE-12345';

function show(handIns: ResultsInput[], choices: ReadonlyMap<string, string> = new Map()) {
	const onhandin = vi.fn<(input: ResultsInput) => void>();
	const onchoose = vi.fn<(studentKey: string, submissionId: string) => void>();
	render(ClassResultsView, { lesson, questions, readings, handIns, onhandin, onchoose, choices });
	return { onhandin, onchoose };
}

/** The student named in each body row of the class table, top to bottom. */
function studentsInTable(): string[] {
	const table = screen.getByRole('table');
	return within(table)
		.getAllByRole('rowheader')
		.map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
}

/** A row's cells as a person reads them: under each column's heading. */
function rowOf(name: RegExp): Record<string, string> {
	const table = screen.getByRole('table');
	const headings = within(table)
		.getAllByRole('columnheader')
		.map((cell) => cell.textContent!.replace(/[↑↓]/g, '').trim());
	const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
	const cells = [...row.querySelectorAll('th, td')].map((cell) =>
		cell.textContent!.replace(/\s+/g, ' ').trim()
	);
	return Object.fromEntries(headings.map((heading, index) => [heading, cells[index]!]));
}

describe('ClassResultsView', () => {
	it("shows each student's row with their score and whether they passed", () => {
		show([{ source: 'Pasted text', text: [ben, cleo].join('\n') }]);

		expect(studentsInTable()).toEqual(['Ben Okafor', 'Cleo Park']);
		expect(rowOf(/Ben Okafor/)).toMatchObject({
			Q1: '✗ Wrong',
			Q3: '✗ Wrong',
			Score: '0%',
			Passed: 'No'
		});
		expect(rowOf(/Cleo Park/)).toMatchObject({ Q1: '✓ Right', Score: '100%', Passed: 'Yes' });
		expect(document.body).toHaveTextContent('2 students: 1 passed (pass mark 60%).');
	});

	it('counts the latest of two hand-ins by the same student and marks the earlier one', () => {
		show([
			{ source: 'Pasted text', text: ana },
			{ source: 'ana-first-try.txt', text: anaEarlier }
		]);

		expect(studentsInTable()).toEqual([
			'Ana Lima 2 hand-ins that differ: the latest counts, or choose one below',
			'Ana Lima other hand-in, not counted Count this one for Ana Lima'
		]);
		expect(rowOf(/the latest counts/)).toMatchObject({
			Score: '83%',
			Passed: 'Yes',
			Q2: '~ Partly right'
		});
		expect(rowOf(/not counted/)).toMatchObject({ Score: '33%', Passed: 'No' });
		expect(document.body).toHaveTextContent('2 results read for this lesson, from 1 student.');
		expect(document.body).toHaveTextContent('1 student: 1 passed');
	});

	it('flags a code for another lesson separately from the class', () => {
		show([{ source: 'Pasted text', text: `${cleo}\n${otherLesson}` }]);

		const flagged = screen.getByRole('region', { name: /For another lesson/ });
		expect(flagged).toHaveTextContent('Dan Wu');
		expect(flagged).toHaveTextContent('This code is for another lesson');
		expect(studentsInTable()).toEqual(['Cleo Park']);
	});

	it('lists a junk line as not read, with the reason', () => {
		const reason = decodeResultsCode(garbled);
		expect(reason.ok).toBe(false);
		show([{ source: 'Pasted text', text: `Cleo: ${cleo}\nBen: ${garbled}\nsee you tomorrow` }]);

		const rejected = screen.getByRole('region', { name: /Could not be read/ });
		const items = within(rejected).getAllByRole('listitem');
		expect(items).toHaveLength(1);
		expect(items[0]).toHaveTextContent(garbled);
		expect(items[0]).toHaveTextContent(!reason.ok ? reason.reason : '');
	});

	it('sorts by score from the keyboard, and says so with aria-sort', async () => {
		const user = userEvent.setup();
		show([{ source: 'Pasted text', text: [cleo, ana, ben].join('\n') }]);
		expect(studentsInTable()).toEqual(['Ana Lima', 'Ben Okafor', 'Cleo Park']);
		expect(screen.getByRole('columnheader', { name: 'Student' })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);

		screen.getByRole('button', { name: 'Score' }).focus();
		await user.keyboard('{Enter}');

		const score = screen.getByRole('columnheader', { name: 'Score' });
		expect(score).toHaveAttribute('aria-sort', 'ascending');
		expect(screen.getByRole('columnheader', { name: 'Student' })).not.toHaveAttribute('aria-sort');
		expect(studentsInTable()).toEqual(['Ben Okafor', 'Ana Lima', 'Cleo Park']);

		await user.keyboard(' ');
		expect(score).toHaveAttribute('aria-sort', 'descending');
		expect(studentsInTable()).toEqual(['Cleo Park', 'Ana Lima', 'Ben Okafor']);
	});

	it('announces the new order when the table is sorted', async () => {
		const user = userEvent.setup();
		show([{ source: 'Pasted text', text: [cleo, ana, ben].join('\n') }]);
		const status = screen
			.getAllByRole('status')
			.find((element) => element.closest('section[aria-labelledby="class-heading"]'))!;
		expect(status).toHaveTextContent('');

		await user.click(screen.getByRole('button', { name: 'Score' }));
		await user.click(screen.getByRole('button', { name: /Score/ }));
		expect(status).toHaveTextContent('Sorted by score, highest first');

		await user.click(screen.getByRole('button', { name: /Student/ }));
		expect(status).toHaveTextContent('Sorted by student, A to Z');
	});

	it('names each question column by number, with its prompt as the description', () => {
		show([{ source: 'Pasted text', text: cleo }]);

		const first = screen.getByRole('button', { name: 'Q1' });
		expect(first).toHaveAccessibleDescription('Which two leaders are back at the table?');
		expect(screen.getByRole('link', { name: 'What does Ukraine demand?' })).toHaveAttribute(
			'href',
			expect.stringMatching(/\/read\/red-lines\/#question-red-lines-ukraine-demand$/)
		);
	});

	it('hands in pasted codes and says what was read from them', async () => {
		const user = userEvent.setup();
		const { onhandin } = show([]);
		expect(screen.getByText('Nothing has been handed in for this lesson yet.')).toBeInTheDocument();

		await user.type(screen.getByLabelText('Paste results codes'), `${ana}\nhello`);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));

		// Only the code is kept, not the chatter around it.
		expect(onhandin).toHaveBeenCalledWith({
			source: expect.stringMatching(/^Pasted text/),
			text: ana,
			addedAt: expect.any(String)
		});
		expect(screen.getByRole('status')).toHaveTextContent('1 result added');
		expect(screen.getByLabelText('Paste results codes')).toHaveValue('');
	});

	it('keeps nothing of a file with no results in it, and says why', async () => {
		const user = userEvent.setup();
		const { onhandin } = show([]);
		const file = new File(['{"format":"something-else"}'], 'ana.json', {
			type: 'application/json'
		});

		await user.upload(screen.getByLabelText('Add results files'), file);

		await vi.waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(
				'ana.json: nothing added. This is not a Close Read results file.'
			)
		);
		expect(onhandin).not.toHaveBeenCalled();
	});

	it('refuses a 50 MB file by its size, without reading it', async () => {
		const user = userEvent.setup();
		const { onhandin } = show([]);
		const huge = new File(['{}'], 'huge.json', { type: 'application/json' });
		// The size a 50 MB file reports, without making 50 MB; reading it would fail the test.
		Object.defineProperty(huge, 'size', { value: 50_000_000 });
		const text = vi.spyOn(huge, 'text');

		await user.upload(screen.getByLabelText('Add results files'), huge);

		expect(await screen.findByRole('alert')).toHaveTextContent(
			'huge.json: not read. At 50 MB it is far too large to be a Close Read results file'
		);
		expect(text).not.toHaveBeenCalled();
		expect(onhandin).not.toHaveBeenCalled();
	});

	it('refuses a paste of more codes than the page takes at once, with a clear message', async () => {
		const user = userEvent.setup();
		const { onhandin } = show([]);
		const many = Array.from({ length: 1001 }, () => cleo).join('\n');

		const box = screen.getByLabelText('Paste results codes');
		await user.click(box);
		await user.paste(many);
		await user.click(screen.getByRole('button', { name: 'Add codes' }));

		expect(screen.getByRole('status')).toHaveTextContent(
			'nothing added. This holds more than 1,000 results codes'
		);
		expect(onhandin).not.toHaveBeenCalled();
	});

	it('does not let a later code with a finish time in 2250 replace a real hand-in', () => {
		const forged = code({
			studentName: 'Ana Lima',
			outcomes: ['right', 'right', 'right'],
			score: 100,
			startedAt: '2250-01-01T09:00:00.000Z',
			finishedAt: '2250-01-01T09:05:00.000Z'
		});
		show([
			{ source: 'Pasted text', text: anaEarlier, addedAt: '2025-03-12T08:00:00.000Z' },
			{ source: 'Pasted text', text: forged, addedAt: '2025-03-12T09:00:00.000Z' }
		]);

		expect(rowOf(/the latest counts/)).toMatchObject({ Score: '33%', Passed: 'No' });
		expect(screen.getByRole('rowheader', { name: /not counted/ })).toHaveTextContent(
			'It says it was finished in the future'
		);
	});

	it('works the score out from the answers when the code claims more', () => {
		const allWrong = code({
			studentName: 'Ben Okafor',
			outcomes: ['wrong', 'wrong', 'wrong'],
			score: 100
		});
		show([{ source: 'Pasted text', text: allWrong }]);

		expect(rowOf(/Ben Okafor/)).toMatchObject({ Score: '0%', Passed: 'No' });
		expect(screen.getByRole('rowheader', { name: /Ben Okafor/ })).toHaveTextContent(
			'The code claims 100%, which its answers cannot give'
		);
	});

	it("lets the teacher choose which of a student's hand-ins counts", async () => {
		const user = userEvent.setup();
		const { onchoose } = show([
			{ source: 'Pasted text', text: ana },
			{ source: 'ana-first-try.txt', text: anaEarlier }
		]);

		await user.click(screen.getByRole('button', { name: 'Count this one for Ana Lima' }));
		expect(onchoose).toHaveBeenCalledWith('analima', expect.any(String));
	});

	it('counts the hand-in the teacher chose, and says so', () => {
		const earlierId = collectResults([{ source: 'x', text: anaEarlier }], lesson, [])
			.submissions[0]!.id;
		show(
			[
				{ source: 'Pasted text', text: ana },
				{ source: 'ana-first-try.txt', text: anaEarlier }
			],
			new Map([['analima', earlierId]])
		);

		expect(rowOf(/chosen by you/)).toMatchObject({ Score: '33%' });
		expect(
			screen.getByRole('button', { name: 'Count the latest again for Ana Lima' })
		).toBeInTheDocument();
	});

	it('shows two names that look alike but are written differently', () => {
		const latin = code({
			studentName: 'Ana Lima',
			outcomes: ['right', 'right', 'right'],
			score: 100
		});
		const cyrillic = code({
			studentName: 'Аna Lima',
			outcomes: ['wrong', 'wrong', 'wrong'],
			score: 0
		});
		show([{ source: 'Pasted text', text: `${latin}\n${cyrillic}` }]);

		const rows = screen.getAllByRole('rowheader');
		expect(rows).toHaveLength(2);
		expect(rows.map((row) => row.textContent)).toEqual([
			expect.stringContaining('Looks like “Аna Lima” but is written differently'),
			expect.stringContaining('(has U+0410)')
		]);
	});
});
