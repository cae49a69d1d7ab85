import type { SpeechEngine } from './speech-engine';

export type Playback = 'idle' | 'playing' | 'paused';

/** Everything a view of the reader shows, sent to `onchange` listeners after every change. */
export interface ReadAloudSnapshot {
	state: Playback;
	/** Index of the sentence being read (or paused in), null when idle. */
	current: number | null;
	rate: number;
	/** Why reading stopped on its own, in plain words; null after a normal stop or end. */
	error: string | null;
	/** True once the last sentence has been read, until the next play or stop. */
	finished: boolean;
}

export type ReadAloudListener = (snapshot: ReadAloudSnapshot) => void;

export const MIN_RATE = 0.5;
export const MAX_RATE = 2;

export function clampRate(rate: number): number {
	return Math.min(MAX_RATE, Math.max(MIN_RATE, rate));
}

// The engine speaks for the whole page: when a second reader starts (a question after the
// passage), the first one must stop rather than mistake the cancellation for the end of a sentence.
const readerUsing = new WeakMap<SpeechEngine, ReadAloud>();

// What an engine reports when something else cancelled the speech: a quiet stop, not a failure.
const INTERRUPTIONS = new Set(['interrupted', 'canceled']);

function describeError(code: string): string {
	switch (code) {
		case 'not-allowed':
			return 'The browser did not allow reading aloud. Press Play to try again.';
		case 'language-unavailable':
		case 'voice-unavailable':
		case 'synthesis-unavailable':
			return 'No voice for reading aloud is available on this device.';
		case 'audio-busy':
		case 'audio-hardware':
			return 'The sound on this device is busy or unavailable.';
		default:
			return 'Reading aloud stopped: the browser could not speak this sentence.';
	}
}

/**
 * Reads a list of sentences aloud, one utterance per sentence, so the sentence being read is
 * always known and a long passage never meets the cut-off some engines have for long utterances.
 */
export class ReadAloud {
	#engine: SpeechEngine;
	#texts: readonly string[];
	#lang: string;
	#state: Playback = 'idle';
	#current: number | null = null;
	#rate: number;
	#error: string | null = null;
	#finished = false;
	// Bumped whenever an utterance is cancelled or replaced: callbacks from older ones are stale
	// (Chrome fires onend or onerror for cancelled utterances, sometimes much later).
	#generation = 0;
	// The engine no longer holds the current sentence (the rate changed while paused, or it
	// ended while paused): resuming must speak it anew.
	#respeak = false;
	#listeners = new Set<ReadAloudListener>();

	constructor(
		engine: SpeechEngine,
		texts: readonly string[] = [],
		{ lang = '', rate = 1 }: { lang?: string; rate?: number } = {}
	) {
		this.#engine = engine;
		this.#texts = [...texts];
		this.#lang = lang;
		this.#rate = clampRate(rate);
	}

	get state(): Playback {
		return this.#state;
	}

	get current(): number | null {
		return this.#current;
	}

	get rate(): number {
		return this.#rate;
	}

	get error(): string | null {
		return this.#error;
	}

	get texts(): readonly string[] {
		return this.#texts;
	}

	get snapshot(): ReadAloudSnapshot {
		return {
			state: this.#state,
			current: this.#current,
			rate: this.#rate,
			error: this.#error,
			finished: this.#finished
		};
	}

	/** Subscribes to every change; returns the unsubscribe function. */
	onchange(listener: ReadAloudListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Replaces the sentences; a different text stops the reading of the old one. */
	setTexts(texts: readonly string[]): void {
		const same =
			texts.length === this.#texts.length && texts.every((text, i) => text === this.#texts[i]);
		if (!same) {
			this.stop();
			this.#texts = [...texts];
		}
	}

	/** Reads from sentence `from` to the end, starting over if already reading. */
	play(from = 0): void {
		if (this.#texts.length === 0) {
			return;
		}
		if (!Number.isInteger(from) || from < 0 || from >= this.#texts.length) {
			throw new RangeError(`No sentence ${from}: there are ${this.#texts.length}.`);
		}
		const other = readerUsing.get(this.#engine);
		if (other && other !== this) {
			other.stop();
		}
		readerUsing.set(this.#engine, this);
		this.#cancel();
		this.#state = 'playing';
		this.#error = null;
		this.#finished = false;
		this.#speak(from);
		this.#emit();
	}

	pause(): void {
		if (this.#state !== 'playing') {
			return;
		}
		this.#engine.pause();
		this.#state = 'paused';
		this.#emit();
	}

	resume(): void {
		if (this.#state !== 'paused' || this.#current === null) {
			return;
		}
		this.#state = 'playing';
		if (this.#respeak) {
			this.#speak(this.#current);
		} else {
			this.#engine.resume();
		}
		this.#emit();
	}

	stop(): void {
		const changed = this.#state !== 'idle' || this.#error !== null || this.#finished;
		if (this.#state !== 'idle') {
			this.#cancel();
		}
		this.#halt();
		this.#error = null;
		this.#finished = false;
		if (changed) {
			this.#emit();
		}
	}

	/** Sets the speed (clamped to 0.5–2); the sentence being read starts again at the new speed. */
	setRate(rate: number): void {
		if (!Number.isFinite(rate) || clampRate(rate) === this.#rate) {
			return;
		}
		this.#rate = clampRate(rate);
		if (this.#state === 'playing' && this.#current !== null) {
			this.#cancel();
			this.#speak(this.#current);
		} else if (this.#state === 'paused') {
			this.#cancel();
			this.#respeak = true;
		}
		this.#emit();
	}

	#speak(index: number): void {
		const generation = ++this.#generation;
		this.#current = index;
		this.#respeak = false;
		const utterance = this.#engine.createUtterance(this.#texts[index] ?? '');
		utterance.rate = this.#rate;
		utterance.lang = this.#lang;
		utterance.onend = () => {
			if (generation === this.#generation) {
				this.#ended(index);
			}
		};
		utterance.onerror = ({ error }) => {
			if (generation === this.#generation) {
				this.#halt();
				this.#error = INTERRUPTIONS.has(error) ? null : describeError(error);
				this.#emit();
			}
		};
		// Chrome stays paused after cancel(), and would hold the new utterance silently.
		if (this.#engine.paused) {
			this.#engine.resume();
		}
		this.#engine.speak(utterance);
	}

	#ended(index: number): void {
		const next = index + 1;
		if (next >= this.#texts.length) {
			this.#halt();
			this.#finished = true;
		} else if (this.#state === 'paused') {
			// The engine finished the sentence despite the pause (some ignore pause): wait there.
			this.#current = next;
			this.#respeak = true;
		} else {
			this.#speak(next);
		}
		this.#emit();
	}

	/** Cancels what the engine is saying; bumping the generation first makes its callbacks stale. */
	#cancel(): void {
		this.#generation++;
		this.#engine.cancel();
	}

	#halt(): void {
		this.#generation++;
		this.#state = 'idle';
		this.#current = null;
		this.#respeak = false;
		if (readerUsing.get(this.#engine) === this) {
			readerUsing.delete(this.#engine);
		}
	}

	#emit(): void {
		const snapshot = this.snapshot;
		for (const listener of this.#listeners) {
			listener(snapshot);
		}
	}
}
