import { describe, expect, it } from 'vitest';
import { damaged, evidence } from '../../test-data/questions';
import { gradeEvidence } from './grade-evidence';

const SUPPORTING =
	'For the first time in three whole years, Vladimir Putin and Emmanuel Macron are reportedly ' +
	'back at the negotiating table, discussing the possibility of ending the invasion of Ukraine.';

describe('gradeEvidence', () => {
	it('gives a full point for the supporting sentence', () => {
		expect(gradeEvidence(evidence(), { type: 'evidence', sentence: SUPPORTING })).toEqual({
			score: 1,
			correct: true,
			parts: [],
			forgivenTypos: false
		});
	});

	it('ignores how the sentence was wrapped or spaced', () => {
		const rewrapped = SUPPORTING.replace('Vladimir Putin', 'Vladimir\n  Putin') + ' ';
		expect(gradeEvidence(evidence(), { type: 'evidence', sentence: rewrapped }).correct).toBe(true);
	});

	it('gives nothing for another sentence of the reading', () => {
		expect(
			gradeEvidence(evidence(), { type: 'evidence', sentence: 'Yeah, you heard that right!' })
		).toEqual({ score: 0, correct: false, parts: [], forgivenTypos: false });
	});

	it('gives nothing for a sentence that differs in more than spacing', () => {
		const sentence = SUPPORTING.toLowerCase();
		expect(gradeEvidence(evidence(), { type: 'evidence', sentence }).correct).toBe(false);
	});

	it('gives nothing for a blank or missing sentence', () => {
		expect(gradeEvidence(evidence(), { type: 'evidence', sentence: '  ' }).score).toBe(0);
		expect(gradeEvidence(evidence(), damaged({ type: 'evidence', sentence: 7 })).score).toBe(0);
		expect(gradeEvidence(evidence(), damaged({ type: 'evidence' })).score).toBe(0);
	});
});
