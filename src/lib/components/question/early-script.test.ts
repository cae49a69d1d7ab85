// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { optionOrder } from '$lib/quiz/option-order';
import { EARLY_ANSWERS_SCRIPT } from './early-script.js';

/** The inline script's own shuffle, run as the browser would run it before the app. */
function scriptOrder(): (count: number, questionId: string, seed: string) => number[] {
	const fakeWindow: Record<string, unknown> = {};
	new Function('window', 'document', EARLY_ANSWERS_SCRIPT)(fakeWindow, { addEventListener() {} });
	return fakeWindow.__closeReadOrder as (
		count: number,
		questionId: string,
		seed: string
	) => number[];
}

describe('the inline script that orders choices before the app runs', () => {
	it('puts every choice where the app will put it, for any question and student', () => {
		const order = scriptOrder();
		fc.assert(
			fc.property(
				fc.nat({ max: 12 }),
				fc.string({ maxLength: 40 }),
				fc.stringMatching(/^[a-z0-9]{8,32}$/),
				(count, questionId, seed) => {
					expect(order(count, questionId, seed)).toEqual(optionOrder(count, questionId, seed));
				}
			)
		);
	});
});

describe('the inline script while the page is still being parsed', () => {
	it('orders a list of choices as soon as its last choice is parsed, before the page is done', async () => {
		const parsed = () => new Promise((done) => setTimeout(done, 0));
		// The test page's own DOMContentLoaded has been: for the script, which stops watching and
		// orders what is left when it comes, this page is still being parsed.
		if (document.readyState === 'loading') {
			await new Promise((done) => document.addEventListener('DOMContentLoaded', done));
		}
		const seed = 'abcdefgh1234';
		localStorage.setItem('close-read:order-seed', seed);
		new Function(EARLY_ANSWERS_SCRIPT)();
		const choice = (index: number) => `<li class="option"><input value="${index}"></li>`;

		// The parser has reached the middle of the list: two of its three choices.
		document.body.innerHTML = `<fieldset id="question-q7"><div data-order-pending="3">
			<ul data-choice-list>${choice(0)}${choice(1)}</ul></div></fieldset>`;
		await parsed();
		const pending = document.querySelector('[data-order-pending]');
		expect(pending).not.toBeNull();
		expect(document.querySelector<HTMLElement>('li')?.style.order).toBe('');

		const last = document.createElement('template');
		last.innerHTML = choice(2);
		document.querySelector('ul')?.append(last.content);
		await parsed();
		expect(document.querySelector('[data-order-pending]')).toBeNull();
		const places = [...document.querySelectorAll<HTMLElement>('li')].map((item) =>
			Number(item.style.order)
		);
		// Choice `shown[place]` is drawn at `place`.
		const shown = optionOrder(3, 'q7', seed);
		expect(shown.map((index) => places[index])).toEqual([0, 1, 2]);
		expect(document.documentElement.dataset.orderSeed).toBe(seed);
		// The page is done: the script stops watching, as it would in a browser.
		document.dispatchEvent(new Event('DOMContentLoaded'));
	});
});

describe('the inline script on a reload', () => {
	const KEY = 'close-read:scroll-anchor';

	/** The script as a page runs it, a card whose box is `top`, and how the page scrolls. */
	function page(navigation: string, cards: Record<string, number>) {
		document.body.innerHTML = Object.keys(cards)
			.map((id) => `<fieldset id="question-${id}"></fieldset>`)
			.join('');
		for (const [id, top] of Object.entries(cards)) {
			const card = document.getElementById(`question-${id}`)!;
			card.getBoundingClientRect = () => ({ top, bottom: top + 400 }) as DOMRect;
		}
		vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
			{ type: navigation } as PerformanceNavigationTiming
		]);
		const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
		// Bound, so that its listeners still find them when the test environment is taken down.
		new Function('window', 'document', EARLY_ANSWERS_SCRIPT)(window, document);
		return { scrollBy, restore: () => window.__closeReadRestoreAnchor?.() };
	}

	afterEach(() => {
		vi.restoreAllMocks();
		sessionStorage.clear();
	});

	it('notes, as the page goes, the card at the top of the screen and where it was', () => {
		page('navigate', { q1: -900, q6: -300, q7: 120 });
		window.dispatchEvent(new Event('pagehide'));
		expect(JSON.parse(sessionStorage.getItem(KEY)!)).toEqual([
			location.pathname,
			'question-q6',
			-300
		]);
	});

	it('puts that card back where it was once every card is drawn, and forgets it', () => {
		sessionStorage.setItem(KEY, JSON.stringify([location.pathname, 'question-q7', 120]));
		const { scrollBy, restore } = page('reload', { q7: -610 });
		restore();
		expect(scrollBy).toHaveBeenCalledWith(0, -730);
		expect(sessionStorage.getItem(KEY)).toBeNull();
	});

	it('leaves alone a student who scrolled or pressed anything while the page woke', () => {
		for (const event of [new WheelEvent('wheel'), new KeyboardEvent('keydown', { key: 'Tab' })]) {
			sessionStorage.setItem(KEY, JSON.stringify([location.pathname, 'question-q7', 120]));
			const { scrollBy, restore } = page('reload', { q7: -610 });
			window.dispatchEvent(event);
			restore();
			expect(scrollBy).not.toHaveBeenCalled();
			vi.restoreAllMocks();
		}
	});

	it('moves nothing on a fresh visit, or with a note from another page', () => {
		sessionStorage.setItem(KEY, JSON.stringify([location.pathname, 'question-q7', 120]));
		const fresh = page('navigate', { q7: -610 });
		fresh.restore();
		expect(fresh.scrollBy).not.toHaveBeenCalled();

		sessionStorage.setItem(KEY, JSON.stringify(['/read/another/', 'question-q7', 120]));
		const other = page('back_forward', { q7: -610 });
		other.restore();
		expect(other.scrollBy).not.toHaveBeenCalled();
	});
});
