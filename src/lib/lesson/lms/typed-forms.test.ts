import { describe, expect, it } from 'vitest';
import { matchTolerantly } from '../../quiz/tolerant-match';
import { everyTypeBank } from '../../../test-data/lms-banks';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { toQti21Package } from './qti21';
import { describeDifferences } from './selection';
import { MAX_FORMS, typedForms } from './typed-forms';

describe('typed answers for exact-matching LMSs', () => {
	it('lists the trimmed form and the hyphen and space variants the app accepts', () => {
		expect(typedForms(['de-escalation '])).toEqual([
			'de-escalation',
			'de escalation',
			'deescalation'
		]);
	});

	it('lists numbers as digits and as words, and the answer without its leading article', () => {
		const forms = typedForms(['the three-year silence']);
		expect(forms).toContain('three-year silence');
		expect(forms).toContain('the 3-year silence');
		expect(forms).toContain('the three year silence');
	});

	it('lists apostrophes straightened and dropped', () => {
		expect(typedForms(['Kremlin’s view'])).toEqual(
			expect.arrayContaining([
				'Kremlin’s view',
				"Kremlin's view",
				'Kremlins view',
				'Kremlin’s-view'
			])
		);
	});

	it('lists only forms the app itself accepts, the accepted ones first, none twice', () => {
		const accepted = ['U.S. sanctions', 'American sanctions', 'sanctions by the U.S.'];
		const forms = typedForms(accepted);
		expect(forms.slice(0, 3)).toEqual(accepted);
		expect(forms.length).toBeLessThanOrEqual(MAX_FORMS);
		expect(new Set(forms.map((form) => form.toLowerCase())).size).toBe(forms.length);
		for (const form of forms) {
			expect(matchTolerantly(form, accepted).matched, form).not.toBeNull();
		}
	});

	it('says in each export’s report which questions an LMS grades more strictly', () => {
		const bank = everyTypeBank();
		const typed = bank.questions
			.filter(
				(question) =>
					question.type === 'short-answer' ||
					(question.type === 'fill-blanks' && question.bank === null)
			)
			.map((question) => question.id);
		expect(typed.length).toBeGreaterThan(0);
		expect(toQti21Package(bank).differences.map(({ id }) => id)).toEqual(typed);
		// Moodle and GIFT leave some typed questions out; those are in the left-out list instead.
		for (const exported of [toGift(bank), toMoodleXml(bank)]) {
			const left = new Set(exported.skipped.map(({ id }) => id));
			expect(exported.differences.map(({ id }) => id)).toEqual(typed.filter((id) => !left.has(id)));
		}
		expect(describeDifferences(toQti21Package(bank).differences)).toMatch(
			/^Graded more strictly than in Close Read: \d+ questions:\n {2}how-long-silent \(short-answer\): typed answers are compared exactly/
		);
	});
});
