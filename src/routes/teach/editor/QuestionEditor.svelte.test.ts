import { render, screen, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import type { Reading } from '$lib/content/model';
import { SKILL_LABELS } from '$lib/content/skills';
import {
	checkTeacherQuestion,
	newTeacherQuestion,
	toTeacherDraft,
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

function setup(source: TeacherQuestion, on: Reading = reading) {
	const onsave = vi.fn();
	const oncancel = vi.fn();
	render(QuestionEditor, {
		source,
		reading: on,
		title: 'A new question',
		check: (draft: unknown) => checkTeacherQuestion(draft, on),
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

describe('near-miss answers in the question editor', () => {
	const hint = 'Russia is the country that invaded; the question asks which invasion could end.';
	/** A bank question with two near misses, and the reading it is on. */
	const bankHardliners = bank.questions.find((each) => each.id === 'red-lines-hardliners')!;
	const hardlinersReading = bank.readings.find(
		(each) => each.id === bankHardliners.readingId
	) as Reading;

	it('adds a near miss with its hint, saved with the question and refused in the preview with that hint', async () => {
		const { onsave, user } = setup(teacherShortAnswer());
		await user.click(screen.getByRole('button', { name: 'Add a near-miss answer' }));
		await put(user, box('Near-miss answer 1'), 'Russia');
		await put(user, box('Hint for near-miss answer 1'), hint);

		const preview = screen.getByRole('region', { name: 'What a student sees' });
		await user.type(within(preview).getByRole('textbox'), 'Russia');
		await user.click(within(preview).getByRole('button', { name: /^Check question/ }));
		expect(within(preview).getByRole('status')).toHaveTextContent(hint);

		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		expect(onsave).toHaveBeenCalledOnce();
		expect(onsave.mock.calls[0]![0]).toMatchObject({
			rejected: [{ answer: 'Russia', hint }]
		});
	});

	it('adds a near miss to a sentence with gaps, refused in whichever gap it is given', async () => {
		const { onsave, user } = setup(teacherFillBlanks());
		await user.click(screen.getByRole('button', { name: 'Add a near-miss answer' }));
		await put(user, box('Near-miss answer 1'), 'brief');
		await put(
			user,
			box('Hint for near-miss answer 1'),
			'A brief silence is the opposite of a prolonged one.'
		);
		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		expect(onsave.mock.calls[0]![0]).toMatchObject({
			rejected: [{ answer: 'brief', hint: 'A brief silence is the opposite of a prolonged one.' }]
		});
	});

	it('keeps the near misses of an edited bank question, and lets the teacher change one', async () => {
		const draft = toTeacherDraft(bankHardliners);
		const { onsave, user } = setup(draft, hardlinersReading);
		expect(box('Near-miss answer 1')).toHaveValue('public opinion');
		expect(box('Near-miss answer 2')).toHaveValue('political will');
		const changed = 'Political will is a willingness to act, not people found "on all sides".';
		await put(user, box('Hint for near-miss answer 2'), changed);
		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		expect(onsave).toHaveBeenCalledOnce();
		const saved = onsave.mock.calls[0]![0] as TeacherQuestion & { type: 'short-answer' };
		expect(saved.rejected).toEqual([
			draft.type === 'short-answer' ? draft.rejected![0] : null,
			{ answer: 'political will', hint: changed }
		]);
	});

	it('removes a near miss, and the last one leaves the question with none', async () => {
		const { onsave, user } = setup(toTeacherDraft(bankHardliners), hardlinersReading);
		await user.click(screen.getByRole('button', { name: 'Remove near-miss answer 1' }));
		expect(box('Near-miss answer 1')).toHaveValue('political will');
		expect(screen.queryByRole('textbox', { name: 'Near-miss answer 2' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Remove near-miss answer 1' }));
		expect(screen.queryByRole('textbox', { name: 'Near-miss answer 1' })).toBeNull();
		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		const saved = onsave.mock.calls[0]![0] as TeacherQuestion & { type: 'short-answer' };
		expect(saved.rejected ?? []).toEqual([]);
		expect(checkTeacherQuestion(saved, hardlinersReading).problems).toEqual([]);
	});

	it('holds near misses to the bank’s rules, each problem by its field', async () => {
		const { onsave, user } = setup(teacherShortAnswer());
		await user.click(screen.getByRole('button', { name: 'Add a near-miss answer' }));
		await put(user, box('Near-miss answer 1'), 'ukraine');
		await put(user, box('Hint for near-miss answer 1'), 'Not this.');
		expect(box('Hint for near-miss answer 1')).toHaveAttribute('aria-invalid', 'true');
		expect(box('Hint for near-miss answer 1')).toHaveAccessibleDescription(/too short to help/);
		// Once the hint is said, the answer itself: one an accepted form matches would refuse it.
		await put(user, box('Hint for near-miss answer 1'), hint);
		expect(box('Hint for near-miss answer 1')).not.toHaveAttribute('aria-invalid');
		expect(box('Near-miss answer 1')).toHaveAttribute('aria-invalid', 'true');
		expect(box('Near-miss answer 1')).toHaveAccessibleDescription(/would count as right/);
		await user.click(screen.getByRole('button', { name: 'Save the question' }));
		expect(onsave).not.toHaveBeenCalled();
		const summary = screen.getByRole('region', { name: 'The question cannot be saved yet' });
		within(summary).getByRole('link', { name: /^Near-miss answer 1:/ });
	});
});
