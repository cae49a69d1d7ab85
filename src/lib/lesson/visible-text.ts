/**
 * Names and titles are shown to people who must tell them apart: a name made only of zero-width
 * characters shows as nothing, and a right-to-left override makes "Ana‮xes" print backwards.
 * These checks refuse both in the schemas of everything that comes from outside.
 */

// Bidirectional embeddings, overrides and isolates; the plain marks (U+200E, U+200F, U+061C)
// are harmless and right-to-left names may need them.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Controls and lone surrogates would not survive a spreadsheet, or UTF-8.
const CONTROL = /[\p{Cc}\p{Cs}]/u;
// Characters that show as nothing: format characters, marks alone, spaces of every kind.
const INVISIBLE = /[\p{Cf}\p{M}\p{Z}\s\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** No bidirectional override or isolate, and no control character. */
export function hasNoHiddenControls(text: string): boolean {
	return !BIDI_CONTROL.test(text) && !CONTROL.test(text);
}

/** At least one character that shows. */
export function hasVisibleCharacter(text: string): boolean {
	return text.replace(INVISIBLE, '') !== '';
}
