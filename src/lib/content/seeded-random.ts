/**
 * The seeded random numbers behind every fixed shuffle (`stableShuffle`, a student's own order of
 * a question's choices). A module of its own: a reading page needs only this of the text
 * primitives, and the rest stays out of its first visit.
 */

// FNV-1a: a stable seed from an id, so a shuffle is the same at build time and in every browser.
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A stable stream of numbers in [0, 1) from `seed`: the same in every browser and at build time. */
export function seededRandom(seed: string): () => number {
	let state = hash(seed);
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
