import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
	matching,
	shortAnswer,
	singleChoice,
	trueFalseNotStated
} from '../../../test-data/questions';
import type { Question } from '$lib/content/model';
import { MemoryRecord } from '$lib/lesson/memory-record.svelte';
import { openIslands } from '$lib/server/islands';
import StudyHarness from '../../../test-data/StudyHarness.svelte';

// Quotes and an ampersand: what escaping an attribute changes, and openIslands must undo.
const first = singleChoice({ id: 'first', prompt: 'Who says “talks” & means it?' });
const second = matching({ id: 'second', prompt: 'Match each "word" to <its> meaning & use.' });

function prerendered(questions: Question[] = [first, second], firstCardEarly = false) {
	const { body } = render(StudyHarness, {
		props: {
			record: new MemoryRecord({ studentName: '' }),
			scope: { kind: 'reading', readingId: first.readingId ?? '' },
			questions,
			sentences: ['Putin and Macron are back at the table.'],
			firstCardEarly
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

	it('put the first card in an island too, drawn in the page, when it wakes before the page', () => {
		const page = prerendered([first, second], true);
		const island = page.indexOf('<div id="question-island-first"><!--[--><fieldset');
		expect(island).toBeGreaterThan(0);
		expect(page.indexOf('id="question-first"')).toBeGreaterThan(island);
		expect(page.indexOf('<div id="question-island-second"><!--[--><fieldset')).toBeGreaterThan(
			island
		);
		// Numbered as the first card always is.
		expect(page).toMatch(/id="question-first"[^]*Question 1[^]*id="question-second"/);
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

	it('hold only the first three cards: every later island is empty until its card is drawn', () => {
		const third = trueFalseNotStated({ id: 'third' });
		const fourth = shortAnswer({ id: 'fourth' });
		const fifth = singleChoice({ id: 'fifth', prompt: 'Which leader spoke last?' });
		const page = prerendered([first, second, third, fourth, fifth]);
		for (const id of ['first', 'second', 'third']) {
			expect(page).toContain(`id="question-${id}"`);
		}
		for (const id of ['fourth', 'fifth']) {
			expect(page).toContain(`<div id="question-island-${id}"></div>`);
			expect(page).not.toContain(`id="question-${id}"`);
		}
		expect(page).not.toContain('Which leader spoke last?');
		// Without JavaScript the page says why the rest are missing and nothing can be checked.
		expect(page).toMatch(/<noscript>\s*<p>Checking an answer, and every question after the third/);
	});
});
