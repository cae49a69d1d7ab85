import type { SpeechEngine, Utterance } from './speech-engine';

/** What the fake engine was asked to say, and how. */
export interface Spoken {
	text: string;
	rate: number;
	lang: string;
}

interface FakeEngineOptions {
	/**
	 * What a cancelled utterance fires, at once, from inside `cancel()`. Browsers differ: Chrome
	 * reports an 'interrupted' error, others an end. By default nothing fires, and tests send the
	 * late events by hand with `end()` or `fail()`.
	 */
	onCancel?: 'end' | 'error' | null;
}

/**
 * A speech engine for tests that speaks nothing: it records what it was asked to say and lets
 * the test end or fail utterances by hand. Like Chrome, it stays paused after `cancel()`.
 */
export class FakeSpeechEngine implements SpeechEngine {
	readonly spoken: Spoken[] = [];
	readonly cancelled: Utterance[] = [];
	#queue: Utterance[] = [];
	#started = false;
	#paused = false;
	#onCancel: 'end' | 'error' | null;

	constructor({ onCancel = null }: FakeEngineOptions = {}) {
		this.#onCancel = onCancel;
	}

	get speaking(): boolean {
		return this.#started;
	}

	get paused(): boolean {
		return this.#paused;
	}

	/** The utterance being spoken (or waiting for resume), if any. */
	get current(): Utterance | undefined {
		return this.#queue[0];
	}

	/** The texts asked for, in order. */
	get texts(): string[] {
		return this.spoken.map((spoken) => spoken.text);
	}

	createUtterance(text: string): Utterance {
		return { text, rate: 1, lang: '', onstart: null, onend: null, onerror: null };
	}

	speak(utterance: Utterance): void {
		this.spoken.push({ text: utterance.text, rate: utterance.rate, lang: utterance.lang });
		this.#queue.push(utterance);
		this.#startNext();
	}

	cancel(): void {
		const dropped = this.#queue;
		this.#queue = [];
		this.#started = false;
		this.cancelled.push(...dropped);
		for (const utterance of dropped) {
			if (this.#onCancel === 'end') {
				utterance.onend?.();
			} else if (this.#onCancel === 'error') {
				utterance.onerror?.({ error: 'interrupted' });
			}
		}
	}

	pause(): void {
		this.#paused = true;
	}

	resume(): void {
		this.#paused = false;
		this.#startNext();
	}

	/** Finishes the utterance being spoken; with an argument, fires a (possibly stale) onend. */
	end(utterance?: Utterance): void {
		this.#settle(utterance, (target) => target.onend?.());
	}

	/** Fails the utterance being spoken with an error code, like 'synthesis-failed'. */
	fail(error: string, utterance?: Utterance): void {
		this.#settle(utterance, (target) => target.onerror?.({ error }));
	}

	// A stale utterance (no longer first in the queue) fires its callback but leaves the queue be.
	#settle(utterance: Utterance | undefined, fire: (target: Utterance) => void): void {
		const target = utterance ?? this.#queue[0];
		if (!target) {
			throw new Error('Nothing is being spoken.');
		}
		if (target === this.#queue[0]) {
			this.#queue.shift();
			this.#started = false;
		}
		fire(target);
		this.#startNext();
	}

	#startNext(): void {
		const next = this.#queue[0];
		if (next && !this.#started && !this.#paused) {
			this.#started = true;
			next.onstart?.();
		}
	}
}
