import fc from 'fast-check';
import { Rating, createEmptyCard, fsrs, type Card } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { buildAttempt } from '../../../test-data/progress';
import type { Attempt } from '../record';
import { dueCount, ratingOf, reviewQueue, reviewSchedule, scheduler } from './review';

const DAY = 86_400_000;
const wrong = { score: 0, correct: false };
const partly = { score: 0.5, correct: false };

function at(day: number, minutes = 0): string {
	return new Date(Date.UTC(2025, 2, 10) + day * DAY + (9 * 60 + minutes) * 60_000).toISOString();
}

function attempt(id: string, questionId: string, day: number, overrides: Partial<Attempt> = {}) {
	return buildAttempt({ id, questionId, at: at(day), ...overrides });
}

describe('ratingOf', () => {
	it('rates a right answer Good, a partly right one Hard and a wrong one Again', () => {
		expect(ratingOf({ score: 1, correct: true })).toBe(Rating.Good);
		expect(ratingOf(partly)).toBe(Rating.Hard);
		expect(ratingOf(wrong)).toBe(Rating.Again);
	});
});

describe('reviewQueue', () => {
	it('is empty before anything is answered', () => {
		expect(reviewQueue([], null, new Date(at(0)))).toEqual([]);
		expect(dueCount([], null, new Date(at(0)))).toBe(0);
	});

	it('puts a question answered wrong in the queue at once, due from the moment of that answer', () => {
		const attempts = [attempt('1', 'q-1', 0, wrong)];
		expect(reviewQueue(attempts, null, new Date(at(0, 1)))).toEqual([
			{ questionId: 'q-1', due: at(0), reason: 'answered-wrong', lastScore: 0 }
		]);
	});

	it('keeps a partly right answer in the queue until it is answered fully right', () => {
		const partial = [attempt('1', 'q-1', 0, partly)];
		expect(reviewQueue(partial, null, new Date(at(0, 1)))).toMatchObject([
			{ questionId: 'q-1', reason: 'answered-wrong', lastScore: 0.5 }
		]);
		const fixed = [...partial, attempt('2', 'q-1', 0, { at: at(0, 2) })];
		expect(reviewQueue(fixed, null, new Date(at(0, 3)))).toEqual([]);
	});

	it('brings a question answered right back once the date FSRS set for it has come', () => {
		const attempts = [attempt('1', 'q-1', 0)];
		const [scheduled] = reviewSchedule(attempts);
		const due = Date.parse(scheduled!.due);
		expect(due).toBeGreaterThan(Date.parse(at(0)));
		expect(reviewQueue(attempts, null, new Date(due - 1))).toEqual([]);
		expect(reviewQueue(attempts, null, new Date(due))).toEqual([
			{ questionId: 'q-1', due: scheduled!.due, reason: 'due-again', lastScore: 1 }
		]);
	});

	it('waits longer after each right answer given on time', () => {
		const gaps: number[] = [];
		const attempts: Attempt[] = [];
		let time = Date.parse(at(0));
		for (let i = 0; i < 4; i++) {
			attempts.push(buildAttempt({ id: `a-${i}`, at: new Date(time).toISOString() }));
			const [scheduled] = reviewSchedule(attempts);
			const due = Date.parse(scheduled!.due);
			gaps.push(due - time);
			time = due;
		}
		expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
		expect(new Set(gaps).size).toBe(gaps.length);
	});

	it('lists questions answered wrong first, then those due again, each oldest first', () => {
		const attempts = [
			attempt('1', 'right-long-ago', 0),
			attempt('2', 'right-later', 1),
			attempt('3', 'wrong-later', 30, wrong),
			attempt('4', 'wrong-earlier', 29, wrong)
		];
		const queue = reviewQueue(attempts, null, new Date(at(200)));
		expect(queue.map((item) => [item.questionId, item.reason])).toEqual([
			['wrong-earlier', 'answered-wrong'],
			['wrong-later', 'answered-wrong'],
			['right-long-ago', 'due-again'],
			['right-later', 'due-again']
		]);
		expect(dueCount(attempts, null, new Date(at(200)))).toBe(4);
	});

	it('takes a question out of the queue when it is answered right in review', () => {
		const before = [attempt('1', 'q-1', 0, wrong)];
		const after = [...before, attempt('2', 'q-1', 0, { at: at(0, 5) })];
		expect(dueCount(before, null, new Date(at(0, 6)))).toBe(1);
		expect(dueCount(after, null, new Date(at(0, 6)))).toBe(0);
	});

	it('leaves out questions that are no longer in the bank', () => {
		const attempts = [attempt('1', 'kept', 0, wrong), attempt('2', 'removed', 0, wrong)];
		expect(
			reviewQueue(attempts, new Set(['kept']), new Date(at(1))).map((i) => i.questionId)
		).toEqual(['kept']);
	});

	it('gives the same queue whatever order the attempts are kept in', () => {
		const attempts = [
			attempt('1', 'q-1', 0, wrong),
			attempt('2', 'q-1', 2),
			attempt('3', 'q-2', 1),
			attempt('4', 'q-2', 9, partly),
			attempt('5', 'q-3', 3)
		];
		const now = new Date(at(60));
		expect(reviewQueue([...attempts].reverse(), null, now)).toEqual(
			reviewQueue(attempts, null, now)
		);
		expect(reviewSchedule([...attempts].reverse())).toEqual(reviewSchedule(attempts));
	});
});

describe('reviewSchedule', () => {
	// Each step: minutes after the previous attempt, and the attempt's outcome.
	const historyArb = fc.array(
		fc.record({
			minutes: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 200 * 1440 })),
			outcome: fc.constantFrom(
				{ score: 1, correct: true },
				{ score: 0.5, correct: false },
				{ score: 0, correct: false }
			)
		}),
		{ minLength: 1, maxLength: 25 }
	);

	it('gives the same dates and memory as replaying each attempt through ts-fsrs scheduler.next', () => {
		const reference = fsrs({ enable_fuzz: false, enable_short_term: false });
		fc.assert(
			fc.property(historyArb, (history) => {
				let time = Date.UTC(2025, 0, 1, 7, 30);
				let card: Card = createEmptyCard(new Date(time));
				const attempts: Attempt[] = [];
				history.forEach(({ minutes, outcome }, i) => {
					time += minutes * 60_000;
					// Ids in the order of answering: attempts at the same instant are ordered by id.
					const id = `a-${String(i).padStart(3, '0')}`;
					attempts.push(buildAttempt({ id, at: new Date(time).toISOString(), ...outcome }));
					card = reference.next(card, new Date(time), ratingOf(outcome)).card;
				});
				const [scheduled] = reviewSchedule(attempts);
				expect(scheduled?.due).toBe(card.due.toISOString());
				expect(scheduled?.stability).toBe(card.stability);
				expect(scheduled?.difficulty).toBe(card.difficulty);
				expect(scheduled?.reviews).toBe(card.reps);
			}),
			{ numRuns: 300 }
		);
	});

	it('uses a scheduler without fuzz, so the same attempts always give the same dates', () => {
		expect(scheduler.parameters.enable_fuzz).toBe(false);
		const attempts = [attempt('1', 'q-1', 0), attempt('2', 'q-1', 40), attempt('3', 'q-1', 400)];
		expect(reviewSchedule(attempts)).toEqual(reviewSchedule(structuredClone(attempts)));
	});

	it('replays a year of attempts over 150 questions quickly (logged, not asserted)', () => {
		const attempts: Attempt[] = [];
		const start = Date.UTC(2025, 0, 1, 16);
		for (let i = 0; i < 10_000; i++) {
			const time = start + Math.floor(i / 27) * DAY + (i % 27) * 90_000;
			// A fixed pattern of outcomes: mostly right, some partly right, some wrong.
			const outcome = i % 7 === 0 ? wrong : i % 11 === 0 ? partly : { score: 1, correct: true };
			attempts.push(
				buildAttempt({
					id: `a-${String(i).padStart(5, '0')}`,
					questionId: `q-${(i * 37) % 150}`,
					at: new Date(time).toISOString(),
					...outcome
				})
			);
		}
		const now = new Date(start + 366 * DAY);
		const runs: number[] = [];
		let queue = reviewQueue(attempts, null, now);
		for (let run = 0; run < 7; run++) {
			const began = performance.now();
			queue = reviewQueue(attempts, null, now);
			runs.push(performance.now() - began);
		}
		runs.sort((a, b) => a - b);
		console.log(
			`reviewQueue over 10,000 attempts and 150 questions: median ${runs[3]!.toFixed(1)} ms ` +
				`(fastest ${runs[0]!.toFixed(1)} ms, slowest ${runs[6]!.toFixed(1)} ms)`
		);
		expect(queue.length).toBeLessThanOrEqual(150);
	});
});
