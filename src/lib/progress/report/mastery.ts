/**
 * How secure each reading skill is, derived from the attempts each time. The rule is shown to the
 * student in one plain sentence (`MASTERY_RULE`), made from the numbers below; the finer points
 * (a skill with fewer questions, one counted try a day) are what "latest tries count most" and
 * "at least" leave to this code.
 */
import type { Question } from '../../content/model';
import { SKILLS, type Skill } from '../../content/kinds';
import type { Attempt } from '../record';
import { timeline } from './timeline';

/** Each newer counted try's share of a question's score: a half, as much as all before it. */
export const RECENT_WEIGHT = 0.5;
/** A skill's score from which it shows as secure, and from which as getting there. */
export const SECURE_SCORE = 0.8;
export const GETTING_THERE_SCORE = 0.5;
/** Answered questions a skill needs before it can show as secure (all of them, if it has fewer). */
export const SECURE_ANSWERED = 5;

/** The rule in one plain sentence, from the same numbers the levels use. */
export const MASTERY_RULE =
	`A skill is getting there from ${GETTING_THERE_SCORE * 100}% of its questions right and secure ` +
	`from ${SECURE_SCORE * 100}% once you have answered at least ${SECURE_ANSWERED} of them, ` +
	'and your latest tries count most.';

export type MasteryLevel = 'not-started' | 'practising' | 'getting-there' | 'secure';

export interface SkillMastery {
	skill: Skill;
	level: MasteryLevel;
	/** 0 to 1, over the answered questions of this skill; 0 when none is answered. */
	score: number;
	/** Questions of this skill with at least one attempt. */
	answered: number;
	/** Questions of this skill in the bank. */
	questions: number;
	/** Answered questions of this skill scoring under the secure mark, weakest first. */
	needsWork: string[];
}

export type SkillQuestion = Pick<Question, 'id' | 'skill'>;

/**
 * One entry per skill, in the order of `SKILLS`. Attempts at questions not in `questions` are
 * left out (a question removed from the bank), and so are attempts after `now` when it is given,
 * so a page can show how the skills stood on an earlier day.
 */
export function skillMastery(
	attempts: readonly Attempt[],
	questions: readonly SkillQuestion[],
	now?: Date
): SkillMastery[] {
	const scores = questionScores(attempts, new Set(questions.map((q) => q.id)), now);
	return SKILLS.map((skill) => {
		const own = questions.filter((q) => q.skill === skill);
		const scored = own.flatMap((q) => {
			const score = scores.get(q.id);
			return score === undefined ? [] : [{ id: q.id, score }];
		});
		const score =
			scored.length === 0 ? 0 : scored.reduce((sum, q) => sum + q.score, 0) / scored.length;
		const needsWork = scored
			.filter((q) => q.score < SECURE_SCORE)
			.sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1))
			.map((q) => q.id);
		return {
			skill,
			level: levelOf(score, scored.length, own.length),
			score,
			answered: scored.length,
			questions: own.length,
			needsWork
		};
	});
}

/**
 * Each answered question's score under the rule: the first try of each local day, the newest
 * day weighted `RECENT_WEIGHT` against all earlier ones. Retrying straight after the explanation
 * is the same day, so it does not count.
 */
export function questionScores(
	attempts: readonly Attempt[],
	questionIds?: ReadonlySet<string> | null,
	now?: Date
): Map<string, number> {
	const ordered = timeline(attempts);
	const until = now ? now.getTime() : Infinity;
	const scores = new Map<string, { score: number; day: number }>();
	// The local day of the attempt being read. Attempts come oldest first, so the day's bounds
	// are worked out only when an attempt falls outside them: a few hundred times in a year.
	let day = 0;
	let dayStart = Infinity;
	let dayEnd = -Infinity;
	for (let i = 0; i < ordered.attempts.length; i++) {
		const time = ordered.times[i]!;
		if (time > until) {
			break;
		}
		const attempt = ordered.attempts[i]!;
		if (questionIds && !questionIds.has(attempt.questionId)) {
			continue;
		}
		if (time < dayStart || time >= dayEnd) {
			const date = new Date(time);
			dayStart = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
			dayEnd = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
			day = dayStart;
		}
		const seen = scores.get(attempt.questionId);
		if (!seen) {
			scores.set(attempt.questionId, { score: attempt.score, day });
		} else if (seen.day !== day) {
			seen.score = RECENT_WEIGHT * attempt.score + (1 - RECENT_WEIGHT) * seen.score;
			seen.day = day;
		}
	}
	return new Map([...scores].map(([id, { score }]) => [id, score]));
}

function levelOf(score: number, answered: number, questions: number): MasteryLevel {
	if (answered === 0) {
		return 'not-started';
	}
	if (score >= SECURE_SCORE && answered >= Math.min(SECURE_ANSWERED, questions)) {
		return 'secure';
	}
	return score >= GETTING_THERE_SCORE ? 'getting-there' : 'practising';
}
