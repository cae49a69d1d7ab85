import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optionOrder } from '$lib/quiz/option-order';
import { EARLY_ANSWERS_SCRIPT } from './early-script.js';

/** The inline script's own shuffle, run as the browser would run it before the app. */
function scriptOrder(): (count: number, questionId: string, seed: string) => number[] {
	const window: Record<string, unknown> = {};
	new Function('window', 'document', EARLY_ANSWERS_SCRIPT)(window, { addEventListener() {} });
	return window.__closeReadOrder as (count: number, questionId: string, seed: string) => number[];
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
