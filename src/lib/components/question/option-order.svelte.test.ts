/**
 * Options on screen in this student's order, answers kept in the authored one: what a student
 * sees follows the seed on their device, and what is recorded (attempts, results codes, the
 * teacher's table) still names the options as the author wrote them.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Attempt } from '$lib/progress/record';
import { fillBlanks, matching, multipleSelect, singleChoice } from '../../../test-data/questions';
import { optionOrder } from '$lib/quiz/option-order';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';
import { ORDER_SEED_KEY, OrderSeed } from './order-seed.svelte';

// A seed under which none of the fixtures below is shown as written.
const STUDENT_SEED = 'lesson0seed00001';

/** The words an option's control is labelled with. */
const labelOf = (input: HTMLElement) =>
	(input as HTMLInputElement).labels?.[0]?.textContent?.trim();

beforeAll(() => {
	localStorage.setItem(ORDER_SEED_KEY, STUDENT_SEED);
});

function recorder() {
	const attempts: Attempt[] = [];
	return { attempts, onanswer: (attempt: Attempt) => attempts.push(attempt) };
}

// The first render loads the question inputs: slow on a busy machine, not a sign of trouble.
describe('options in the student’s own order', { timeout: 15_000 }, () => {
	it('shows single-choice options in the seeded order and records the authored index', async () => {
		const user = userEvent.setup();
		const question = singleChoice();
		const shown = optionOrder(question.choices.length, question.id, STUDENT_SEED);
		expect(shown).not.toEqual([0, 1, 2]);
		const { attempts, onanswer } = recorder();
		render(QuestionHarness, { question, onanswer });

		const radios = screen.getAllByRole('radio');
		expect(radios.map(labelOf)).toEqual(shown.map((index) => question.choices[index]));
		await user.click(radios[0]!);
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(attempts[0]?.response).toEqual({ type: 'single-choice', choice: shown[0] });
		// The answer given still shows as given, where it was shown.
		expect(screen.getAllByRole('radio')[0]).toBeChecked();
	});

	it('shows the same order again when the page is opened again', () => {
		const question = singleChoice();
		const first = render(QuestionHarness, { question });
		const before = screen.getAllByRole('radio').map(labelOf);
		first.unmount();
		render(QuestionHarness, { question });
		const after = screen.getAllByRole('radio').map(labelOf);
		expect(after).toEqual(before);
	});

	it('records multiple-select picks by authored index, in ascending order', async () => {
		const user = userEvent.setup();
		const question = multipleSelect();
		const shown = optionOrder(question.choices.length, question.id, STUDENT_SEED);
		const { attempts, onanswer } = recorder();
		render(QuestionHarness, { question, onanswer });

		const boxes = screen.getAllByRole('checkbox');
		expect(boxes.map(labelOf)).toEqual(shown.map((index) => question.choices[index]));
		await user.click(boxes[0]!);
		await user.click(boxes[1]!);
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(attempts[0]?.response).toEqual({
			type: 'multiple-select',
			choices: [shown[0]!, shown[1]!].sort((a, b) => a - b)
		});
	});

	it('offers matching meanings in the seeded order and records the authored meaning', async () => {
		const user = userEvent.setup();
		const question = matching();
		const shown = optionOrder(question.meanings.length, question.id, STUDENT_SEED);
		expect(shown).not.toEqual([0, 1, 2]);
		const { attempts, onanswer } = recorder();
		render(QuestionHarness, { question, onanswer });

		const first = screen.getByRole('combobox', { name: 'sanctions' });
		const offered = within(first)
			.getAllByRole('option')
			.slice(1)
			.map((option) => option.textContent);
		expect(offered).toEqual(shown.map((index) => question.meanings[index]));

		for (const [term, name] of question.terms.entries()) {
			const meaning = question.meanings[question.answer[term]!]!;
			await user.selectOptions(screen.getByRole('combobox', { name }), meaning);
		}
		await user.click(screen.getByRole('button', { name: 'Check question 1' }));

		expect(attempts[0]?.response).toEqual({ type: 'matching', meanings: question.answer });
		expect(screen.getByRole('status')).toHaveTextContent('Right.');
	});

	it('lists the word bank in the seeded order', () => {
		const question = fillBlanks({ bank: ['Macron', 'dinner', 'negotiating', 'Scholz'] });
		const shown = optionOrder(4, question.id, STUDENT_SEED);
		render(QuestionHarness, { question });
		const gap = screen.getByRole('combobox', { name: /^Gap 1 of 2/ });
		expect(
			within(gap)
				.getAllByRole('option')
				.slice(1)
				.map((option) => option.textContent)
		).toEqual(shown.map((index) => question.bank?.[index]));
		const words = within(screen.getByRole('list', { name: /^Word bank/ })).getAllByRole('button');
		expect(words.map((word) => word.textContent)).toEqual(
			shown.map((index) => question.bank?.[index])
		);
	});

	it('follows a lesson’s own shuffle when the teacher turned it on', () => {
		const question = singleChoice();
		render(QuestionHarness, { question, choiceOrder: [1, 2, 0] });
		expect(screen.getAllByRole('radio').map(labelOf)).toEqual(
			[1, 2, 0].map((index) => question.choices[index])
		);
	});
});

describe('the seed kept on the device', () => {
	function memoryStorage(): Storage {
		const items = new Map<string, string>();
		return {
			get length() {
				return items.size;
			},
			clear: () => items.clear(),
			getItem: (key) => items.get(key) ?? null,
			key: (index) => [...items.keys()][index] ?? null,
			removeItem: (key) => void items.delete(key),
			setItem: (key, value) => void items.set(key, value)
		};
	}

	it('is made on a first visit and read back on the next', () => {
		const storage = memoryStorage();
		const first = new OrderSeed();
		expect(first.value).toBeNull();
		first.load(() => storage);
		expect(first.value).toMatch(/^[a-z0-9]{16}$/);
		expect(storage.getItem(ORDER_SEED_KEY)).toBe(first.value);

		const next = new OrderSeed();
		next.load(() => storage);
		expect(next.value).toBe(first.value);
	});

	it('replaces something that is not a seed, and still has one where storage is refused', () => {
		const storage = memoryStorage();
		storage.setItem(ORDER_SEED_KEY, '{"not":"a seed"}');
		const replaced = new OrderSeed();
		replaced.load(() => storage);
		expect(replaced.value).toMatch(/^[a-z0-9]{16}$/);
		expect(storage.getItem(ORDER_SEED_KEY)).toBe(replaced.value);

		const refused = new OrderSeed();
		refused.load(() => null);
		expect(refused.value).toMatch(/^[a-z0-9]{16}$/);

		const throwing = new OrderSeed();
		const full = memoryStorage();
		full.getItem = () => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		};
		full.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		throwing.load(() => full);
		expect(throwing.value).toMatch(/^[a-z0-9]{16}$/);
	});
});
