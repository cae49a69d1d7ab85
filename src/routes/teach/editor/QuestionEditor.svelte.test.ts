import { render, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import type { Reading } from '$lib/content/model';
import { SKILL_LABELS } from '$lib/content/skills';
import {
	checkTeacherQuestion,
	newTeacherQuestion,
	type TeacherQuestion
} from '$lib/lesson/teacher-question';
import { loadBank } from '$lib/server/load';
import {
	TEACHER_READING_ID,
	teacherEvidence,
	teacherFillBlanks,
	teacherMatching,
	teacherMultipleSelect,
	teacherOrdering,
	teacherQuestionsOfEachType,
	teacherShortAnswer,
	teacherSingleChoice,
	teacherTrueFalse
} from '../../../test-data/teacher-questions';
import QuestionEditor from './QuestionEditor.svelte';

const { bank } = loadBank(readContentFiles('questions'));
const reading = bank.readings.find((each) => each.id === TEACHER_READING_ID) as Reading;

function setup(source: TeacherQuestion) {
	const onsave = vi.fn();
	const oncancel = vi.fn();
	render(QuestionEditor, {
		source,
		reading,
		title: 'A new question',
		check: (draft: unknown) => checkTeacherQuestion(draft, reading),
		onsave,
		oncancel
	});
	return { onsave, user: userEvent.setup() };
}

/** The form, not the preview beside it (which has radios and boxes of its own). */
const form = () => screen.getByRole('form', { name: 'A new question' });
const box = (name: string | RegExp) => within(form()).getByRole('textbox', { name });

/** Replaces what a field holds, as selecting all of it and pasting would. */
async function put(user: UserEvent, field: HTMLElement, text: string) {
	await user.click(field);
	const input = field as HTMLInputElement;
	input.setSelectionRange(0, input.value.length);
	await user.paste(text);
	await user.tab();
}

/** Selects the words in the reading's passage, as a mouse drag or Shift+arrows would. */
async function pickEvidence(user: UserEvent, words: string) {
	const passage = box(/select the words of the reading/) as HTMLTextAreaElement;
	const start = passage.value.indexOf(words);
	expect(start).toBeGreaterThanOrEqual(0);
	passage.setSelectionRange(start, start + words.length);
	await user.click(screen.getByRole('button', { name: 'Use selected words as evidence' }));
}

const quotes = (question: TeacherQuestion) =>
	typeof question.evidence === 'string' ? [question.evidence] : question.evidence;

/** Writes the question into the form field by field, as a teacher would. */
async function fill(user: UserEvent, question: TeacherQuestion) {
	await put(user, box(/^(Question|Statement)/), question.prompt);
	for (const quote of quotes(question)) {
		await pickEvidence(user, quote);
	}
	await put(user, box(/^Explanation/), question.explanation);
	await user.selectOptions(screen.getByLabelText('Skill'), SKILL_LABELS[question.skill]);
	switch (question.type) {
		case 'single-choice':
		case 'multiple-select':
			for (const [index, choice] of question.choices.entries()) {
				await put(user, box(`Option ${index + 1}`), choice.text);
				const key =
					question.type === 'single-choice'
						? within(form()).getByRole('radio', {
								name: `Option ${index + 1} is the right answer`
							})
						: within(form()).getByRole('checkbox', { name: `Option ${index + 1} is right` });
				if ((key as HTMLInputElement).checked !== (choice.correct === true)) {
					await user.click(key);
				}
			}
			break;
		case 'true-false-not-stated':
			await user.click(
				within(form()).getByRole('radio', {
					name: { true: /^True/, false: /^False/, 'not-stated': /^Not stated/ }[
						String(question.answer) as 'true'
					]
				})
			);
			break;
		case 'short-answer':
			for (const [index, accepted] of question.accepted.entries()) {
				await put(user, box(`Accepted answer ${index + 1}`), accepted);
			}
			break;
		case 'fill-blanks':
			await put(user, box(/^Sentence with gaps/), question.text);
			break;
		case 'ordering':
			for (const [index, item] of question.items.entries()) {
				await put(user, box(`Item ${index + 1}`), item);
			}
			break;
		case 'matching':
			for (const [index, pair] of question.pairs.entries()) {
				await put(user, box(`Term ${index + 1}`), pair.term);
				await put(user, box(`Meaning ${index + 1}`), pair.meaning);
			}
			for (const [index, spare] of (question.spare ?? []).entries()) {
				await put(user, box(`Spare meaning ${index + 1}`), spare);
			}
			break;
		case 'evidence':
			break;
	}
}

describe('the question editor, one form per type', () => {
	it.each(teacherQuestionsOfEachType().map((question) => [question.type, question] as const))(
		'a %s question written into its form is saved as a question students can take',
		{ timeout: 30_000 },
		async (type, written) => {
			const { onsave, user } = setup(newTeacherQuestion(type, reading.id));
			await fill(user, written);
			// The preview shows the question with the same card students get.
			const preview = screen.getByRole('region', { name: 'What a student sees' });
			within(preview).getByRole('group', { name: new RegExp(`^Question 1`) });
			expect(preview).toHaveTextContent(written.prompt);
			await user.click(screen.getByRole('button', { name: 'Save the question' }));
			expect(onsave).toHaveBeenCalledOnce();
			const saved = onsave.mock.calls[0]![0] as TeacherQuestion;
			const { id: _id, evidence: _evidence, ...rest } = written;
			expect(saved).toMatchObject({ ...rest, id: 't-new-1', origin: { kind: 'added' } });
			expect(quotes(saved)).toEqual(quotes(written));
			expect(checkTeacherQuestion(saved, reading).problems).toEqual([]);
		}
	);

	const broken: [string, TeacherQuestion, (user: UserEvent) => Promise<HTMLElement>, RegExp][] = [
		[
			'single-choice: a key that gives itself away by its length',
			teacherSingleChoice(),
			async (user) => {
				await put(
					user,
					box('Option 1'),
					'Three whole years, as the third sentence of the reading says'
				);
				return box('Option 1');
			},
			/longer than the longest wrong one/
		],
		[
			'true-false-not-stated: evidence that is not the reading’s words',
			teacherTrueFalse(),
			async (user) => {
				await put(user, box('Evidence 1'), 'are reportedly back at the table');
				return box('Evidence 1');
			},
			/word for word/
		],
		[
			'multiple-select: two options the same',
			teacherMultipleSelect(),
			async (user) => {
				await put(user, box('Option 3'), 'Vladimir Putin');
				return box('Option 3');
			},
			/repeats another choice/
		],
		[
			'short-answer: an accepted answer given twice',
			teacherShortAnswer(),
			async (user) => {
				await put(user, box('Accepted answer 2'), 'the invasion of Ukraine');
				return box('Accepted answer 2');
			},
			/repeats another accepted form/
		],
		[
			'fill-blanks: a sentence with no gap',
			teacherFillBlanks(),
			async (user) => {
				await put(user, box(/^Sentence with gaps/), 'After a prolonged silence');
				return box(/^Sentence with gaps/);
			},
			/gap/
		],
		[
			'ordering: an item the reading does not have',
			teacherOrdering(),
			async (user) => {
				await put(user, box('Item 2'), 'back at the table');
				return box('Item 2');
			},
			/word for word/
		],
		[
			'matching: one meaning given to two terms',
			teacherMatching(),
			async (user) => {
				await put(user, box('Meaning 2'), 'lasting a long time');
				return box('Meaning 2');
			},
			/repeats another meaning/
		],
		[
			'evidence: a part of a sentence as the answer',
			teacherEvidence(),
			async (user) => {
				await put(user, box('The sentence'), "This isn't just another diplomatic chat");
				return box('The sentence');
			},
			/whole sentence/
		]
	];

	it.each(broken)(
		'shows the problem by its field: %s',
		{ timeout: 30_000 },
		async (_name, question, spoil, message) => {
			const { onsave, user } = setup(question);
			const field = await spoil(user);
			expect(field).toHaveAttribute('aria-invalid', 'true');
			expect(field).toHaveAccessibleDescription(message);
			await user.click(screen.getByRole('button', { name: 'Save the question' }));
			expect(onsave).not.toHaveBeenCalled();
		}
	);

	it('shows no problem before the teacher has written anything, and all of them on saving', async () => {
		const { onsave, user } = setup(newTeacherQuestion('single-choice', reading.id));
		expect(screen.queryByRole('link')).toBeNull();
		expect(box('Question')).not.toHaveAttribute('aria-invalid');

		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		expect(onsave).not.toHaveBeenCalled();
		const summary = screen.getByRole('region', { name: 'The question cannot be saved yet' });
		expect(summary).toHaveFocus();
		expect(box('Question')).toHaveAttribute('aria-invalid', 'true');
		expect(box('Option 2')).toHaveAttribute('aria-invalid', 'true');

		await user.click(within(summary).getByRole('link', { name: /^Question:/ }));
		expect(box('Question')).toHaveFocus();
		await user.click(within(summary).getByRole('link', { name: /^Option 2:/ }));
		expect(box('Option 2')).toHaveFocus();
	});

	it('lets the teacher try the question in the preview, keeping nothing', async () => {
		const { user } = setup(teacherSingleChoice());
		const preview = screen.getByRole('region', { name: 'What a student sees' });
		await user.click(within(preview).getByRole('radio', { name: 'Three whole years' }));
		await user.click(within(preview).getByRole('button', { name: /^Check question/ }));
		expect(within(preview).getByRole('status')).toHaveTextContent('Right.');
		// Only this device's order of options is kept (as on every page); no answer is.
		expect(Object.keys(localStorage)).toEqual(['close-read:order-seed']);
	});

	it('adds and removes options', async () => {
		const { user } = setup(teacherSingleChoice());
		await user.click(screen.getByRole('button', { name: 'Add option' }));
		expect(box('Option 5')).toHaveValue('');
		await user.click(screen.getByRole('button', { name: 'Remove option 1' }));
		expect(box('Option 1')).toHaveValue('Two short months');
		expect(screen.queryByRole('textbox', { name: 'Option 5' })).toBeNull();
	});
});
