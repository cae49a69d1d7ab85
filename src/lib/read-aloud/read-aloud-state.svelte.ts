import { ReadAloud, type Playback, type ReadAloudSnapshot } from './read-aloud';
import { browserSpeechEngine, type SpeechEngine } from './speech-engine';

/** The speeds offered, as rates of the engine's normal speed. */
export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;

interface ReadAloudOptions {
	/** Called whenever the sentence being read changes; null when reading stops. */
	oncurrent?: (index: number | null) => void;
}

/** One read-aloud toolbar's state: the reader's snapshot as runes, and what to announce. */
export class ReadAloudState {
	// The reader's last snapshot, replaced whole on every change.
	#snapshot = $state.raw<ReadAloudSnapshot>({
		state: 'idle',
		current: null,
		rate: 1,
		error: null,
		finished: false
	});
	#announcement = $state('');
	#supported = $state(false);
	#reader: ReadAloud | null = null;
	#texts: readonly string[] = [];
	#oncurrent: (index: number | null) => void;

	constructor({ oncurrent = () => {} }: ReadAloudOptions = {}) {
		this.#oncurrent = oncurrent;
	}

	/** False until mounted with a speech engine: the server and browsers without one show nothing. */
	get supported(): boolean {
		return this.#supported;
	}

	get state(): Playback {
		return this.#snapshot.state;
	}

	get current(): number | null {
		return this.#snapshot.current;
	}

	get rate(): number {
		return this.#snapshot.rate;
	}

	get error(): string | null {
		return this.#snapshot.error;
	}

	/**
	 * A short message for a polite live region, changed only when the state changes. Empty after
	 * an error: the error itself is shown, in the same region.
	 */
	get announcement(): string {
		return this.#announcement;
	}

	/**
	 * Connects to the engine (the browser's, when none is given; null for none). Call it from
	 * `onMount`; the returned function stops the speech and disconnects.
	 */
	mount(engine: SpeechEngine | null = browserSpeechEngine(), lang = ''): () => void {
		if (!engine) {
			this.#supported = false;
			return () => {};
		}
		const reader = new ReadAloud(engine, this.#texts, { lang, rate: this.#snapshot.rate });
		const unsubscribe = reader.onchange((snapshot) => this.#update(snapshot));
		this.#reader = reader;
		this.#supported = true;
		return () => {
			reader.stop();
			unsubscribe();
			this.#reader = null;
		};
	}

	/** The sentences to read; a different passage stops the reading of the old one. */
	setTexts(texts: readonly string[]): void {
		this.#texts = texts;
		this.#reader?.setTexts(texts);
	}

	play(from = 0): void {
		this.#reader?.play(from);
	}

	pause(): void {
		this.#reader?.pause();
	}

	resume(): void {
		this.#reader?.resume();
	}

	stop(): void {
		this.#reader?.stop();
	}

	setRate(rate: number): void {
		if (this.#reader) {
			this.#reader.setRate(rate);
		} else {
			this.#snapshot = { ...this.#snapshot, rate };
		}
	}

	#update(snapshot: ReadAloudSnapshot): void {
		const before = this.#snapshot;
		if (snapshot.state !== before.state || snapshot.error !== before.error) {
			this.#announcement = describe(snapshot);
		}
		this.#snapshot = snapshot;
		if (snapshot.current !== before.current) {
			this.#oncurrent(snapshot.current);
		}
	}
}

function describe({ state, error, finished }: ReadAloudSnapshot): string {
	if (state === 'playing') {
		return 'Reading aloud.';
	}
	if (state === 'paused') {
		return 'Paused.';
	}
	if (error) {
		return '';
	}
	return finished ? 'Finished reading aloud.' : 'Stopped.';
}
