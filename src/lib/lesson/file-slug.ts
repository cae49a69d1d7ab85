/**
 * Words of a title or a name for a file name, in letters any file system keeps: accents dropped,
 * lower case, anything else a single hyphen, at most 40 characters; '' when nothing is left.
 */
export function fileSlug(text: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	// By code points, so a letter outside the basic plane is never cut in half.
	return [...words].slice(0, 40).join('').replace(/-+$/, '');
}
