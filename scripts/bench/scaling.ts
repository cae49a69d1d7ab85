/**
 * How the progress record grows: for a student with 1,000 to 100,000 attempts on the real bank,
 * the size in localStorage, the time to read it back, the time to derive everything the
 * /progress and /review pages show, and what one Check costs. The budgets (DESIGN.md, Budgets):
 * a year of daily practice, 10,000 attempts, loads and derives every statistic in under 50 ms,
 * and one Check takes at most one frame (16 ms) of main thread.
 */
import type { Bank } from '../../src/lib/content/model';
import { loadBank } from '../../src/lib/server/load';
import { skillMastery } from '../../src/lib/progress/report/mastery';
import { suggestNextStep } from '../../src/lib/progress/report/next-step';
import {
	emptyProgress,
	markReadingFinished,
	mergeProgress,
	newAttemptId,
	parseProgress,
	recordAttempt,
	serializeProgress,
	type Attempt,
	type ProgressRecord
} from '../../src/lib/progress/record';
import { gradeAnswer } from '../../src/lib/quiz/grade';
// Typed answers are graded here at once, as on a lesson page.
import '../../src/lib/quiz/typed-graders';
import { StoredRecord, type StorageLike } from '../../src/lib/storage/stored-record';
import { reviewQueue, type ReviewItem } from '../../src/lib/progress/report/review';
import { articleTotals, readingProgress } from '../../src/lib/progress/report/reading-progress';
import { groupByQuestion } from '../../src/lib/progress/stats';
import { currentStreak, daysPractised } from '../../src/lib/progress/report/practice-days';
import { readContentFiles } from '../content-files';
import { PRACTICE_END, practiceRecord } from './practice-record';
import { cpuTime, time } from './table';

export const BUDGET = { attempts: 10_000, ms: 50 };
/** One Check at a year of practice: one frame. */
export const CHECK_BUDGET = { attempts: 10_000, ms: 16 };

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
	/** One Check, as the reading page does it: grade, keep the attempt, write, group again. */
	checkMs: number;
	/** The same, in CPU time: what it costs when other programs share the processor. */
	checkCpuMs: number;
	/** The same Check when another tab wrote since, so the write reads and merges first. */
	checkAfterOtherTabMs: number;
	checkBudgetMs: number | null;
	checkWithinBudget: boolean | null;
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

	const check = measureCheck(bank, text, runs);
	const checkBudgeted = attempts === CHECK_BUDGET.attempts;

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
		checkMs: check.ms,
		checkCpuMs: check.cpuMs,
		checkAfterOtherTabMs: check.afterOtherTabMs,
		checkBudgetMs: checkBudgeted ? CHECK_BUDGET.ms : null,
		// Main-thread cost is the work the thread does: CPU time, which a busy machine does not
		// inflate the way it inflates the wall clock (both are printed).
		checkWithinBudget: checkBudgeted ? check.cpuMs <= CHECK_BUDGET.ms : null,
		runs
	};
}

/** localStorage as far as the write path sees it: no quota, no other tab. */
class MemoryStorage implements StorageLike {
	readonly #items = new Map<string, string>();
	get length(): number {
		return this.#items.size;
	}
	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		this.#items.set(key, value);
	}
	removeItem(key: string): void {
		this.#items.delete(key);
	}
}

/**
 * The main-thread work of one Check on a reading page with `text` stored, as
 * `progress.answer(..., { finishesReading: true })` and the page's `$derived` do it: grade, add
 * the attempt and the finish, write once (serialize, stringify, setItem), group the attempts
 * again. Rendering is not included: it touches only the question answered.
 */
function measureCheck(bank: Bank, text: string, runs: number) {
	const KEY = 'close-read:progress';
	const options = {
		key: KEY,
		parse: parseProgress,
		empty: emptyProgress,
		merge: mergeProgress,
		serialize: serializeProgress
	};
	const question = bank.questions[0]!;
	const response = { type: 'single-choice', choice: 0 } as const;
	let clock = PRACTICE_END;
	const checkOn = (stored: StoredRecord<ProgressRecord>, value: ProgressRecord) => {
		const now = new Date((clock += 1000));
		const grade = gradeAnswer(question, response);
		const attempt: Attempt = {
			id: newAttemptId(() => now),
			questionId: question.id,
			readingId: question.readingId,
			lessonId: null,
			response,
			score: grade.score,
			correct: grade.correct,
			at: now.toISOString()
		};
		let next = recordAttempt(value, attempt);
		next = question.readingId ? markReadingFinished(next, question.readingId, attempt.at) : next;
		const outcome = stored.save(next);
		if (outcome.status !== 'saved') {
			throw new Error(`The write failed: ${outcome.status}`);
		}
		groupByQuestion(outcome.value.attempts);
		return outcome.value;
	};

	const storage = new MemoryStorage();
	storage.setItem(KEY, text);
	const tab = new StoredRecord<ProgressRecord>({ ...options, storage: () => storage });
	let value = tab.load().value;
	const ms = time(() => (value = checkOn(tab, value)), runs);
	const cpuMs = cpuTime(() => (value = checkOn(tab, value)), runs);

	// A tab that has not read what is stored now: its write must parse and merge.
	const afterOtherTabMs = time(() => {
		const other = new StoredRecord<ProgressRecord>({ ...options, storage: () => storage });
		checkOn(other, value);
	}, runs);
	return { ms, cpuMs, afterOtherTabMs };
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
