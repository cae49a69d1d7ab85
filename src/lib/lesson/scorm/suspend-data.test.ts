import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/model';
import { everyType, evidence, shortAnswer, singleChoice } from '../../../test-data/questions';
import type { Response } from '$lib/quiz/response';
import { responseArb } from '../../../test-data/response-arbitrary';
import {
	decodeLessonState,
	encodeLessonState,
	SUSPEND_DATA_LIMITS,
	type LessonState
} from './suspend-data';

const STARTED = '2026-03-02T09:15:00.000Z';

function stateOf(questions: (Response | null)[], latest: (Response | null)[] = []): LessonState {
	return {
		startedAt: STARTED,
		finishedAt: null,
		part: 1,
		questions: questions.map((first, index) =>
			first === null ? null : { tries: latest[index] ? 2 : 1, first, latest: latest[index] ?? null }
		)
	};
}

/** A question of the response's type, so the state's questions line up with its answers. */
function questionFor(response: Response): Question {
	const question = everyType().find((each) => each.type === response.type);
	if (!question) {
		throw new Error(`no fixture for ${response.type}`);
	}
	return question;
}

describe('lesson state in suspend data', () => {
	it('gives back every answer of every type as it was saved', () => {
		// A fill-blanks answer always has one entry per gap, so at least one.
		const answers = responseArb.filter(
			(response) => response.type !== 'fill-blanks' || response.blanks.length > 0
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(answers, fc.option(answers, { nil: null })), { maxLength: 12 }),
				(pairs) => {
					const firsts = pairs.map(([first]) => first);
					const questions = firsts.map(questionFor);
					const latest = pairs.map(([first, later]) =>
						later && later.type === first.type ? later : null
					);
					const state = stateOf(firsts, latest);
					const text = encodeLessonState(state, questions, SUSPEND_DATA_LIMITS.scorm2004);
					expect(decodeLessonState(text, questions)).toEqual(state);
				}
			)
		);
	});

	it('reads any text an LMS hands back without throwing, as a state or as nothing', () => {
		const questions = everyType();
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const state = decodeLessonState(text, questions);
				expect(state === null || state.questions.length === questions.length).toBe(true);
			})
		);
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 12 }), (fields) => {
				const text = ['c1', '1', '', '0', ...fields].join('|');
				const state = decodeLessonState(text, questions);
				expect(state === null || state.questions.length === questions.length).toBe(true);
			})
		);
	});

	it('reads a time past the calendar’s end as none: no state for such a start, no finish', () => {
		const questions = [singleChoice()];
		const fields = encodeLessonState(
			{ ...stateOf([{ type: 'single-choice', choice: 0 }]), finishedAt: STARTED },
			questions,
			4096
		).split('|');
		const withTime = (index: number) =>
			fields.map((field, at) => (at === index ? 'zzzzzzzzzz' : field)).join('|');
		expect(decodeLessonState(withTime(1), questions)).toBeNull();
		expect(decodeLessonState(withTime(2), questions)).toEqual({
			...stateOf([{ type: 'single-choice', choice: 0 }]),
			finishedAt: null
		});
		// The case fast-check found: a start that cannot be a date.
		expect(decodeLessonState('|AAA0000A0', questions)).toBeNull();
	});

	it('is not taken for another lesson’s state', () => {
		const text = encodeLessonState(stateOf([null, null]), [singleChoice(), singleChoice()], 4096);
		expect(decodeLessonState(text, [singleChoice()])).toBeNull();
		expect(decodeLessonState('', [singleChoice()])).toBeNull();
		expect(decodeLessonState('{"some":"other package"}', [singleChoice()])).toBeNull();
	});

	it('fits SCORM 1.2’s 4,096 characters at the largest lesson, every try used on long answers', () => {
		// 200 questions (the most a lesson holds), 9 tries each, long typed answers and sentences.
		const questions = Array.from({ length: 200 }, (_, index) =>
			index % 2 === 0
				? shortAnswer({ id: `typed-${index}` })
				: evidence({ id: `sentence-${index}` })
		);
		const long = (index: number): Response =>
			index % 2 === 0
				? { type: 'short-answer', text: `a long answer ${'x'.repeat(480)} ${index}` }
				: { type: 'evidence', sentence: `${'A sentence from the reading. '.repeat(60)}${index}` };
		const state: LessonState = {
			startedAt: STARTED,
			finishedAt: '2026-03-02T10:15:00.000Z',
			part: 12,
			questions: questions.map((_, index) => ({
				tries: 9,
				first: long(index),
				latest: long(index + 1)
			}))
		};
		for (const version of ['scorm12', 'scorm2004'] as const) {
			const limit = SUSPEND_DATA_LIMITS[version];
			const text = encodeLessonState(state, questions, limit);
			expect(text.length).toBeLessThanOrEqual(limit);
			const back = decodeLessonState(text, questions);
			expect(back?.finishedAt).toBe(state.finishedAt);
			expect(back?.part).toBe(12);
			// Every first try still counts the same: the score is what the lesson is marked on.
			expect(back?.questions.every((each) => each?.tries === 9)).toBe(true);
		}
	});

	it('drops the latest responses before the first, and keeps each first try’s score', () => {
		const questions = [shortAnswer(), shortAnswer({ id: 'second' })];
		const right: Response = { type: 'short-answer', text: 'three years' };
		const wrong: Response = { type: 'short-answer', text: `no idea ${'y'.repeat(100)}` };
		const state = stateOf([right, wrong], [wrong, right]);
		const roomy = encodeLessonState(state, questions, 4096);
		const tight = encodeLessonState(state, questions, roomy.length - 5);
		expect(decodeLessonState(tight, questions)?.questions[0]?.first).toEqual(right);
		const tightest = encodeLessonState(state, questions, 40);
		expect(tightest.length).toBeLessThanOrEqual(40);
		const back = decodeLessonState(tightest, questions);
		expect(back?.questions.map((each) => each?.first)).toEqual([right, { score: 0 }]);
	});
});
