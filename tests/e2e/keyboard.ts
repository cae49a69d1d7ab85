/**
 * Answers a question with the keyboard alone, as a student who never touches the mouse would:
 * Tab into the question, make an answer with Space, arrows, typing or Enter, Tab to Check, Enter.
 * The answer need not be right; the point is that every control can be reached and used.
 */
import type { Locator, Page } from 'playwright-core';

interface Focused {
	inQuestion: boolean;
	tag: string;
	type: string;
	label: string;
}

async function focused(page: Page, questionId: string): Promise<Focused> {
	return page.evaluate((id) => {
		const element = document.activeElement as HTMLElement | null;
		return {
			inQuestion: Boolean(element?.closest(`[id="${id}"]`)),
			tag: element?.tagName.toLowerCase() ?? '',
			type: element?.getAttribute('type') ?? '',
			label: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim()
		};
	}, questionId);
}

export async function answerWithKeyboard(page: Page, question: Locator): Promise<void> {
	const id = (await question.getAttribute('id')) ?? '';
	let steps = 0;
	const tab = async () => {
		if (++steps > 80) {
			throw new Error(`Could not reach the Check button of ${id} with Tab`);
		}
		await page.keyboard.press('Tab');
	};
	let state = await focused(page, id);
	while (!state.inQuestion) {
		await tab();
		state = await focused(page, id);
	}
	const done = new Set<string>();
	while (!(state.inQuestion && state.tag === 'button' && state.label === 'Check')) {
		const key = `${state.tag}:${state.type}:${state.label}`;
		if (state.inQuestion && !done.has(key)) {
			done.add(key);
			if (state.type === 'radio') {
				await page.keyboard.press('Space');
				done.add('radio-group');
			} else if (state.type === 'checkbox' && !done.has('checkbox')) {
				await page.keyboard.press('Space');
				done.add('checkbox');
			} else if (state.tag === 'input' && state.type === 'text') {
				await page.keyboard.type('peace');
			} else if (state.tag === 'select') {
				await page.keyboard.press('ArrowDown');
			} else if (state.label.startsWith('Move down') && !done.has('moved')) {
				await page.keyboard.press('Enter');
				done.add('moved');
			} else if (state.label.startsWith('Choose the sentence')) {
				await page.keyboard.press('Enter');
				// Focus is now on the passage's first sentence: Enter chooses it and returns here.
				await page.keyboard.press('Enter');
			}
		}
		await tab();
		state = await focused(page, id);
	}
	await page.keyboard.press('Enter');
}
