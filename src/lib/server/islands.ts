/**
 * The question cards a prerendered page wakes after its first (see QuestionList.svelte): the
 * server renders each as `<div id="question-island-…" data-island="…its HTML…"></div>`, and this
 * makes that HTML the element's content, as the browser will find it. An attribute, because a
 * component can only write HTML into a page through `{@html}`, whose code every visit would then
 * download to leave the HTML as it is.
 */

const ISLAND = /<div id="(question-island-[^"]+)" data-island="([^"]*)"><\/div>/g;

// The inverse of Svelte's escaping of an attribute's value: &, " and < (svelte/src/escaping.js).
const UNESCAPE: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<' };
const unescape = (value: string) =>
	value.replace(/&(?:amp|quot|lt);/g, (entity) => UNESCAPE[entity]!);

export function openIslands(html: string): string {
	return html.replace(
		ISLAND,
		(_, id: string, card: string) => `<div id="${id}">${unescape(card)}</div>`
	);
}
