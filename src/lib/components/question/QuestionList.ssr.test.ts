import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { matching, singleChoice } from '../../../test-data/questions';
import { MemoryRecord } from '$lib/lesson/memory-record.svelte';
import { openIslands } from '$lib/server/islands';
import StudyHarness from '../../../test-data/StudyHarness.svelte';

// Quotes and an ampersand: what escaping an attribute changes, and openIslands must undo.
const first = singleChoice({ id: 'first', prompt: 'Who says “talks” & means it?' });
const second = matching({ id: 'second', prompt: 'Match each "word" to <its> meaning & use.' });

function prerendered() {
	const { body } = render(StudyHarness, {
		props: {
			record: new MemoryRecord({ studentName: '' }),
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions: [first, second],
			sentences: ['Putin and Macron are back at the table.']
		}
	});
	return openIslands(body);
}

describe('the question cards of a prerendered page', () => {
	it('put the first card in the page, and each later one in an island of its own', () => {
		const page = prerendered();
		expect(page).not.toContain('id="question-island-first"');
		const island = page.indexOf('<div id="question-island-second"><!--[--><fieldset');
		expect(island).toBeGreaterThan(page.indexOf('id="question-first"'));
		expect(page.indexOf('id="question-second"')).toBeGreaterThan(island);
	});

	it('give the island the card’s HTML as it was rendered, with no attribute left holding it', () => {
		const page = prerendered();
		expect(page).not.toContain('data-island');
		const { body: alone } = render(StudyHarness, {
			props: {
				record: new MemoryRecord({ studentName: '' }),
				scope: { kind: 'reading', readingId: second.readingId ?? '' },
				questions: [second],
				sentences: ['Putin and Macron are back at the table.']
			}
		});
		// The same card, drawn as the first of a list: numbered 1, not 2.
		const card = (html: string) =>
			html.slice(html.indexOf('<fieldset'), html.indexOf('</fieldset>') + '</fieldset>'.length);
		const inIsland = page.slice(page.indexOf('<div id="question-island-second">'));
		expect(card(inIsland).replace(/(question) 2\b/gi, '$1 1')).toBe(card(alone));
		expect(card(inIsland)).toContain('Match each "word" to &lt;its> meaning &amp; use.');
	});
});
