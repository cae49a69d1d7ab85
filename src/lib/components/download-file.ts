/** Hands the student a file made in the browser: nothing is uploaded anywhere. */
export function downloadFile(name: string, content: BlobPart, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoked on the next turn: some browsers start the download only after the click returns.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function datedName(prefix: string, extension: string, date = new Date()): string {
	return `${prefix}-${date.toISOString().slice(0, 10)}.${extension}`;
}
