/**
 * A teacher makes a lesson their own: sees a bank question whole, edits one, adds one question
 * of each of the eight types (evidence picked by selecting words of the reading with the
 * keyboard), is stopped by a problem shown next to its field, fixes it and makes the link; a
 * student in a fresh browser gets the edited and the added questions, answers one wrong and
 * hands in the code, and the teacher sees that answer on the class page.
 */
import { describe, expect, it } from 'vitest';
import { loadBank } from '../../src/lib/server/load';
import { readContentFiles } from '../../scripts/content-files';
import { useBrowser, type Page } from './site';

const { bank } = loadBank(readContentFiles());
const { newStudent } = useBrowser();
const reading = bank.readings[0]!;
const sentence = (start: string) => reading.sentences.find((each) => each.startsWith(start))!;

const EXPLANATION =
	'The reading says so in these words, and the other answers misread what it says about the talks.';

/** The question form, not the student's preview beside it. */
const editorOf = (page: Page) => page.getByRole('form', { name: /^(A new question|Edit)/ });

/** Selects words in the reading's passage with the keyboard, then uses them as evidence. */
async function pickEvidence(page: Page, words: string) {
	const passage = editorOf(page).getByRole('textbox', { name: /select the words of the reading/ });
	const text = await passage.inputValue();
	const start = text.indexOf(words);
	expect(start).toBeGreaterThanOrEqual(0);
	// The caret is put where the words start, as a click there would, then Shift and the arrow
	// keys select them one character at a time, as a keyboard user would.
	await passage.focus();
	await passage.evaluate(
		(box, at) => (box as HTMLTextAreaElement).setSelectionRange(at, at),
		start
	);
	for (let step = 0; step < words.length; step++) {
		await page.keyboard.press('Shift+ArrowRight');
	}
	const selected = await passage.evaluate((box) => {
		const area = box as HTMLTextAreaElement;
		return area.value.slice(area.selectionStart, area.selectionEnd);
	});
	expect(selected).toBe(words);
	await editorOf(page).getByRole('button', { name: 'Use selected words as evidence' }).click();
	await editorOf(page).getByRole('status').filter({ hasText: words }).waitFor();
}

/** Fills a list of the form (options, items, ...) with exactly these values. */
async function fillList(page: Page, item: string, values: string[]) {
	const editor = editorOf(page);
	for (const [index, value] of values.entries()) {
		const field = editor.getByRole('textbox', { name: `${item} ${index + 1}`, exact: true });
		if ((await field.count()) === 0) {
			await editor.getByRole('button', { name: `Add ${item.toLowerCase()}`, exact: true }).click();
		}
		await field.fill(value);
	}
	const extra = editor.getByRole('button', {
		name: `Remove ${item.toLowerCase()} ${values.length + 1}`,
		exact: true
	});
	while ((await extra.count()) > 0) {
		await extra.click();
	}
}

async function addQuestion(page: Page, type: string) {
	await page.locator(`#add-type-${reading.id}`).selectOption({ label: type });
	await page.getByRole('button', { name: `Add a question to “${reading.title}”` }).click();
	await page.getByRole('heading', { level: 2, name: /^A new question/ }).waitFor();
}

async function fillCommon(page: Page, prompt: string, evidence: string) {
	await editorOf(page)
		.getByRole('textbox', { name: /^(Question|Statement)/ })
		.fill(prompt);
	await pickEvidence(page, evidence);
	await editorOf(page)
		.getByRole('textbox', { name: /^Explanation/ })
		.fill(EXPLANATION);
}

async function save(page: Page) {
	await page.getByRole('button', { name: 'Save the question' }).click();
	await page.getByRole('heading', { level: 2, name: 'A new lesson' }).waitFor();
}

describe('the question editor', () => {
	it(
		'edits a bank question and adds one of each type; a student answers, and the teacher sees it',
		{ timeout: 400_000 },
		async () => {
			const teacher = await newStudent({ permissions: ['clipboard-read', 'clipboard-write'] });
			const page = teacher.page;
			await page.goto('/teach/');
			await page.getByLabel('Title').fill('Our own questions');
			await page.locator('summary', { hasText: reading.title }).first().click();

			// A bank question, seen whole: its options and which one is right.
			const bankQuestion = bank.questions.find(
				(question) => question.readingId === reading.id && question.type === 'single-choice'
			)!;
			const item = page.getByRole('listitem', { name: bankQuestion.prompt });
			await item.locator('summary', { hasText: 'The whole question' }).click();
			await expect
				.poll(() => item.getByText('✓ right').locator('..').textContent())
				.toContain('Vladimir Putin and Emmanuel Macron');
			await expect.poll(() => item.textContent()).toContain(bankQuestion.explanation);

			// Edited: the copy takes the bank question's place.
			await item.getByRole('button', { name: /^Edit a copy of/ }).click();
			await page
				.getByRole('heading', { level: 2, name: 'Edit a copy of a bank question' })
				.waitFor();
			await editorOf(page)
				.getByRole('textbox', { name: 'Question', exact: true })
				.fill('Which two leaders are talking again?');
			await page.getByRole('button', { name: 'Save the question' }).click();
			const edited = page.getByRole('listitem', { name: 'Which two leaders are talking again?' });
			await edited.getByText('Edited by you').waitFor();
			// The lesson being built survives a reload, the teacher's questions with it.
			await page.reload();
			await page.getByRole('button', { name: 'Start afresh' }).waitFor();
			expect(await page.getByLabel('Title').inputValue()).toBe('Our own questions');
			await page.locator('summary', { hasText: reading.title }).first().click();
			await edited.getByText('Edited by you').waitFor();
			expect(await page.getByRole('listitem', { name: bankQuestion.prompt }).count()).toBe(0);

			// Single choice, first with a key that gives itself away by its length.
			await addQuestion(page, 'Single choice');
			await fillCommon(
				page,
				'How long had the two leaders gone without talking?',
				'three whole years'
			);
			await fillList(page, 'Option', [
				'For three whole years, the reading says, with no talks at all between them',
				'Three months',
				'Two years',
				'Ten years'
			]);
			await editorOf(page).getByRole('radio', { name: 'Option 1 is the right answer' }).check();
			await page.getByRole('button', { name: 'Save the question' }).click();
			const summary = page.getByRole('region', { name: 'The question cannot be saved yet' });
			await expect.poll(() => summary.evaluate((box) => box === document.activeElement)).toBe(true);
			const problemLink = summary.getByRole('link').first();
			expect(await problemLink.textContent()).toMatch(/^Options?/);
			await problemLink.click();
			const optionOne = editorOf(page).getByRole('textbox', { name: 'Option 1', exact: true });
			expect(await optionOne.evaluate((field) => field === document.activeElement)).toBe(true);
			expect(await optionOne.getAttribute('aria-invalid')).toBe('true');
			await fillList(page, 'Option', ['Three years', 'Three months', 'Two years', 'Ten years']);
			// The preview shows the question as a student gets it.
			const preview = page.getByRole('region', { name: 'What a student sees' });
			await preview.getByRole('group', { name: /How long had the two leaders/ }).waitFor();
			await save(page);

			// True / false / not stated, with evidence first changed so it is not in the text.
			await addQuestion(page, 'True / false / not stated');
			await fillCommon(
				page,
				'The two leaders had been talking often before this news.',
				'After a prolonged silence'
			);
			await editorOf(page)
				.getByRole('radio', { name: /^False/ })
				.check();
			const quote = editorOf(page).getByRole('textbox', { name: 'Evidence 1', exact: true });
			await quote.fill('After a long silence');
			await quote.blur();
			expect(await quote.getAttribute('aria-invalid')).toBe('true');
			const description = await quote.evaluate((field) =>
				(field.getAttribute('aria-describedby') ?? '')
					.split(' ')
					.map((id) => document.getElementById(id)?.textContent ?? '')
					.join(' ')
			);
			expect(description).toMatch(/word for word/);
			await page.getByRole('button', { name: 'Remove evidence 1' }).click();
			await pickEvidence(page, 'After a prolonged silence');
			await save(page);

			await addQuestion(page, 'Multiple select');
			await fillCommon(
				page,
				'Which words does the speaker use about the war? Select all that apply.',
				'bring this brutal conflict to a close'
			);
			await fillList(page, 'Option', [
				'brutal conflict',
				'torn apart by war',
				'a short border dispute',
				'a peaceful contest'
			]);
			await editorOf(page).getByRole('checkbox', { name: 'Option 1 is right' }).check();
			await editorOf(page).getByRole('checkbox', { name: 'Option 2 is right' }).check();
			await save(page);

			await addQuestion(page, 'Short answer');
			await fillCommon(
				page,
				'Which word names a lowering of tension that falls short of peace?',
				'or at least a serious de-escalation'
			);
			await fillList(page, 'Accepted answer', ['de-escalation', 'deescalation']);
			await save(page);

			await addQuestion(page, 'Fill in the blanks');
			await fillCommon(
				page,
				'Fill in the missing word.',
				'these two world leaders are back in touch'
			);
			await editorOf(page)
				.getByRole('textbox', { name: /^Sentence with gaps/ })
				.fill('After a prolonged [silence], these two world leaders are back in touch');
			await save(page);

			await addQuestion(page, 'Ordering');
			await fillCommon(page, 'Put these in the order the speaker says them.', 'Hey guys');
			await fillList(page, 'Item', [
				'Hey guys',
				'Yeah, you heard that right!',
				'torn apart by war'
			]);
			await save(page);

			await addQuestion(page, 'Matching');
			await fillCommon(page, 'Match each word to its meaning.', 'After a prolonged silence');
			const pairs = [
				['prolonged', 'lasting a long time'],
				['brutal', 'very cruel and violent'],
				['historic', 'important enough to be remembered']
			];
			for (const [index, [term, meaning]] of pairs.entries()) {
				const termField = editorOf(page).getByRole('textbox', {
					name: `Term ${index + 1}`,
					exact: true
				});
				if ((await termField.count()) === 0) {
					await page.getByRole('button', { name: 'Add pair', exact: true }).click();
				}
				await termField.fill(term!);
				await editorOf(page)
					.getByRole('textbox', { name: `Meaning ${index + 1}`, exact: true })
					.fill(meaning!);
			}
			await fillList(page, 'Spare meaning', ['happening by accident']);
			await save(page);

			const last = sentence('This isn');
			await addQuestion(page, 'Evidence');
			await editorOf(page)
				.getByRole('textbox', { name: 'Question', exact: true })
				.fill('Which sentence shows the speaker hopes the talks could lead to peace?');
			await pickEvidence(page, last);
			await editorOf(page)
				.getByRole('textbox', { name: /^Explanation/ })
				.fill(EXPLANATION);
			await save(page);

			expect(await page.getByText('Added by you').count()).toBe(8);
			await page.getByRole('button', { name: 'Create the lesson link' }).click();
			await page.getByRole('button', { name: 'Copy the link' }).click();
			await page.getByText('Link copied.').waitFor();
			const link = await page.evaluate(() => navigator.clipboard.readText());

			const student = await newStudent({ permissions: ['clipboard-read', 'clipboard-write'] });
			await student.page.goto(link);
			await student.page.getByRole('heading', { level: 1, name: 'Our own questions' }).waitFor();
			await student.page.getByLabel(/Your name/).fill('Ana Lima');
			await student.page.getByRole('button', { name: 'Start the lesson' }).click();
			const groups = student.page.getByRole('group', { name: /^Question \d+/ });
			await groups.first().waitFor();
			const names = await groups.evaluateAll((all) => all.map((group) => group.textContent ?? ''));
			const text = names.join('\n');
			for (const prompt of [
				'Which two leaders are talking again?',
				'How long had the two leaders gone without talking?',
				'The two leaders had been talking often before this news.',
				'Which words does the speaker use about the war?',
				'Which word names a lowering of tension',
				'Fill in the missing word.',
				'Put these in the order the speaker says them.',
				'Match each word to its meaning.',
				'Which sentence shows the speaker hopes'
			]) {
				expect(text).toContain(prompt);
			}
			expect(text).not.toContain(bankQuestion.prompt);

			// The student answers the teacher's true/false wrong, and hands in the code.
			const verdict = groups.filter({
				hasText: 'The two leaders had been talking often before this news.'
			});
			await verdict.getByRole('radio', { name: 'True', exact: true }).check();
			await verdict.getByRole('button', { name: /^Check/ }).click();
			await expect.poll(() => verdict.getByRole('status').textContent()).toMatch(/Not quite/);
			await student.page.getByRole('button', { name: 'Finish the lesson' }).click();
			await student.page.getByRole('button', { name: 'Finish anyway' }).click();
			await student.page.getByRole('heading', { level: 1, name: 'Lesson finished' }).waitFor();
			await student.page.getByRole('button', { name: 'Copy the code' }).click();
			await student.page.getByText('Copied.', { exact: false }).waitFor();
			const code = await student.page.evaluate(() => navigator.clipboard.readText());

			// The teacher's own lesson, the only one saved here, opens on the results page.
			await page.goto('/teach/results/');
			await page.getByLabel('Paste results codes').fill(code);
			await page.getByRole('button', { name: 'Add codes' }).click();
			await page.getByRole('row', { name: /Ana Lima/ }).waitFor();
			const answered = page
				.getByRole('region', { name: 'What each student answered' })
				.getByRole('listitem')
				.filter({
					has: page.getByRole('heading', {
						name: 'The two leaders had been talking often before this news.'
					})
				});
			expect(await answered.innerText()).toContain('1 student answered True');
			const own = await page
				.getByRole('region', { name: 'Your own questions in this lesson' })
				.innerText();
			expect(own).toContain(`edited from ${bankQuestion.id}: Which two leaders are talking again?`);
			expect(own).toContain(
				'added by the teacher: How long had the two leaders gone without talking?'
			);
			expect(teacher.problems).toEqual([]);
			expect(student.problems).toEqual([]);
		}
	);

	it('keeps an edited bank question’s near misses, and adds one by keyboard, within 360 px', async () => {
		const teacher = await newStudent({ viewport: { width: 360, height: 740 } });
		const page = teacher.page;
		const nearMisses = bank.questions.find((question) => question.id === 'red-lines-hardliners')!;
		const on = bank.readings.find((each) => each.id === nearMisses.readingId)!;
		await page.goto('/teach/');
		await page.locator('summary', { hasText: on.title }).first().click();
		await page
			.getByRole('listitem', { name: nearMisses.prompt })
			.getByRole('button', { name: /^Edit a copy of/ })
			.click();
		const editor = editorOf(page);
		const box = (name: string) => editor.getByRole('textbox', { name, exact: true });
		expect(await box('Near-miss answer 1').inputValue()).toBe('public opinion');
		expect(await box('Near-miss answer 2').inputValue()).toBe('political will');

		// Add a row by keyboard: focus the button, press Enter, type the answer and its hint.
		await editor.getByRole('button', { name: 'Add a near-miss answer' }).focus();
		await page.keyboard.press('Enter');
		await box('Near-miss answer 3').focus();
		await page.keyboard.type('diplomats');
		await page.keyboard.press('Tab');
		await expect
			.poll(() =>
				box('Hint for near-miss answer 3').evaluate((el) => el === document.activeElement)
			)
			.toBe(true);
		await page.keyboard.type(
			'Diplomats are the ones whose efforts get complicated, not the ones who complicate them.'
		);

		// Nothing of the form reaches past the screen's edge.
		const widest = await editor.evaluate((form) =>
			Math.max(...[...form.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right))
		);
		expect(widest).toBeLessThanOrEqual(360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			360
		);

		await page.getByRole('button', { name: 'Save the question' }).click();
		await page
			.getByRole('listitem', { name: nearMisses.prompt })
			.getByText('Edited by you')
			.waitFor();
		// The builder's draft, kept in this tab, holds the copy with all three near misses.
		await expect
			.poll(() => page.evaluate(() => sessionStorage.getItem('close-read:lesson-builder-draft')))
			.toMatch(/public opinion[\s\S]*political will[\s\S]*diplomats/);
		expect(teacher.problems).toEqual([]);
	});
});
