import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { matching, singleChoice } from '../../../test-data/questions';
import { optionOrder, SHARED_SEED } from '$lib/quiz/option-order';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';

/** The option texts in the order the HTML has them. */
function inOrder(body: string, options: string[]): string[] {
	expect(options.filter((option) => !body.includes(option))).toEqual([]);
	return [...options].sort((a, b) => body.indexOf(a) - body.indexOf(b));
}

describe('QuestionCard on the server', () => {
	it('prerenders choices in the shared order, not as written, kept hidden until the page runs', () => {
		const question = singleChoice();
		const shared = optionOrder(question.choices.length, question.id, SHARED_SEED);
		expect(shared).not.toEqual([0, 1, 2]);
		const { body } = render(QuestionHarness, { props: { question } });

		expect(inOrder(body, question.choices)).toEqual(shared.map((index) => question.choices[index]));
		expect(body).toContain('data-order-pending');
	});

	it('prerenders matching meanings in the shared order too', () => {
		const question = matching();
		const shared = optionOrder(question.meanings.length, question.id, SHARED_SEED);
		expect(shared).not.toEqual([0, 1, 2]);
		const { body } = render(QuestionHarness, { props: { question } });
		const firstSelect = body.slice(body.indexOf('<select'), body.indexOf('</select>'));

		expect(inOrder(firstSelect, question.meanings)).toEqual(
			shared.map((index) => question.meanings[index])
		);
	});
});
