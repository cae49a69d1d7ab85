interface Handlers {
	/** Told the name of a file over the limit, which is never read. */
	tooLarge: (name: string) => void;
	read: (text: string, name: string) => void;
}

/**
 * A file input's change handler: reads the one chosen file as text for `read`, or refuses one over
 * `maxBytes` before spending time reading it. The input is cleared at once, so choosing the same
 * file again is noticed.
 */
export function onFileChosen(
	maxBytes: number,
	{ tooLarge, read }: Handlers
): (event: Event & { currentTarget: HTMLInputElement }) => Promise<void> {
	return async (event) => {
		const input = event.currentTarget;
		const file = input.files?.[0];
		input.value = '';
		if (!file) {
			return;
		}
		if (file.size > maxBytes) {
			tooLarge(file.name);
			return;
		}
		read(await file.text(), file.name);
	};
}
