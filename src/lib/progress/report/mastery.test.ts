import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../content/kinds';
import { buildAttempt, buildQuestion } from '../../../test-data/progress';
import {
	GETTING_THERE_SCORE,
	MASTERY_RULE,
	RECENT_WEIGHT,
	SECURE_ANSWERED,
	SECURE_SCORE,
	questionScores,
	skillMastery
} from './mastery';
import type { Attempt } from '../record';

const DAY = 86_400_000;
const wrong = { score: 0, correct: false };

/**
 * Noon UTC on the given day of March 2025, plus some minutes: a few minutes apart is the same
 * local day in every time zone, and whole days apart are different days in every one.
 */
function at(day: number, minutes = 0): string {
	return new Date(Date.UTC(2025, 2, 10, 12, 1) + day * DAY + minutes * 60_000).toISOString();
}

function attempt(id: string, questionId: string, day: number, overrides: Partial<Attempt> = {}) {
	return buildAttempt({ id, questionId, at: at(day), ...overrides });
}

const questions = [
	buildQuestion({ id: 'd-1', skill: 'key-detail' }),
	buildQuestion({ id: 'd-2', skill: 'key-detail' }),
	buildQuestion({ id: 'i-1', skill: 'inference' }),
	buildQuestion({ id: 'v-1', skill: 'vocabulary' })
];

function skill(attempts: Attempt[], name: string, qs = questions, now?: Date) {
	return skillMastery(attempts, qs, now).find((entry) => entry.skill === name)!;
}

describe('skillMastery', () => {
	it('lists every skill in the order of SKILLS, not started before any answer', () => {
		const mastery = skillMastery([], questions);
		expect(mastery.map((entry) => entry.skill)).toEqual([...SKILLS]);
		expect(mastery.find((entry) => entry.skill === 'key-detail')).toEqual({
			skill: 'key-detail',
			level: 'not-started',
			score: 0,
			answered: 0,
			questions: 2,
			needsWork: []
		});
		expect(mastery.find((entry) => entry.skill === 'main-idea')?.questions).toBe(0);
	});

	it('averages over the answered questions only, so unanswered ones do not pull it down', () => {
		const entry = skill([attempt('1', 'd-1', 0)], 'key-detail');
		expect(entry).toMatchObject({ score: 1, answered: 1, questions: 2 });
	});

	it('counts the first try of the day: a retry after the explanation does not raise the score', () => {
		const attempts = [attempt('1', 'i-1', 0, wrong), attempt('2', 'i-1', 0, { at: at(0, 3) })];
		expect(skill(attempts, 'inference')).toMatchObject({ score: 0, level: 'practising' });
	});

	it('weights the latest day as much as all earlier days together', () => {
		const attempts = [
			attempt('1', 'i-1', 0, wrong),
			attempt('2', 'i-1', 1),
			attempt('3', 'i-1', 2, { score: 0.5, correct: false })
		];
		// 0, then 0.5 × 1 + 0.5 × 0 = 0.5, then 0.5 × 0.5 + 0.5 × 0.5 = 0.5.
		expect(skill(attempts, 'inference').score).toBe(0.5);
		expect(skill(attempts.slice(0, 2), 'inference').score).toBe(RECENT_WEIGHT);
	});

	it('lets recent right answers outweigh an early wrong one', () => {
		const attempts = [
			attempt('1', 'v-1', 0, wrong),
			attempt('2', 'v-1', 3),
			attempt('3', 'v-1', 7),
			attempt('4', 'v-1', 20)
		];
		expect(skill(attempts, 'vocabulary').score).toBe(0.875);
	});

	it('shows a skill as secure only once enough of its questions are answered', () => {
		const many = Array.from({ length: SECURE_ANSWERED + 1 }, (_, i) =>
			buildQuestion({ id: `m-${i}`, skill: 'main-idea' })
		);
		const right = (count: number) => many.slice(0, count).map((q, i) => attempt(`a-${i}`, q.id, i));
		expect(skill(right(SECURE_ANSWERED - 1), 'main-idea', many).level).toBe('getting-there');
		expect(skill(right(SECURE_ANSWERED), 'main-idea', many).level).toBe('secure');
	});

	it('lets a skill with fewer questions than the minimum be secure once all are answered', () => {
		const attempts = [attempt('1', 'd-1', 0), attempt('2', 'd-2', 0)];
		expect(skill(attempts.slice(0, 1), 'key-detail').level).toBe('getting-there');
		expect(skill(attempts, 'key-detail').level).toBe('secure');
	});

	it('puts a skill between the two marks at getting there, and below at practising', () => {
		const attempts = [attempt('1', 'd-1', 0), attempt('2', 'd-2', 0, wrong)];
		expect(skill(attempts, 'key-detail')).toMatchObject({ score: 0.5, level: 'getting-there' });
		const low = [attempt('1', 'd-1', 0, { score: 0.4, correct: false })];
		expect(skill(low, 'key-detail').level).toBe('practising');
	});

	it('names the questions that need work, weakest first', () => {
		const attempts = [
			attempt('1', 'd-1', 0, { score: 0.5, correct: false }),
			attempt('2', 'd-2', 0, wrong)
		];
		expect(skill(attempts, 'key-detail').needsWork).toEqual(['d-2', 'd-1']);
	});

	it('leaves out questions no longer in the bank, and attempts after the given moment', () => {
		const attempts = [attempt('1', 'gone', 0, wrong), attempt('2', 'd-1', 5, wrong)];
		expect(skill(attempts, 'key-detail')).toMatchObject({ answered: 1, score: 0 });
		expect(skill(attempts, 'key-detail', questions, new Date(at(1)))).toMatchObject({
			answered: 0,
			level: 'not-started'
		});
	});

	it('gives the same result whatever order the attempts are kept in', () => {
		const attempts = [
			attempt('1', 'd-1', 0, wrong),
			attempt('2', 'd-1', 1),
			attempt('3', 'i-1', 2),
			attempt('4', 'd-1', 4, wrong)
		];
		expect(skillMastery([...attempts].reverse(), questions)).toEqual(
			skillMastery(attempts, questions)
		);
	});
});

describe('questionScores', () => {
	it('scores each answered question and no other', () => {
		const scores = questionScores([attempt('1', 'd-1', 0), attempt('2', 'x', 0, wrong)]);
		expect([...scores]).toEqual([
			['d-1', 1],
			['x', 0]
		]);
	});
});

describe('MASTERY_RULE', () => {
	it('states in one plain sentence the same marks the levels use', () => {
		expect(MASTERY_RULE.split(/(?<=\.) /)).toHaveLength(1);
		expect(MASTERY_RULE).toMatch(/^A skill is .*\.$/);
		expect(MASTERY_RULE).toContain(`${SECURE_SCORE * 100}%`);
		expect(MASTERY_RULE).toContain(`${GETTING_THERE_SCORE * 100}%`);
		expect(MASTERY_RULE).toContain(`at least ${SECURE_ANSWERED} `);
		expect(MASTERY_RULE).toContain('latest tries count most');
	});
});
