/**
 * A made-up but realistic progress record for the benchmarks: one student practising most days
 * for a year on the real bank, working through the readings in order, then coming back to what
 * went wrong and going round again. Seeded, so every run measures the same record.
 */
import type { Bank, Question } from '../../src/lib/content/model';
import { emptyProgress, type Attempt, type ProgressRecord } from '../../src/lib/progress/record';
import { gradeAnswer } from '../../src/lib/quiz/grade';
// Typed answers are graded here at once, as on a lesson page.
import '../../src/lib/quiz/typed-graders';
import type { Response } from '../../src/lib/quiz/response';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);
/** The morning after the year of practice: the 'now' the benchmarks derive statistics at. */
export const PRACTICE_END = START + 365 * DAY + 8 * 3_600_000;

/** A small seeded generator (mulberry32): the same seed gives the same record on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

export function practiceRecord(bank: Bank, attempts: number, seed = 1): ProgressRecord {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const sentencesOf = new Map(bank.readings.map((reading) => [reading.id, reading.sentences]));
	const allSentences = bank.readings.flatMap((reading) => reading.sentences);

	// Readings in article order, then the whole-article check: the order a student meets them in.
	const order = bank.articles.flatMap((article) => [
		...article.readingIds.flatMap((id) => bank.questions.filter((q) => q.readingId === id)),
		...(article.articleCheck?.questionIds ?? []).flatMap((id) =>
			bank.questions.filter((q) => q.id === id)
		)
	]);
	const ability = new Map(order.map((q) => [q.skill, 0.5 + random() * 0.25]));

	// About one day in ten is missed; the rest share the attempts evenly.
	const days: number[] = [];
	for (let day = 0; day < 365; day++) {
		if (random() > 0.1) {
			days.push(day);
		}
	}

	const record = emptyProgress();
	const wrongSoFar: Question[] = [];
	let next = 0;
	let retry: Question | null = null;
	let day = -1;
	let time = 0;
	for (let i = 0; i < attempts; i++) {
		const today = days[Math.floor((i * days.length) / attempts)]!;
		if (today !== day) {
			day = today;
			// An afternoon or evening session, starting at a different time each day.
			time = START + day * DAY + 15 * 3_600_000 + Math.floor(random() * 5 * 3_600_000);
			retry = null;
		} else {
			time += 20_000 + Math.floor(random() * 100_000);
		}

		let question: Question;
		if (retry) {
			question = retry;
		} else if (next >= order.length && wrongSoFar.length > 0 && random() < 0.4) {
			question = wrongSoFar.splice(Math.floor(random() * wrongSoFar.length), 1)[0]!;
		} else {
			question = order[next % order.length]!;
			next += 1;
		}

		const yearDone = day / 365;
		const chance =
			(ability.get(question.skill) ?? 0.6) +
			0.2 * yearDone -
			0.08 * (question.difficulty - 1) +
			(retry ? 0.25 : 0);
		const response = respond(question, random() < chance, random, pick, {
			sentences: question.readingId ? (sentencesOf.get(question.readingId) ?? []) : allSentences
		});
		const grade = gradeAnswer(question, response);
		record.attempts.push({
			id: attemptId(time, random),
			questionId: question.id,
			readingId: question.readingId,
			lessonId: random() < 0.1 ? 'class-lesson' : null,
			response,
			score: grade.score,
			correct: grade.correct,
			at: new Date(time).toISOString()
		} satisfies Attempt);

		retry = !grade.correct && !retry && random() < 0.3 ? question : null;
		if (!grade.correct && !retry) {
			wrongSoFar.push(question);
		}
		if (question.readingId && next <= order.length) {
			visit(record, question.readingId, time, random);
		}
	}
	return record;
}

/** The first pass through the article opens each reading and finishes it at its last question. */
function visit(record: ProgressRecord, readingId: string, time: number, random: () => number) {
	const at = new Date(time).toISOString();
	const seen = record.readings[readingId];
	if (!seen) {
		record.readings[readingId] = {
			openedAt: new Date(time - 90_000).toISOString(),
			finishedAt: at,
			secondsSpent: 60 + Math.floor(random() * 120)
		};
	} else {
		seen.finishedAt = at;
		seen.secondsSpent += 20 + Math.floor(random() * 60);
	}
}

/** An answer of the question's own type: the right one, or a plausible slip. */
function respond(
	question: Question,
	right: boolean,
	random: () => number,
	pick: <T>(items: readonly T[]) => T,
	context: { sentences: readonly string[] }
): Response {
	const other = (length: number, not: number) =>
		(not + 1 + Math.floor(random() * (length - 1))) % length;
	switch (question.type) {
		case 'single-choice':
			return {
				type: 'single-choice',
				choice: right ? question.answer : other(question.choices.length, question.answer)
			};
		case 'true-false-not-stated':
			return {
				type: 'true-false-not-stated',
				verdict: right
					? question.answer
					: pick((['true', 'false', 'not-stated'] as const).filter((v) => v !== question.answer))
			};
		case 'multiple-select': {
			const choices = [...question.answer];
			if (!right) {
				const wrong = question.choices.findIndex((_, i) => !choices.includes(i));
				if (random() < 0.5 && choices.length > 1) {
					choices.splice(Math.floor(random() * choices.length), 1);
				} else if (wrong >= 0) {
					choices.push(wrong);
				}
			}
			return { type: 'multiple-select', choices: choices.sort((a, b) => a - b) };
		}
		case 'short-answer':
			return {
				type: 'short-answer',
				text: right
					? pick(question.accepted).toLowerCase()
					: pick(['not sure', 'the talks', 'Kyiv'])
			};
		case 'fill-blanks': {
			const blanks = question.answer.map((accepted) => accepted[0] ?? '');
			if (!right) {
				blanks[Math.floor(random() * blanks.length)] = pick(question.bank ?? ['something']);
			}
			return { type: 'fill-blanks', blanks };
		}
		case 'ordering': {
			const order = question.answer.map((item) => question.items.indexOf(item));
			if (!right && order.length > 1) {
				const at = Math.floor(random() * (order.length - 1));
				[order[at], order[at + 1]] = [order[at + 1]!, order[at]!];
			}
			return { type: 'ordering', order };
		}
		case 'matching': {
			const meanings: (number | null)[] = [...question.answer];
			if (!right && meanings.length > 1) {
				[meanings[0], meanings[1]] = [meanings[1]!, meanings[0]!];
			}
			return { type: 'matching', meanings };
		}
		case 'evidence':
			return {
				type: 'evidence',
				sentence: right
					? question.answer
					: pick(context.sentences.filter((s) => s !== question.answer).concat(question.answer))
			};
	}
}

/** Shaped like `newAttemptId`: the time in base 36, then eight seeded characters. */
function attemptId(time: number, random: () => number): string {
	const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
	let suffix = '';
	for (let i = 0; i < 8; i++) {
		suffix += alphabet[Math.floor(random() * alphabet.length)];
	}
	return `${time.toString(36).padStart(9, '0')}-${suffix}`;
}
