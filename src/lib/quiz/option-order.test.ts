import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../scripts/content-files';
import { loadBank } from '$lib/server/load';
import { newOrderSeed, optionOrder, parseOrderSeed, SHARED_SEED } from './option-order';

const seed = fc.stringMatching(/^[a-z0-9]{16}$/);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{2,30}$/);

describe('optionOrder', () => {
	it('is a permutation of the authored indexes', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 12 }), id, seed, (count, questionId, student) => {
				const order = optionOrder(count, questionId, student);
				expect([...order].sort((a, b) => a - b)).toEqual(
					Array.from({ length: count }, (_, i) => i)
				);
			})
		);
	});

	it('is the same every time for one student and one question, so reloads do not reshuffle', () => {
		fc.assert(
			fc.property(fc.integer({ min: 2, max: 8 }), id, seed, (count, questionId, student) => {
				expect(optionOrder(count, questionId, student)).toEqual(
					optionOrder(count, questionId, student)
				);
			})
		);
	});

	it('differs between questions for one student, and between students for one question', () => {
		const orders = (make: (i: number) => number[]) =>
			new Set(Array.from({ length: 200 }, (_, i) => make(i).join(','))).size;
		// 24 orders of 4 options: 200 draws that all fell alike would be no shuffle at all.
		expect(orders((i) => optionOrder(4, `question-${i}`, 'studentseed00001'))).toBe(24);
		expect(orders((i) => optionOrder(4, 'same-question', `student${i}seed`))).toBe(24);
		expect(optionOrder(5, 'one-question', SHARED_SEED)).toEqual(
			optionOrder(5, 'one-question', SHARED_SEED)
		);
	});

	it('puts each authored option first about equally often, the authored first included', () => {
		const firsts = [0, 0, 0, 0];
		for (let i = 0; i < 4000; i++) {
			const first = optionOrder(4, `question-${i}`, 'abcdefgh12345678')[0] ?? -1;
			firsts[first] = (firsts[first] ?? 0) + 1;
		}
		for (const count of firsts) {
			expect(count / 4000).toBeGreaterThan(0.21);
			expect(count / 4000).toBeLessThan(0.29);
		}
	});
});

describe('the real bank, shown in a student’s order', () => {
	const { bank } = loadBank(readContentFiles());
	const singles = bank.questions.filter((question) => question.type === 'single-choice');
	const multiples = bank.questions.filter((question) => question.type === 'multiple-select');

	function keyFirstShare(student: string): number {
		const keyFirst = singles.filter(
			(question) =>
				optionOrder(question.choices.length, question.id, student)[0] === question.answer
		);
		return keyFirst.length / singles.length;
	}

	function keysBeforeWrongShare(student: string): number {
		const keysFirst = multiples.filter((question) => {
			const shown = optionOrder(question.choices.length, question.id, student);
			return shown
				.slice(0, question.answer.length)
				.every((index) => question.answer.includes(index));
		});
		return keysFirst.length / multiples.length;
	}

	const chance =
		singles.reduce((sum, question) => sum + 1 / question.choices.length, 0) / singles.length;

	it('shows a single-choice key first near chance, well under 40%, in the fixed orders', () => {
		expect(singles.length).toBeGreaterThan(20);
		for (const student of [SHARED_SEED, 'student000000001', 'student000000002']) {
			const share = keyFirstShare(student);
			expect(share).toBeLessThan(0.4);
			expect(Math.abs(share - chance)).toBeLessThan(0.2);
		}
	});

	// A single random student once saw 16 of 37 keys first (43%): a student's own share is a
	// draw, over 40% for about one in thirty, so the claim for the seeds students get is about
	// them all. Picking the first option pays no more than chance, and the unlucky are as few as
	// chance makes them.
	it('shows a single-choice key first at chance across students with fresh seeds', () => {
		const shares = Array.from({ length: 400 }, () => keyFirstShare(newOrderSeed()));
		const mean = shares.reduce((sum, share) => sum + share, 0) / shares.length;
		expect(Math.abs(mean - chance)).toBeLessThan(0.02);
		expect(shares.filter((share) => share >= 0.4).length / shares.length).toBeLessThan(0.1);
	});

	it('rarely shows every multiple-select key before every wrong option', () => {
		expect(multiples.length).toBeGreaterThan(5);
		for (const student of [SHARED_SEED, 'student000000001', 'student000000002']) {
			expect(keysBeforeWrongShare(student)).toBeLessThan(0.4);
		}
		// Fresh seeds as a population, as above: about one in two thousand goes over 40%.
		const shares = Array.from({ length: 400 }, () => keysBeforeWrongShare(newOrderSeed()));
		expect(shares.reduce((sum, share) => sum + share, 0) / shares.length).toBeLessThan(0.15);
		expect(shares.filter((share) => share >= 0.4).length).toBeLessThan(4);
	});
});

describe('the stored seed', () => {
	it('reads back every seed it makes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
				const made = newOrderSeed(bytes);
				expect(parseOrderSeed(made)).toBe(made);
			})
		);
	});

	it('refuses anything else found under its key', () => {
		fc.assert(
			fc.property(fc.string(), (raw) => {
				const parsed = parseOrderSeed(raw);
				expect(parsed === null || /^[a-z0-9]{8,32}$/.test(parsed)).toBe(true);
			})
		);
		expect(parseOrderSeed(null)).toBeNull();
		expect(parseOrderSeed('')).toBeNull();
		expect(parseOrderSeed('{"seed":1}')).toBeNull();
	});

	it('makes a different seed for each new student', () => {
		expect(new Set(Array.from({ length: 50 }, () => newOrderSeed())).size).toBe(50);
	});
});
