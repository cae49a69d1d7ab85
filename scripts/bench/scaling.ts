/**
 * How the progress record grows: for a student with 1,000 to 100,000 attempts on the real bank,
 * the size in localStorage, the time to read it back, and the time to derive everything the
 * /progress and /review pages show. The budget (DESIGN.md, Budgets): a year of daily practice,
 * 10,000 attempts, loads and derives every statistic in under 50 ms.
 */
import type { Bank } from '../../src/lib/content/model';
import { loadBank } from '../../src/lib/server/load';
import { skillMastery } from '../../src/lib/progress/report/mastery';
import { suggestNextStep } from '../../src/lib/progress/report/next-step';
import {
	parseProgress,
	serializeProgress,
	type ProgressRecord
} from '../../src/lib/progress/record';
import { reviewQueue, type ReviewItem } from '../../src/lib/progress/report/review';
import {
	articleTotals,
	currentStreak,
	daysPractised,
	readingProgress
} from '../../src/lib/progress/stats';
import { readContentFiles } from '../content-files';
import { PRACTICE_END, practiceRecord } from './practice-record';
import { time } from './table';

export const BUDGET = { attempts: 10_000, ms: 50 };

export interface ScalingRow {
	attempts: number;
	/** What localStorage holds: the JSON's length in UTF-16 code units, two bytes each. */
	storedBytes: number;
	jsonLength: number;
	/** The same attempts as version 1 stored them (each in full), for comparison. */
	version1Bytes: number;
	/** JSON.parse and parseProgress, as the page does on load. */
	loadParseMs: number;
	/** Every statistic on /progress, given the review queue. */
	deriveStatsMs: number;
	reviewQueueMs: number;
	totalMs: number;
	/** The budget for this size, when there is one. */
	budgetMs: number | null;
	withinBudget: boolean | null;
	/** Each step on its own (median ms), to show where the time goes. */
	steps: Record<string, number>;
	runs: number;
}

export interface ScalingOptions {
	/** Timed runs per measurement, after one untimed warm-up; the median is reported. */
	runs?: (attempts: number) => number;
	bank?: Bank;
	/** Progress lines while the larger sizes run. */
	log?: (line: string) => void;
}

export function measureScaling(
	sizes: readonly number[] = [1_000, 10_000, 100_000],
	options: ScalingOptions = {}
): ScalingRow[] {
	const bank = options.bank ?? loadBank(readContentFiles()).bank;
	const runsFor = options.runs ?? ((attempts) => (attempts >= 100_000 ? 3 : 9));
	return sizes.map((attempts) => {
		options.log?.(`scaling: ${attempts} attempts…`);
		return measureSize(bank, attempts, runsFor(attempts));
	});
}

function measureSize(bank: Bank, attempts: number, runs: number): ScalingRow {
	const practice = practiceRecord(bank, attempts);
	// As the page stores it: version 2, the compact form.
	const text = JSON.stringify(serializeProgress(practice));
	const version1Bytes = JSON.stringify({ ...practice, version: 1 }).length * 2;
	const loaded = parseProgress(JSON.parse(text));
	if (!loaded.ok) {
		throw new Error(`The generated record does not pass the schema: ${loaded.reason}`);
	}
	const record = loaded.value;
	const now = new Date(PRACTICE_END);
	const questionIds = new Set(bank.questions.map((q) => q.id));
	const queue = reviewQueue(record.attempts, questionIds, now);

	const load = () => {
		const parsed = parseProgress(JSON.parse(text));
		if (!parsed.ok) {
			throw new Error(parsed.reason);
		}
		return parsed.value;
	};
	// Every run on a new list of attempts, as after a load or an answer: stats.ts remembers the
	// first tries it found per list, and a run must not reuse what the one before worked out.
	const fresh = (): ProgressRecord => ({ ...record, attempts: [...record.attempts] });
	const derive = () => deriveProgressPage(bank, fresh(), queue, now);
	const review = () => reviewQueue(fresh().attempts, questionIds, now);

	const loadParseMs = time(load, runs);
	const deriveStatsMs = time(derive, runs);
	const reviewQueueMs = time(review, runs);
	const totalMs = loadParseMs + deriveStatsMs + reviewQueueMs;
	const budgeted = attempts === BUDGET.attempts;

	const readings = bank.readings;
	const raw = JSON.parse(text) as unknown;
	const { facts } = derive();
	const steps: Record<string, number> = {
		'JSON.parse': time(() => JSON.parse(text), runs),
		parseProgress: time(() => parseProgress(raw), runs),
		'readingProgress (each)': time(() => {
			const page = fresh();
			return readings.map((reading) => readingProgress(page, bank.questions, reading.id));
		}, runs),
		articleTotals: time(() => articleTotals(fresh(), bank.questions, readings), runs),
		skillMastery: time(() => skillMastery(fresh().attempts, bank.questions, now), runs),
		daysPractised: time(() => daysPractised(fresh().attempts), runs),
		currentStreak: time(() => currentStreak(fresh().attempts, now), runs),
		// From the inputs the page has already derived, as the page calls it.
		suggestNextStep: time(() => suggestNextStep(facts), runs),
		reviewQueue: reviewQueueMs
	};

	return {
		attempts,
		storedBytes: text.length * 2,
		jsonLength: text.length,
		version1Bytes,
		loadParseMs,
		deriveStatsMs,
		reviewQueueMs,
		totalMs,
		budgetMs: budgeted ? BUDGET.ms : null,
		withinBudget: budgeted ? totalMs < BUDGET.ms : null,
		steps,
		runs
	};
}

/** What /progress derives from the record, the way the page will. */
function deriveProgressPage(
	bank: Bank,
	record: ProgressRecord,
	reviews: readonly ReviewItem[],
	now: Date
) {
	const readings = bank.readings.map((reading) => ({
		id: reading.id,
		...readingProgress(record, bank.questions, reading.id)
	}));
	const totals = articleTotals(record, bank.questions, bank.readings);
	const mastery = skillMastery(record.attempts, bank.questions, now);
	const days = daysPractised(record.attempts);
	const streak = currentStreak(record.attempts, now, undefined, days);
	const answered = new Set(record.attempts.map((attempt) => attempt.questionId));
	const check = bank.articles[0]?.articleCheck;
	const facts = {
		readings,
		articleCheck:
			bank.articles[0] && check
				? {
						articleId: bank.articles[0].id,
						unanswered: check.questionIds.filter((id) => !answered.has(id))
					}
				: null,
		reviews,
		mastery
	};
	return { readings, totals, mastery, days, streak, facts, next: suggestNextStep(facts) };
}
