/**
 * Copies text for the person to paste elsewhere and says how it went: `done`, or, where the
 * browser refuses (no permission, no clipboard), how to copy the `what` by hand.
 */
export async function copyText(text: string, done: string, what: string): Promise<string> {
	try {
		await navigator.clipboard.writeText(text);
		return done;
	} catch {
		return `Could not copy here: select the ${what} and copy it yourself.`;
	}
}
