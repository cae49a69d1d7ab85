/**
 * Keyboard-only driving, as a student who never touches the mouse: Tab and Shift+Tab to move,
 * Space, arrows, typing and Enter to answer.
 */
import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src/lib/content/model';

export interface Focused {
	/** Inside the question (fieldset) whose id is given, if any. */
	inQuestion: boolean;
	tag: string;
	type: string;
	/** The accessible name, roughly: aria-label, the label's text, or the text. */
	label: string;
	describedBy: string;
	/** Why the focused element could not be seen, or null when it is on screen with a focus ring. */
	hidden: string | null;
}

async function focused(page: Page, questionId = ''): Promise<Focused> {
	return page.evaluate((id) => {
		const element = document.activeElement as HTMLInputElement | null;
		const label =
			element?.getAttribute('aria-label') ??
			element?.labels?.[0]?.textContent ??
			element?.textContent ??
			'';
		let hidden: string | null = null;
		if (element && element !== document.body) {
			const box = element.getBoundingClientRect();
			const style = getComputedStyle(element);
			const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
			if (box.width === 0 || box.height === 0) {
				hidden = 'it has no size';
			} else if (
				box.bottom < 0 ||
				box.top > innerHeight ||
				box.right < 0 ||
				box.left > innerWidth
			) {
				hidden = 'it is off screen';
			} else if (!ring && style.boxShadow === 'none') {
				hidden = 'it has no visible focus ring';
			}
		}
		return {
			hidden,
			inQuestion: id !== '' && Boolean(element?.closest(`[id="${id}"]`)),
			tag: element?.tagName.toLowerCase() ?? '',
			type: element?.getAttribute('type') ?? '',
			label: label.replace(/\s+/g, ' ').trim(),
			describedBy: element?.getAttribute('aria-describedby') ?? ''
		};
	}, questionId);
}

/** Tabs forward (then, if need be, back) until `wanted` holds for the focused element. */
export async function tabTo(
	page: Page,
	wanted: (focused: Focused) => boolean,
	questionId = ''
): Promise<Focused> {
	for (const key of ['Tab', 'Shift+Tab']) {
		for (let step = 0; step < 150; step++) {
			const now = await focused(page, questionId);
			if (now.hidden) {
				throw new Error(
					`Focus went to “${now.label.slice(0, 60)}” (${now.tag}), but ${now.hidden}`
				);
			}
			if (wanted(now)) {
				return now;
			}
			await page.keyboard.press(key);
		}
	}
	throw new Error('Could not reach the element with Tab or Shift+Tab');
}

/** The Check button's words: "Check", then (for screen readers) its question. */
const isCheck = (label: string) => /^Check question \d+$/.test(label);

async function press(page: Page, key: string, times: number) {
	for (let i = 0; i < times; i++) {
		await page.keyboard.press(key);
	}
}

/** Answers any question with the keyboard; the answer need not be right. Then checks it. */
export async function answerWithKeyboard(page: Page, question: Locator): Promise<void> {
	const id = (await question.getAttribute('id')) ?? '';
	let state = await tabTo(page, (f) => f.inQuestion, id);
	const done = new Set<string>();
	let steps = 0;
	while (!(state.inQuestion && state.tag === 'button' && isCheck(state.label))) {
		if (++steps > 60) {
			throw new Error(`Could not reach the Check button of ${id} with Tab`);
		}
		const key = `${state.tag}:${state.type}:${state.label}`;
		if (state.inQuestion && !done.has(key)) {
			done.add(key);
			if (state.type === 'radio' || (state.type === 'checkbox' && !done.has('checkbox'))) {
				await page.keyboard.press('Space');
				done.add(state.type);
			} else if (state.tag === 'input' && state.type === 'text') {
				await page.keyboard.type('peace');
			} else if (state.tag === 'select') {
				await page.keyboard.press('ArrowDown');
			} else if (state.label.startsWith('Move down') && !done.has('moved')) {
				await page.keyboard.press('Enter');
				done.add('moved');
			} else if (state.label.startsWith('Choose the sentence')) {
				// Focus moves to the passage's first sentence: Enter picks it and comes back here.
				await page.keyboard.press('Enter');
				await page.keyboard.press('Enter');
			}
		}
		await page.keyboard.press('Tab');
		state = await focused(page, id);
		if (state.hidden) {
			throw new Error(`Focus went to “${state.label.slice(0, 60)}”, but ${state.hidden}`);
		}
	}
	await page.keyboard.press('Enter');
}

/** Answers `question` right with the keyboard, knowing its answer from the bank, then checks. */
export async function answerRightWithKeyboard(
	page: Page,
	group: Locator,
	question: Question
): Promise<void> {
	const id = (await group.getAttribute('id')) ?? '';
	await tabTo(page, (f) => f.inQuestion, id);
	switch (question.type) {
		case 'single-choice':
		case 'true-false-not-stated': {
			await tabTo(page, (f) => f.inQuestion && f.type === 'radio', id);
			// Choices are shown in this student's own order: find the key where it is shown.
			const shown = await group
				.getByRole('radio')
				.evaluateAll((radios) =>
					radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent?.trim())
				);
			const index =
				question.type === 'single-choice'
					? shown.indexOf(question.choices[question.answer])
					: ['true', 'false', 'not-stated'].indexOf(question.answer);
			// Tab lands on the first radio; Space picks it, each ArrowDown moves on and picks.
			await (index === 0 ? page.keyboard.press('Space') : press(page, 'ArrowDown', index));
			break;
		}
		case 'multiple-select': {
			// Top to bottom as this student's order shows them, so Tab only ever moves forward.
			const keys = new Set(question.answer.map((index) => question.choices[index]));
			const shown = await group
				.getByRole('checkbox')
				.evaluateAll((boxes) =>
					boxes.map((box) => (box as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '')
				);
			for (const label of shown) {
				await tabTo(page, (f) => f.inQuestion && f.label === label, id);
				if (keys.has(label)) {
					await page.keyboard.press('Space');
				}
			}
			break;
		}
		case 'short-answer':
			await tabTo(page, (f) => f.inQuestion && f.label === 'Your answer', id);
			await page.keyboard.type(question.answer);
			break;
		case 'fill-blanks':
			for (let gap = 0; gap < question.answer.length; gap++) {
				await tabTo(page, (f) => f.inQuestion && f.label.startsWith(`Gap ${gap + 1} of`), id);
				const word = question.answer[gap]?.[0] ?? '';
				if (question.bank) {
					const offered = await group
						.getByRole('combobox', { name: `Gap ${gap + 1} of ${question.answer.length}` })
						.locator('option')
						.allTextContents();
					// The first option is "(choose)"; the words follow in this student's order.
					await press(page, 'ArrowDown', offered.indexOf(word));
				} else {
					await page.keyboard.type(word);
				}
			}
			break;
		case 'matching':
			for (let term = 0; term < question.terms.length; term++) {
				const name = question.terms[term];
				await tabTo(page, (f) => f.inQuestion && f.tag === 'select' && f.label === name, id);
				const offered = await group
					.getByRole('combobox', { name, exact: true })
					.locator('option')
					.allTextContents();
				// The first option is "(choose a match)"; the meanings follow in this student's order.
				const meaning = question.meanings[question.answer[term] ?? 0] ?? '';
				await press(page, 'ArrowDown', offered.indexOf(meaning));
			}
			break;
		case 'ordering':
			for (let position = 0; position < question.answer.length; position++) {
				const item = question.answer[position] ?? '';
				const order = await group.getByRole('listitem').allTextContents();
				const current = order.findIndex((text) => text.includes(item));
				if (current > position) {
					await tabTo(page, (f) => f.inQuestion && f.label === `Move up: ${item}`, id);
					await press(page, 'Enter', current - position);
				}
			}
			break;
		case 'evidence': {
			await tabTo(page, (f) => f.inQuestion && f.label.startsWith('Choose the sentence'), id);
			await page.keyboard.press('Enter');
			await tabTo(page, (f) => f.tag === 'button' && f.label === question.answer);
			await page.keyboard.press('Enter');
			break;
		}
	}
	await tabTo(page, (f) => f.inQuestion && f.tag === 'button' && isCheck(f.label), id);
	await page.keyboard.press('Enter');
}
