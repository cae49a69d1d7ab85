/**
 * Choices a student picked before their question card was awake, noted by the inline script
 * (`early-script.js`): each input and whether it was checked, in the order picked.
 */
type EarlyChoice = [input: HTMLInputElement, checked: boolean];

declare global {
	interface Window {
		__closeReadEarly?: EarlyChoice[];
		/** Puts back the card a reload found at the top of the screen (`early-script.js`). */
		__closeReadRestoreAnchor?: () => void;
	}
}

/**
 * Wakes `card`: marks it awake (the script notes no more for it) and replays, through the card's
 * own change handlers, what was picked in it before, so the answer is the one on screen. If Check
 * was pressed as well, it is pressed again, so that tap counts too; only with picks the script
 * saw: words typed or a menu changed before the card woke are not known to it, and checking them
 * would wrongly say nothing was answered.
 */
export function replayEarlyAnswers(card: HTMLElement): void {
	card.dataset.awake = '';
	const checkedEarly = card.hasAttribute('data-checked-early');
	card.removeAttribute('data-checked-early');
	if (replayEarlyChoices(card) && checkedEarly) {
		card.querySelector<HTMLButtonElement>('button[data-check]')?.click();
	}
}

/** Replays the card's early picks; whether there were any. */
function replayEarlyChoices(card: HTMLElement): boolean {
	const early = window.__closeReadEarly;
	if (!early) {
		return false;
	}
	// Each input's latest state, in the order of those latest picks (a radio picked last wins).
	const latest = new Map<HTMLInputElement, boolean>();
	for (const [input, checked] of early.filter(([input]) => card.contains(input))) {
		latest.delete(input);
		latest.set(input, checked);
	}
	window.__closeReadEarly = early.filter(([input]) => !card.contains(input));
	for (const [input, checked] of latest) {
		if (!input.disabled) {
			input.checked = checked;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		}
	}
	return latest.size > 0;
}
