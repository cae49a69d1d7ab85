import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Question, SingleChoiceQuestion } from '$lib/content/model';
import { buildLesson } from '../../../test-data/lessons';
import {
	evidence,
	fillBlanks,
	matching,
	multipleSelect,
	ordering,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../../test-data/questions';
import PrintView from './PrintView.svelte';
import type { PrintArticle, PrintReading } from './worksheet';

const wholeArticle: SingleChoiceQuestion = singleChoice({
	id: 'article-main-topic',
	readingId: null,
	prompt: 'What is the whole article mostly about?',
	choices: ['A football match', 'Talks between two leaders about the war'],
	answer: 1
});

const questions: Question[] = [
	singleChoice(),
	trueFalseNotStated(),
	multipleSelect(),
	shortAnswer(),
	fillBlanks(),
	fillBlanks({ id: 'gaps-with-bank', bank: ['Macron', 'dinner', 'negotiating', 'Scholz'] }),
	ordering(),
	matching(),
	evidence(),
	wholeArticle
];

function reading(id: string, title: string): PrintReading {
	return {
		id,
		articleId: 'putin-macron-talks',
		title,
		heading: null,
		text: `The text of ${title.toLowerCase()}.`
	};
}

const readings = [
	reading('back-at-the-table', 'Back at the table'),
	reading('a-glimmer-of-hope', 'A glimmer of hope'),
	reading('a-long-hard-war', 'A long, hard war'),
	reading('sanctions-and-rebuilding', 'Sanctions and rebuilding')
];

const articles: PrintArticle[] = [
	{
		id: 'putin-macron-talks',
		title: 'Putin & Macron: Talks After 3 Years',
		sections: [{ number: 1, heading: null, text: 'The opening of the whole article.' }]
	}
];

function show(
	overrides: Parameters<typeof buildLesson>[0] = {},
	access: { answerKey: boolean; keyReady: boolean } = { answerKey: true, keyReady: true }
) {
	const lesson = buildLesson({
		title: 'Week 3: back at the table',
		readingIds: readings.map((entry) => entry.id),
		questionIds: questions.map((question) => question.id),
		dueDate: '2025-03-14',
		wholeArticle: true,
		...overrides
	});
	render(PrintView, { lesson, readings, questions, articles, ...access });
	return {
		lesson,
		worksheet: () => screen.getByRole('region', { name: lesson.title }),
		answerKey: async () => {
			await userEvent.setup().click(screen.getByRole('radio', { name: 'Answer key' }));
			return screen.getByRole('region', { name: `Answer key: ${lesson.title}` });
		}
	};
}

/** The worksheet's numbered question that shows this text. */
function questionOf(text: string): HTMLElement {
	const [item] = screen
		.getAllByRole('listitem')
		.filter((candidate) => candidate.textContent!.includes(text));
	return item!;
}

describe('PrintView', () => {
	it('puts every question of the lesson on the worksheet, numbered, under its reading', () => {
		const worksheet = show().worksheet();

		for (const question of questions) {
			expect(worksheet).toHaveTextContent(question.prompt);
		}
		const headings = within(worksheet)
			.getAllByRole('heading', { level: 2 })
			.map((heading) => heading.textContent);
		expect(headings).toEqual([
			'Back at the table',
			'A glimmer of hope',
			'A long, hard war',
			'Sanctions and rebuilding',
			'Whole article'
		]);
		expect(worksheet).toHaveTextContent('10. What is the whole article mostly about?');
		expect(worksheet).toHaveTextContent('The opening of the whole article.');
		expect(worksheet).toHaveTextContent('Name:');
	});

	it('prints each type for paper: boxes, letters, gaps, a word bank and numbered terms, options in the shared order', () => {
		show();
		const options = (prompt: string) =>
			within(questionOf(prompt))
				.getAllByRole('listitem')
				.map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

		expect(options(singleChoice().prompt)).toEqual([
			'☐ A. Vladimir Putin and Emmanuel Macron',
			'☐ B. Vladimir Putin and Volodymyr Zelensky',
			'☐ C. Emmanuel Macron and Olaf Scholz'
		]);
		expect(options(trueFalseNotStated().prompt)).toEqual(['☐ True', '☐ False', '☐ Not stated']);
		expect(options(matching().prompt)).toEqual([
			'1. sanctions',
			'2. de-escalation',
			'3. sovereignty',
			"A. a country's right to govern itself",
			'B. making a conflict less intense',
			'C. penalties one country puts on another'
		]);
		expect(options(ordering().prompt)).toEqual(ordering().items);

		const typed = questionOf('Write the missing word in each gap.');
		expect(typed).toHaveTextContent('Vladimir Putin and Emmanuel gap 1 (1)__________ are');
		expect(typed).not.toHaveTextContent('Emmanuel Macron');
		expect(questionOf('Fill each gap with a word from the word bank.')).toHaveTextContent(
			'Word bank: Macron · dinner · Scholz · negotiating'
		);
		expect(questionOf(shortAnswer().prompt)).not.toHaveTextContent('three years');
		expect(questionOf(evidence().prompt)).toHaveTextContent(
			'Underline the sentence in the reading that answers this'
		);
	});

	it('lists every answer in the answer key, with its explanation and the letters the worksheet printed', async () => {
		const answerKey = await show().answerKey();
		expect(answerKey).toHaveTextContent('Answer: A. Vladimir Putin and Emmanuel Macron');
		expect(answerKey).toHaveTextContent('Answer: True');
		expect(answerKey).toHaveTextContent('D. energy markets');
		expect(answerKey).toHaveTextContent('A. international relations');
		expect(answerKey).toHaveTextContent('three years Also accepted: 3 years; three whole years');
		expect(answerKey).toHaveTextContent(
			'Vladimir Putin and Emmanuel Macron are reportedly back at the negotiating table.'
		);
		expect(answerKey).toHaveTextContent('Also accepted in gap 2: negotiation');
		expect(answerKey).toHaveTextContent('numbers 3, 1, 4, 2, top to bottom');
		expect(answerKey).toHaveTextContent('1. sanctions → C. penalties one country puts on another');
		expect(answerKey).toHaveTextContent(`“${evidence().answer}”`);
		expect(answerKey).toHaveTextContent('Answer: A. Talks between two leaders about the war');
		expect(answerKey).toHaveTextContent(`Why: ${singleChoice().explanation}`);
	});

	it('says which questions are no longer in Close Read, and prints only whole-article questions without the article when not asked for', () => {
		const worksheet = show({
			questionIds: ['gone-question', wholeArticle.id],
			wholeArticle: false
		}).worksheet();

		expect(worksheet).toHaveTextContent('1 question in this lesson is no longer in Close Read');
		expect(worksheet).toHaveTextContent('1. What is the whole article mostly about?');
		expect(worksheet).not.toHaveTextContent('The opening of the whole article.');
	});

	it('shows the worksheet alone until the teacher asks for the key, then the key alone', async () => {
		const { lesson, worksheet, answerKey } = show();

		expect(worksheet()).toHaveTextContent(singleChoice().prompt);
		expect(screen.queryByRole('region', { name: `Answer key: ${lesson.title}` })).toBeNull();
		expect(screen.queryByText(/Answer: /)).toBeNull();

		await answerKey();
		expect(screen.queryByRole('region', { name: lesson.title })).toBeNull();
	});

	it('prints exactly the part it puts on screen from each print button', async () => {
		const user = userEvent.setup();
		const { lesson } = show();
		const printed: string[] = [];
		const print = vi.spyOn(window, 'print').mockImplementation(() => {
			printed.push(screen.getByRole('heading', { level: 1 }).textContent!);
		});

		await user.click(screen.getByRole('button', { name: 'Print answer key' }));
		await user.click(screen.getByRole('button', { name: 'Print worksheet' }));

		expect(printed).toEqual([`Answer key: ${lesson.title}`, lesson.title]);
		print.mockRestore();
	});

	it('offers no answer key where this browser may not open it, and says why', () => {
		show({}, { answerKey: false, keyReady: true });

		expect(screen.queryByRole('radio', { name: 'Answer key' })).toBeNull();
		expect(screen.queryByRole('button', { name: 'Print answer key' })).toBeNull();
		expect(screen.queryByText(/Answer: /)).toBeNull();
		expect(screen.getByRole('note')).toHaveTextContent(
			'it opens only for the teacher who made the lesson'
		);
	});
});
