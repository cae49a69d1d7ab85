/**
 * The words selected in a read-only passage box, trimmed, or null when nothing is selected.
 * The box's own selection is used, so the words are exactly the passage's, spaces included,
 * and pressing a button afterwards (which moves focus) does not lose them.
 */
export function selectedWords(
	box: Pick<HTMLTextAreaElement, 'value' | 'selectionStart' | 'selectionEnd'>
): string | null {
	const start = box.selectionStart;
	const end = box.selectionEnd;
	if (start === null || end === null || end <= start) {
		return null;
	}
	const words = box.value.slice(start, end).trim();
	return words === '' ? null : words;
}
