/**
 * What the passage shows for the questions beside it: the evidence to highlight, and, while an
 * evidence question is being answered, sentences the student can select.
 */
export interface SentencePick {
	questionId: string;
	prompt: string;
	current: string | null;
	/** The sentence chosen, or null when the student stopped picking without one. */
	onpick: (sentence: string | null) => void;
}

/** What the rendered passage can do when asked: the passage component registers itself. */
export interface PassageView {
	/** `movePage`: scroll the page itself if need be, not only the passage's own box. */
	revealEvidence(movePage: boolean): Promise<void>;
	focusSentences(): Promise<void>;
}

export class PassageState {
	#highlighted = $state<string[]>([]);
	#picking = $state<SentencePick | null>(null);
	#view: PassageView | null = null;

	attach(view: PassageView): () => void {
		this.#view = view;
		return () => {
			if (this.#view === view) {
				this.#view = null;
			}
		};
	}

	get highlighted(): string[] {
		return this.#highlighted;
	}

	get picking(): SentencePick | null {
		return this.#picking;
	}

	/**
	 * Highlights the evidence in the passage and brings it into view: within the passage beside
	 * the questions, or, when the student asks to see it (`movePage`), wherever it is.
	 */
	highlight(evidence: string[], movePage = false): void {
		this.#picking = null;
		this.#highlighted = evidence;
		void this.#view?.revealEvidence(movePage);
	}

	/** Turns the passage's sentences into choices for an evidence question, and focuses them. */
	startPicking(pick: SentencePick): void {
		this.#highlighted = [];
		this.#picking = pick;
		void this.#view?.focusSentences();
	}

	pick(sentence: string): void {
		const picking = this.#picking;
		this.#picking = null;
		picking?.onpick(sentence);
	}

	stopPicking(): void {
		const picking = this.#picking;
		this.#picking = null;
		picking?.onpick(null);
	}
}
