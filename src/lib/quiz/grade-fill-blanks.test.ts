import { describe, expect, it } from 'vitest';
import { damaged, fillBlanks } from '../../test-data/questions';
import { gradeFillBlanks } from './grade-fill-blanks';

// Gaps: [Macron] and [negotiating|negotiation].
describe('gradeFillBlanks', () => {
	it('gives a full point when every gap is right', () => {
		expect(
			gradeFillBlanks(fillBlanks(), { type: 'fill-blanks', blanks: ['macron', 'Negotiation'] })
		).toEqual({ score: 1, correct: true, parts: ['right', 'right'], forgivenTypos: false });
	});

	it('shares the point between the gaps', () => {
		expect(
			gradeFillBlanks(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron', 'dinner'] })
		).toEqual({ score: 0.5, correct: false, parts: ['right', 'wrong'], forgivenTypos: false });
	});

	it('gives nothing when every gap is wrong or blank', () => {
		expect(
			gradeFillBlanks(fillBlanks(), { type: 'fill-blanks', blanks: ['Scholz', '  '] })
		).toEqual({ score: 0, correct: false, parts: ['wrong', 'wrong'], forgivenTypos: false });
	});

	it('forgives a slip in a typed gap and says so', () => {
		expect(
			gradeFillBlanks(fillBlanks(), { type: 'fill-blanks', blanks: ['Macorn', 'negotiating'] })
		).toEqual({ score: 1, correct: true, parts: ['right', 'right'], forgivenTypos: true });
	});

	it('does not forgive a near miss from the word bank, which was picked, not mistyped', () => {
		const question = fillBlanks({
			text: 'Sanctions have taken a toll on its [economy] and global standing.',
			segments: ['Sanctions have taken a toll on its ', ' and global standing.'],
			answer: [['economy']],
			bank: ['economies', 'economy', 'energy']
		});
		expect(gradeFillBlanks(question, { type: 'fill-blanks', blanks: ['economies'] })).toEqual({
			score: 0,
			correct: false,
			parts: ['wrong'],
			forgivenTypos: false
		});
		expect(gradeFillBlanks(question, { type: 'fill-blanks', blanks: ['economy'] }).correct).toBe(
			true
		);
	});

	it('marks a gap with no blank given as wrong, and ignores extra blanks', () => {
		expect(gradeFillBlanks(fillBlanks(), { type: 'fill-blanks', blanks: ['Macron'] })).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', 'wrong'],
			forgivenTypos: false
		});
		expect(
			gradeFillBlanks(fillBlanks(), {
				type: 'fill-blanks',
				blanks: ['Macron', 'negotiating', 'table']
			}).parts
		).toEqual(['right', 'right']);
	});

	it('grades blanks that are not text, or not a list, as wrong', () => {
		expect(
			gradeFillBlanks(fillBlanks(), damaged({ type: 'fill-blanks', blanks: [null, 7] })).parts
		).toEqual(['wrong', 'wrong']);
		expect(
			gradeFillBlanks(fillBlanks(), damaged({ type: 'fill-blanks', blanks: 'Macron' })).score
		).toBe(0);
	});

	it('never forgives a slip that turns a gap into its opposite', () => {
		const question = fillBlanks({
			text: 'This is a [non-negotiable] point.',
			segments: ['This is a ', ' point.'],
			answer: [['non-negotiable', 'nonnegotiable']]
		});
		expect(
			gradeFillBlanks(question, { type: 'fill-blanks', blanks: ['negotiable'] }).parts
		).toEqual(['wrong']);
		expect(
			gradeFillBlanks(question, { type: 'fill-blanks', blanks: ['non negotiable'] }).correct
		).toBe(true);
	});

	it('does not accept extra words in a gap', () => {
		expect(
			gradeFillBlanks(fillBlanks(), {
				type: 'fill-blanks',
				blanks: ['Macron', 'negotiating peace']
			}).parts
		).toEqual(['right', 'wrong']);
	});

	it("marks a refused near miss wrong and gives the author's hint, typed or picked", () => {
		const hint = 'Closed is the opposite: the channels must be kept open.';
		const typed = fillBlanks({ rejected: [{ answer: 'closed', hint }] });
		expect(gradeFillBlanks(typed, { type: 'fill-blanks', blanks: ['Macron', 'closed'] })).toEqual({
			score: 0.5,
			correct: false,
			parts: ['right', 'wrong'],
			forgivenTypos: false,
			hint
		});
		const picked = fillBlanks({
			text: 'Diplomatic channels must be kept [open].',
			segments: ['Diplomatic channels must be kept ', '.'],
			answer: [['open']],
			bank: ['closed', 'open', 'secret'],
			rejected: [{ answer: 'closed', hint }]
		});
		expect(gradeFillBlanks(picked, { type: 'fill-blanks', blanks: ['closed'] }).hint).toBe(hint);
		expect(
			gradeFillBlanks(picked, { type: 'fill-blanks', blanks: ['secret'] }).hint
		).toBeUndefined();
	});
});
