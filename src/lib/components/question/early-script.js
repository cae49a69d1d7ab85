// Part of the one inline script (settings/boot.js): what lets a student answer before the page's
// scripts have woken the question cards up (issue 16). Plain ES5-style code, run in <head>.
//
// 1. Choices in this student's own order from the first paint, not after hydration: the
//    student's seed (created here on a first visit, as `order-seed.svelte.ts` would) orders each
//    choice list with CSS `order`, the same permutation as `optionOrder` in $lib/quiz/option-order
//    (the tests hold the two together). A list is ordered as soon as the parser has all of its
//    choices (a mutation observer runs before anything is drawn), so the first frame already
//    shows them, and there is no second layout when the page has been read. The page's scripts
//    then put the elements themselves in that order, so nothing moves on screen.
// 2. Every choice picked before its card is awake is noted, element and state, for the card to
//    replay when it wakes (`replayEarlyAnswers`): a click during load is never lost. So is a
//    press of the card's Check button: the card checks the answer as it wakes.
// 3. A reload (a phone's discarded tab coming back, a pull to refresh) brings the student back to
//    the question they were at, not to the same pixel: SvelteKit scrolls back to the height kept
//    for the page while the later cards are still empty, so that height lands elsewhere once
//    they are drawn. As the page goes, the card at the top of the screen is noted (this tab
//    only); once QuestionList has drawn the last card (`__closeReadRestoreAnchor`), it is put
//    back where it was, unless the student has scrolled or pressed anything since.
export const EARLY_ANSWERS_SCRIPT = `try {
	window.__closeReadEarly = [];
	document.addEventListener('change', function (event) {
		var input = event.target;
		if (input && (input.type === 'radio' || input.type === 'checkbox') && !input.closest('[data-awake]')) {
			window.__closeReadEarly.push([input, input.checked]);
		}
	}, true);
	document.addEventListener('click', function (event) {
		var button = event.target.closest && event.target.closest('button[data-check]');
		var card = button && button.closest('fieldset:not([data-awake])');
		if (card) card.setAttribute('data-checked-early', '');
	}, true);
	var order = function (count, questionId, seed) {
		var text = seed + ':' + questionId, h = 0x811c9dc5, i;
		for (i = 0; i < text.length; i++) {
			h ^= text.charCodeAt(i);
			h = Math.imul(h, 0x01000193);
		}
		var state = h >>> 0, shown = [], j, t, swap;
		for (i = 0; i < count; i++) shown.push(i);
		for (i = count - 1; i > 0; i--) {
			state = (state + 0x6d2b79f5) >>> 0;
			t = state;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			j = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (i + 1));
			swap = shown[i]; shown[i] = shown[j]; shown[j] = swap;
		}
		return shown;
	};
	window.__closeReadOrder = order;
	var key = 'close-read:order-seed', seed = null;
	try { seed = localStorage.getItem(key); } catch (e) {}
	if (!seed || !/^[a-z0-9]{8,32}$/.test(seed)) {
		var bytes = crypto.getRandomValues(new Uint8Array(16)), letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
		seed = '';
		for (var b = 0; b < bytes.length; b++) seed += letters.charAt(bytes[b] % letters.length);
		try { localStorage.setItem(key, seed); } catch (e) {}
	}
	document.documentElement.setAttribute('data-order-seed', seed);
	// data-order-pending holds the number of choices: a list is ordered once all have been parsed.
	var orderPending = function () {
		var pending = document.querySelectorAll('[data-order-pending]');
		for (var p = 0; p < pending.length; p++) {
			var count = +pending[p].getAttribute('data-order-pending');
			var list = pending[p].querySelector('[data-choice-list]');
			var card = pending[p].closest('fieldset[id^="question-"]');
			var inputs = list ? list.querySelectorAll('li > input') : [];
			if (!card || inputs.length < count) continue;
			var shown = order(count, card.id.slice(9), seed), byIndex = {};
			for (var k = 0; k < inputs.length; k++) byIndex[inputs[k].value] = inputs[k].parentNode;
			for (var s = 0; s < shown.length; s++) {
				if (byIndex[shown[s]]) byIndex[shown[s]].style.order = s;
			}
			pending[p].removeAttribute('data-order-pending');
		}
	};
	var parsing = new MutationObserver(orderPending);
	parsing.observe(document.documentElement, { childList: true, subtree: true });
	document.addEventListener('DOMContentLoaded', function () {
		parsing.disconnect();
		orderPending();
	});
} catch (e) {}
try {
	var anchorKey = 'close-read:scroll-anchor', moved = false;
	window.addEventListener('pagehide', function () {
		var cards = document.querySelectorAll('fieldset[id^="question-"]');
		for (var c = 0; c < cards.length; c++) {
			var box = cards[c].getBoundingClientRect();
			if (box.bottom > 0) {
				try {
					sessionStorage.setItem(anchorKey, JSON.stringify([location.pathname, cards[c].id, box.top]));
				} catch (e) {}
				return;
			}
		}
	});
	var stay = function () { moved = true; };
	var inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'];
	for (var n = 0; n < inputs.length; n++) {
		window.addEventListener(inputs[n], stay, { capture: true, passive: true, once: true });
	}
	window.__closeReadRestoreAnchor = function () {
		try {
			var saved = JSON.parse(sessionStorage.getItem(anchorKey) || 'null');
			sessionStorage.removeItem(anchorKey);
			var navigation = performance.getEntriesByType('navigation')[0];
			var card = saved && saved[0] === location.pathname && document.getElementById(saved[1]);
			if (card && !moved && navigation && navigation.type !== 'navigate') {
				window.scrollBy(0, card.getBoundingClientRect().top - saved[2]);
			}
		} catch (e) {}
	};
} catch (e) {}`;
