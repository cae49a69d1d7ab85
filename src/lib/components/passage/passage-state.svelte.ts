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

/** The way back from the evidence to the question that asked to see it. */
export interface EvidenceReturn {
	/** The question's number, as the student sees it. */
	number: number;
	/** Where focus goes back to: the button that showed the evidence. */
	button: HTMLElement;
}

/** What the rendered passage can do when asked: the passage component registers itself. */
export interface PassageView {
	/** Scrolls the passage's own box to the first highlight. */
	revealEvidence(): Promise<void>;
	/** Moves focus to the first highlight ("Evidence 1 of 2"), without scrolling the page. */
	focusEvidence(): void;
	focusSentences(): Promise<void>;
}

export class PassageState {
	#highlighted = $state<string[]>([]);
	#picking = $state<SentencePick | null>(null);
	#returnTo = $state<EvidenceReturn | null>(null);
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

	/** The question that asked to see the evidence now shown, while a way back is offered. */
	get returnTo(): EvidenceReturn | null {
		return this.#returnTo;
	}

	/** Highlights the evidence in the passage and brings it into view there. */
	highlight(evidence: string[]): void {
		this.#picking = null;
		this.#returnTo = null;
		this.#highlighted = evidence;
		void this.#view?.revealEvidence();
	}

	/**
	 * "Show where the text says so": highlights the evidence where the student already is (the
	 * strip above the questions on a phone, the column beside them on a wide screen), moves focus
	 * to its first words and offers the way back to the question.
	 */
	async showEvidence(evidence: string[], back: EvidenceReturn): Promise<void> {
		this.#picking = null;
		this.#highlighted = evidence;
		this.#returnTo = back;
		await this.#view?.revealEvidence();
		this.#view?.focusEvidence();
	}

	/** Back from the evidence to the question's button; the highlight stays. */
	back(): void {
		const to = this.#returnTo;
		this.#returnTo = null;
		to?.button.focus();
	}

	/** Turns the passage's sentences into choices for an evidence question, and focuses them. */
	startPicking(pick: SentencePick): void {
		this.#highlighted = [];
		this.#returnTo = null;
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
