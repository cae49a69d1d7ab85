import { describe, expect, it } from 'vitest';
import { buildLesson, buildResult } from '../../test-data/lessons';
import {
	answerText,
	classAnswers,
	laterText,
	questionAnswers,
	type AnswerQuestion
} from './class-answers';
import { collectResults, type LessonQuestionInfo } from './class-results';
import { lessonIdentity } from './lesson';
import type { GivenAnswer, Outcome } from './lesson-result';
import { encodeResultsCode } from './results-code';
import { encodeResultsFile } from './results-file';

const choice: AnswerQuestion = {
	id: 'when',
	type: 'single-choice',
	choices: ['Next week', 'The talks have already ended', 'In Paris']
};
const typed: AnswerQuestion = { id: 't-word', type: 'short-answer' };
const order: AnswerQuestion = { id: 'steps', type: 'ordering', items: ['Met', 'Talked', 'Left'] };
const questionsById = new Map([choice, typed, order].map((question) => [question.id, question]));

const lesson = buildLesson({ questionIds: ['when', 't-word', 'steps'] });
const lessonId = lessonIdentity(lesson);
const info: LessonQuestionInfo[] = [
	{ id: 'when', skill: 'key-detail', readingId: 'r-1' },
	{ id: 'steps', skill: 'structure', readingId: 'r-1' }
];

function handIn(
	name: string,
	outcomes: Outcome[],
	answers: (GivenAnswer | null)[] | undefined
): string {
	const right = outcomes.filter((outcome) => outcome === 'right').length;
	return encodeResultsCode(
		buildResult({
			lessonId,
			studentName: name,
			outcomes,
			score: Math.round((100 * right) / outcomes.length),
			...(answers ? { answers } : {})
		})
	);
}

const chose = (index: number, later: GivenAnswer['later'] = null): GivenAnswer => ({
	first: { type: 'single-choice', choice: index },
	later
});
const wrote = (text: string): GivenAnswer => ({
	first: { type: 'short-answer', text },
	later: null
});
const ordered = (...order: number[]): GivenAnswer => ({
	first: { type: 'ordering', order },
	later: null
});

const codes = [
	handIn(
		'Ana',
		['wrong', 'wrong', 'right'],
		[chose(1, 'right'), wrote('Escalation'), ordered(0, 1, 2)]
	),
	handIn('Ben', ['wrong', 'wrong', 'wrong'], [chose(1), wrote('escalation'), ordered(1, 0, 2)]),
	handIn('Cleo', ['wrong', 'right', 'unanswered'], [chose(2), wrote('de-escalation'), null]),
	handIn('Dan', ['right', 'wrong', 'right'], [chose(0), wrote('peace'), ordered(0, 1, 2)]),
	handIn('Eve', ['wrong', 'right', 'right'], undefined)
];
const results = collectResults([{ source: 'Pasted', text: codes.join('\n') }], lesson, info);

describe('answerText', () => {
	it('writes an option as its letter and its words', () => {
		expect(answerText({ type: 'single-choice', choice: 1 }, choice)).toBe(
			'B: “The talks have already ended”'
		);
	});

	it('writes an answer to a question it does not know by its indexes, never failing', () => {
		expect(answerText({ type: 'single-choice', choice: 1 })).toBe('option 2');
		expect(answerText({ type: 'ordering', order: [1, 0] })).toBe('1. item 2 2. item 1');
		expect(answerText({ type: 'evidence', sentence: 4 })).toBe('sentence 5 of the reading');
		expect(answerText({ type: 'matching', meanings: [1, null] })).toBe(
			'term 1 → meaning 2; term 2 → no meaning'
		);
	});

	it('writes every type in words', () => {
		expect(answerText({ type: 'multiple-select', choices: [2, 0] }, choice)).toBe(
			'A: “Next week”; C: “In Paris”'
		);
		expect(answerText({ type: 'multiple-select', choices: [] }, choice)).toBe('nothing chosen');
		expect(answerText({ type: 'true-false-not-stated', verdict: 'not-stated' })).toBe('Not stated');
		expect(answerText({ type: 'short-answer', text: 'truce' })).toBe('“truce”');
		expect(answerText({ type: 'fill-blanks', blanks: ['Paris', ''] })).toBe(
			'“Paris” / (gap left empty)'
		);
		expect(answerText({ type: 'ordering', order: [2, 0, 1] }, order)).toBe(
			'1. “Left” 2. “Met” 3. “Talked”'
		);
		expect(
			answerText(
				{ type: 'matching', meanings: [1, 0] },
				{ id: 'm', type: 'matching', terms: ['truce', 'summit'], meanings: ['meeting', 'pause'] }
			)
		).toBe('truce → “pause”; summit → “meeting”');
		expect(
			answerText(
				{ type: 'evidence', sentence: 1 },
				{ id: 'e', type: 'evidence', sentences: ['One.', 'Two.'] }
			)
		).toBe('“Two.”');
		expect(answerText({ type: 'evidence', sentence: 'Words kept.' })).toBe('“Words kept.”');
	});

	it('says how a later try went', () => {
		expect(laterText('right')).toBe('fixed on a later try');
		expect(laterText(null)).toBe('');
	});
});

describe('questionAnswers', () => {
	const [when, word, steps] = classAnswers(results, questionsById);

	it('lists what each student answered first, in the table’s order', () => {
		expect(when!.answers.map((answer) => [answer.studentName, answer.text, answer.later])).toEqual([
			['Ana', 'B: “The talks have already ended”', 'right'],
			['Ben', 'B: “The talks have already ended”', null],
			['Cleo', 'C: “In Paris”', null],
			['Dan', 'A: “Next week”', null],
			['Eve', null, null]
		]);
	});

	it('puts the most common wrong answer first, as a sentence for the teacher', () => {
		expect(when!.commonWrong.map((common) => common.summary)).toEqual([
			'2 students chose B: “The talks have already ended”',
			'1 student chose C: “In Paris”'
		]);
	});

	it('counts typed answers that differ only in case as the same', () => {
		expect(word!.commonWrong[0]).toEqual({
			count: 2,
			text: '“Escalation”',
			summary: '2 students wrote “Escalation”'
		});
	});

	it('counts the students who fixed their answer on a later try', () => {
		expect(when!.fixedLater).toBe(1);
		expect(steps!.commonWrong.map((common) => common.summary)).toEqual([
			'1 student put them in this order: 1. “Talked” 2. “Met” 3. “Left”'
		]);
	});

	it('says how many hand-ins carried no answers (version-1 codes)', () => {
		expect(when!.withoutAnswers).toBe(1);
	});

	it('reads a teacher-written question that is in no bank, by the lesson’s own copy', () => {
		expect(word!.questionId).toBe('t-word');
		expect(word!.answers[2]!.text).toBe('“de-escalation”');
	});

	it('reads the answers of a results file whole, with how the last try went', () => {
		const file = encodeResultsFile({
			lessonTitle: lesson.title,
			result: buildResult({
				lessonId,
				studentName: 'Fay',
				outcomes: ['wrong', 'right', 'unanswered'],
				score: 33
			}),
			answers: [
				{ questionId: 'when', response: { type: 'single-choice', choice: 2 }, score: 0 },
				{
					questionId: 't-word',
					response: {
						type: 'short-answer',
						text: 'a ceasefire that lasted longer than anyone expected'
					},
					score: 1
				},
				{ questionId: 'when', response: { type: 'single-choice', choice: 0 }, score: 1 }
			]
		});
		const fay = collectResults([{ source: 'fay.json', text: file }], lesson, info);
		const [first, second] = classAnswers(fay, questionsById);
		expect(first!.answers[0]).toMatchObject({ text: 'C: “In Paris”', later: 'right' });
		expect(second!.answers[0]!.text).toBe('“a ceasefire that lasted longer than anyone expected”');
	});

	it('stays linear: 10,000 students by 20 questions in well under the test’s time', () => {
		const rows = Array.from({ length: 10_000 }, (_, index) => ({
			...results.rows[index % 4]!,
			studentName: `Student ${index}`,
			studentKey: `student${index}`,
			outcomes: Array.from({ length: 20 }, () => 'wrong' as const),
			given: Array.from({ length: 20 }, (_, q) => chose((index + q) % 3))
		}));
		const questionIds = Array.from({ length: 20 }, (_, q) => `q${q}`);
		const started = performance.now();
		const all = classAnswers({ rows, questionIds }, new Map());
		expect(performance.now() - started).toBeLessThan(5000);
		expect(all[0]!.commonWrong[0]!.count).toBe(3334);
	});
});

describe('questionAnswers for an unanswered or missing question', () => {
	it('has no words for it', () => {
		const one = questionAnswers(results, 2, order);
		expect(one.answers.find((answer) => answer.studentName === 'Cleo')).toMatchObject({
			outcome: 'unanswered',
			text: null
		});
	});
});
