/**
 * The glossary on a reading page helps without giving answers away: a word a question here tests
 * is not marked until that question is answered right, and then it is.
 */
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import { termsTestedBy } from '$lib/content/glossary-tests';
import { termPlaces } from '$lib/content/term-places';
import { progress } from '$lib/progress/progress.svelte';
import { loadBank } from '$lib/server/load';
import ReadingView from './ReadingView.svelte';

const { bank } = loadBank(readContentFiles());
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function readingPage(id: string) {
	const reading = bank.readings.find((candidate) => candidate.id === id)!;
	const questions = bank.questions.filter((question) => question.readingId === id);
	const glossary = bank.glossary.filter((term) => term.readingId === id);
	return {
		reading,
		position: { number: 1, of: 1 },
		questions,
		glossary,
		// As the server works it out for the page.
		tested: termsTestedBy(questions, glossary),
		places: termPlaces(reading.sentences, glossary),
		previous: null,
		next: null
	};
}

describe('the glossary beside a vocabulary question', () => {
	it('does not mark the word asked for until the question is answered right', async () => {
		localStorage.clear();
		const user = userEvent.setup();
		const props = readingPage('a-shifting-world');
		expect(props.glossary.map((term) => term.term)).toContain('unattainable');
		render(ReadingView, { props });
		const passage = screen.getByRole('region', { name: 'The reading' });
		const marked = () =>
			within(passage)
				.queryAllByRole('button')
				.map((button) => button.textContent);

		expect(marked()).not.toContain('unattainable');

		// The vocabulary question whose key is the word, however its prompt is worded.
		const asked = props.questions.find(
			(candidate) =>
				candidate.type === 'short-answer' && candidate.accepted.includes('unattainable')
		)!;
		const question = screen.getByRole('group', { name: new RegExp(escape(asked.prompt)) });
		const box = within(question).getByRole('textbox', { name: 'Your answer' });
		await user.click(box);
		await user.paste('attainable');
		await user.click(within(question).getByRole('button', { name: /^Check question \d+$/ }));
		expect(within(question).getByRole('status')).toHaveTextContent('Not quite.');
		expect(marked()).not.toContain('unattainable');

		await user.click(within(question).getByRole('button', { name: /^Try again on question \d+$/ }));
		await user.clear(within(question).getByRole('textbox', { name: 'Your answer' }));
		await user.paste('unattainable');
		await user.click(within(question).getByRole('button', { name: /^Check question \d+$/ }));
		expect(within(question).getByRole('status')).toHaveTextContent('Right.');
		expect(marked()).toContain('unattainable');
	}, 20_000);

	it('marks the other glossary words from the start', () => {
		localStorage.clear();
		const props = readingPage('a-shifting-world');
		render(ReadingView, { props });
		const passage = screen.getByRole('region', { name: 'The reading' });
		const others = props.glossary.filter((term) => term.term !== 'unattainable');
		expect(others.length).toBeGreaterThan(0);
		const marked = within(passage)
			.queryAllByRole('button')
			.map((button) => button.textContent);
		for (const term of others) {
			expect(
				term.forms.some((form) => marked.some((text) => text?.toLowerCase() === form.toLowerCase()))
			).toBe(true);
		}
	});
});

describe('a glossary word in the passage', () => {
	it('fills the passage’s one meaning popover with the word opened', async () => {
		localStorage.clear();
		const user = userEvent.setup();
		const props = readingPage('a-shifting-world');
		render(ReadingView, { props });
		// jsdom has no popovers: the one meaning is shown by hand, as a browser shows it on a click.
		const popovers = document.querySelectorAll<HTMLElement>('[popover]');
		expect(popovers).toHaveLength(1);
		popovers[0]!.style.display = 'block';
		expect(screen.getByRole('dialog')).toHaveAccessibleName('Meaning');

		const words = within(screen.getByRole('region', { name: 'The reading' }))
			.getAllByRole('button')
			.filter((button) => button.getAttribute('aria-describedby') === 'glossary-hint');
		expect(words.length).toBeGreaterThan(1);
		for (const word of words.slice(0, 2)) {
			const entry = props.glossary.find((term) =>
				term.forms.some((form) => form.toLowerCase() === word.textContent?.toLowerCase())
			)!;
			await user.click(word);
			const meaning = screen.getByRole('dialog', { name: `Meaning of ${entry.term}` });
			expect(meaning).toHaveAccessibleDescription(entry.definition);
			expect(word).toHaveAttribute('popovertarget', meaning.id);
		}
	});
});

describe('the end of a reading', () => {
	it('shows no summary while a question is unanswered', () => {
		localStorage.clear();
		progress.reset();
		render(ReadingView, { props: readingPage('a-shifting-world') });
		expect(screen.queryByRole('heading', { name: 'Reading finished' })).toBeNull();
	});

	it('sums up a finished reading: score, skills, what to do next and the next reading', async () => {
		localStorage.clear();
		progress.reset();
		const props = {
			...readingPage('a-shifting-world'),
			next: { id: 'the-next-one', title: 'The next one' }
		};
		// Every question answered once, none right: an empty typed answer is no answer to any.
		for (const question of props.questions) {
			progress.answer(question, { type: 'short-answer', text: '' });
		}
		render(ReadingView, { props });
		// Loaded when the reading is finished, so it arrives a moment after.
		const summary = await screen.findByRole('region', { name: 'Reading finished' });
		expect(summary).toHaveTextContent(`Your score: 0% (0 of ${props.questions.length} right`);
		expect(summary).toHaveTextContent(/Skills practised: \w/);
		expect(summary).toHaveTextContent('read the feedback on questions 1');
		expect(
			within(summary).getByRole('link', { name: 'Next reading: The next one' })
		).toHaveAttribute('href', expect.stringContaining('/read/the-next-one'));
	});
});
