import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../content/kinds';
import type { SkillMastery } from './mastery';
import { suggestNextStep, type NextStepFacts } from './next-step';
import type { ReviewItem } from './review';

type ReadingFacts = NextStepFacts['readings'][number];

function reading(overrides: Partial<ReadingFacts> = {}): ReadingFacts {
	return { id: 'r-1', opened: false, answered: 0, finished: false, ...overrides };
}

function skill(overrides: Partial<SkillMastery> = {}): SkillMastery {
	return {
		skill: 'key-detail',
		level: 'not-started',
		score: 0,
		answered: 0,
		questions: 3,
		needsWork: [],
		...overrides
	};
}

function review(overrides: Partial<ReviewItem> = {}): ReviewItem {
	return {
		questionId: 'q-1',
		due: '2025-03-10T09:00:00.000Z',
		reason: 'answered-wrong',
		lastScore: 0,
		...overrides
	};
}

const untouched = SKILLS.map((name) => skill({ skill: name }));
const secure = SKILLS.map((name) =>
	skill({ skill: name, level: 'secure', score: 0.9, answered: 3 })
);
const done = (id: string) => reading({ id, opened: true, answered: 2, finished: true });

function facts(overrides: Partial<NextStepFacts> = {}): NextStepFacts {
	return {
		readings: [reading({ id: 'r-1' }), reading({ id: 'r-2' })],
		articleCheck: { articleId: 'article', unanswered: ['check-1', 'check-2'] },
		reviews: [],
		mastery: untouched,
		...overrides
	};
}

describe('suggestNextStep', () => {
	it('suggests starting with the first reading when nothing is done yet', () => {
		expect(suggestNextStep(facts())).toEqual({ kind: 'start', readingId: 'r-1' });
	});

	it('suggests going back to a reading that was begun and not finished', () => {
		const readings = [done('r-1'), reading({ id: 'r-2', opened: true }), reading({ id: 'r-3' })];
		expect(suggestNextStep(facts({ readings, reviews: [review()] }))).toEqual({
			kind: 'continue-reading',
			readingId: 'r-2'
		});
	});

	it('suggests reviewing, in queue order, before starting the next reading', () => {
		const reviews = [review({ questionId: 'q-2' }), review({ questionId: 'q-1' })];
		expect(
			suggestNextStep(facts({ readings: [done('r-1'), reading({ id: 'r-2' })], reviews }))
		).toEqual({
			kind: 'review',
			questionIds: ['q-2', 'q-1']
		});
	});

	it('suggests the next reading not yet begun when nothing is due', () => {
		expect(suggestNextStep(facts({ readings: [done('r-1'), reading({ id: 'r-2' })] }))).toEqual({
			kind: 'continue-reading',
			readingId: 'r-2'
		});
	});

	it('suggests the article check, with its unanswered questions, once every reading is done', () => {
		expect(
			suggestNextStep(
				facts({
					readings: [done('r-1'), done('r-2')],
					articleCheck: { articleId: 'article', unanswered: ['check-2'] }
				})
			)
		).toEqual({ kind: 'article-check', articleId: 'article', questionIds: ['check-2'] });
	});

	it('suggests practising the weakest skill that is not secure once everything is answered', () => {
		const mastery = secure.map((entry) =>
			entry.skill === 'inference'
				? { ...entry, level: 'getting-there' as const, score: 0.6, needsWork: ['i-2', 'i-1'] }
				: entry.skill === 'vocabulary'
					? { ...entry, level: 'practising' as const, score: 0.3, needsWork: ['v-1'] }
					: entry
		);
		expect(
			suggestNextStep(
				facts({
					readings: [done('r-1'), done('r-2')],
					articleCheck: { articleId: 'article', unanswered: [] },
					mastery
				})
			)
		).toEqual({ kind: 'practise-skill', skill: 'vocabulary', questionIds: ['v-1'] });
	});

	it('says all is done when every reading and the check are done and every skill is secure', () => {
		expect(
			suggestNextStep(
				facts({ readings: [done('r-1'), done('r-2')], articleCheck: null, mastery: secure })
			)
		).toEqual({ kind: 'done' });
	});

	it('says all is done when there is nothing to read at all', () => {
		expect(suggestNextStep(facts({ readings: [], articleCheck: null }))).toEqual({ kind: 'done' });
	});
});
