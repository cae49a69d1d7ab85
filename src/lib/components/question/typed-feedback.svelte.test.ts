/**
 * What a student reads after typing an answer: a near miss the author refused gets its hint, and
 * an answer written as a short sentence counts.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../test-data/questions';
import QuestionHarness from '../../../test-data/QuestionHarness.svelte';

const question = shortAnswer({
	prompt: 'Which word names a lowering of the fighting, short of full peace?',
	answer: 'de-escalation',
	accepted: ['de-escalation', 'deescalation'],
	rejected: [
		{ answer: 'escalation', hint: 'Escalation is the opposite: the fighting growing worse.' }
	]
});

async function answer(text: string, asked = question) {
	const user = userEvent.setup();
	render(QuestionHarness, { question: asked });
	await user.type(screen.getByRole('textbox', { name: 'Your answer' }), `${text}{Tab}{Enter}`);
	return screen.getByRole('status');
}

describe('typed answer feedback', () => {
	it("marks an opposite wrong and shows the author's hint for it", async () => {
		const status = await answer('escalation');
		expect(status).toHaveTextContent('Not quite.');
		expect(status).toHaveTextContent('Escalation is the opposite: the fighting growing worse.');
	});

	it('forgives a slip that keeps the negating prefix, and shows the spelling', async () => {
		const status = await answer('de-esclation');
		expect(status).toHaveTextContent('Right.');
		expect(status).toHaveTextContent('Accepted, but check the spelling: de-escalation');
	});

	it('accepts the answer inside a short sentence', async () => {
		const status = await answer('I think it is a serious de-escalation.');
		expect(status).toHaveTextContent('Right.');
		expect(status).not.toHaveTextContent('check the spelling');
	});

	it('refuses the answer when the sentence negates it', async () => {
		const status = await answer('there is no de-escalation');
		expect(status).toHaveTextContent('Not quite.');
	});

	it('marks an opposite wrong even when the author listed no hint for it', async () => {
		const status = await answer('escalation', { ...question, rejected: [] });
		expect(status).toHaveTextContent('Not quite.');
		expect(status).not.toHaveTextContent('the opposite');
	});
});
