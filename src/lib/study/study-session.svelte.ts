/**
 * One study session: a reading, a review, the whole-article check or a lesson. It owns answering
 * (through a `StudyRecord`: the device's, or a preview's that keeps nothing), the attempts shown,
 * the tries allowed, and when a reading or a lesson is finished. Pages create one and share it
 * through context (`context.ts`); every rule is in `study-rules.ts`.
 */
import type { Question } from '$lib/content/model';
import type { LessonRun } from '$lib/lesson/lesson-runs';
import type { Attempt } from '$lib/progress/record';
import { groupByQuestion } from '$lib/progress/stats';
import type { Response } from '$lib/quiz/response';
import { isoNow, realClock, type Clock } from './clock';
import type { LessonRunRecord, StudyRecord } from './study-record';
import {
	attemptsInScope,
	finishesReading,
	hasTriesLeft,
	isRunFinished,
	revealsMarks,
	triesOffered,
	triesPerQuestion,
	type StudyScope
} from './study-rules';

export interface StudySessionOptions {
	record: StudyRecord;
	/** Where a lesson's run is kept; only a lesson has one. */
	runs?: LessonRunRecord;
	scope: StudyScope;
	/** The questions studied, in the order they are shown; fixed for the session. */
	questions: readonly Question[];
	now?: Clock;
}

export class StudySession {
	readonly scope: StudyScope;
	readonly questions: readonly Question[];
	/** When the session began: a review shows only what is answered from then on. */
	readonly startedAt: string;
	readonly #record: StudyRecord;
	readonly #runs: LessonRunRecord | null;
	readonly #now: Clock;

	readonly attempts: readonly Attempt[];
	/** Each question's attempts in this session's view, oldest first. */
	readonly attemptsByQuestion: Map<string, Attempt[]>;
	/** How many of the session's questions have been answered at least once. */
	readonly answered: number;
	/** The lesson's run on this record, or null before it starts (and outside lessons). */
	readonly run: LessonRun | null;
	readonly finished: boolean;
	/** The tries each question offers on screen (none once a lesson is handed in). */
	readonly maxAttempts: number;
	/** Whether marks and explanations show as soon as an answer is checked. */
	readonly reveal: boolean;

	constructor({ record, runs, scope, questions, now = realClock }: StudySessionOptions) {
		this.#record = record;
		this.#runs = runs ?? null;
		this.scope = scope;
		this.questions = questions;
		this.#now = now;
		this.startedAt = isoNow(now);
		// Derived in the constructor, once the record and scope they read are set.
		this.attempts = $derived(attemptsInScope(record.attempts, scope, this.startedAt));
		this.attemptsByQuestion = $derived(groupByQuestion(this.attempts));
		this.answered = $derived(
			questions.filter((question) => this.attemptsByQuestion.has(question.id)).length
		);
		this.run = $derived(
			scope.kind === 'lesson' ? (this.#runs?.runOf(scope.lessonId) ?? null) : null
		);
		this.finished = $derived(isRunFinished(this.run));
		this.maxAttempts = $derived(triesOffered(scope, this.finished));
		this.reveal = $derived(revealsMarks(scope, this.finished));
	}

	/** Whether the stored attempts have been read. */
	get ready(): boolean {
		return this.#record.answersReady;
	}

	/** Whether the stored lesson runs have been read. */
	get runsReady(): boolean {
		return this.#runs?.runsReady ?? true;
	}

	/** The name remembered on this device for lessons, or ''. */
	get studentName(): string {
		return this.#runs?.studentName ?? '';
	}

	/**
	 * Grades and keeps an answer, and finishes the reading it completes. Returns the attempt, or
	 * null when the question has no tries left.
	 */
	answer(question: Question, response: Response): Attempt | null {
		const tries = this.attemptsByQuestion.get(question.id)?.length ?? 0;
		if (!hasTriesLeft(tries, triesPerQuestion(this.scope))) {
			return null;
		}
		const scope = this.scope;
		return this.#record.answer(question, response, {
			lessonId: scope.kind === 'lesson' ? scope.lessonId : null,
			finishesReading:
				scope.kind === 'reading' &&
				finishesReading(this.questions, this.attemptsByQuestion, question.id)
					? scope.readingId
					: null
		});
	}

	/** Starts the lesson under the name given; a lesson already started keeps its start. */
	start(studentName: string): void {
		if (this.scope.kind === 'lesson') {
			this.#runs?.startRun(this.scope.lessonId, studentName);
		}
	}

	/** Hands the lesson in; a lesson already finished keeps its first finish. */
	finish(): void {
		if (this.scope.kind === 'lesson') {
			this.#runs?.finishRun(this.scope.lessonId);
		}
	}

	/**
	 * Marks the reading opened and counts the time spent on it while the page is in view, saving
	 * it when the student leaves, hides the tab or closes it. Call in the browser; returns the stop.
	 */
	visit(): () => void {
		if (this.scope.kind !== 'reading') {
			return () => {};
		}
		const readingId = this.scope.readingId;
		this.#record.openReading(readingId);
		const inView = () => (document.visibilityState === 'visible' ? this.#now() : null);
		let since = inView();
		const flush = () => {
			if (since !== null) {
				this.#record.addTime(readingId, (this.#now() - since) / 1000);
			}
			since = inView();
		};
		document.addEventListener('visibilitychange', flush);
		window.addEventListener('pagehide', flush);
		return () => {
			flush();
			document.removeEventListener('visibilitychange', flush);
			window.removeEventListener('pagehide', flush);
		};
	}
}
