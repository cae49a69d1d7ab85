import { describe, expect, it, vi } from 'vitest';

// The test setup loads the typed graders for every test, as a lesson page does; these tests take
// a fresh copy of the modules, as a reading page starts.
async function freshGrading() {
	vi.resetModules();
	return import('./typed-grading');
}

describe('typed answers’ graders, fetched on first use', () => {
	it('grades choices at once and typed answers only once their grader has come', async () => {
		const grading = await freshGrading();
		expect(grading.gradingLoaded('single-choice')).toBe(true);
		expect(grading.gradingLoaded('short-answer')).toBe(false);
		expect(() => grading.typedGraders()).toThrow(/before their grader has loaded/);

		await grading.loadGrading('fill-blanks');
		expect(grading.gradingLoaded('short-answer')).toBe(true);
		expect(grading.gradingLoaded('fill-blanks')).toBe(true);
		expect(typeof grading.typedGraders().gradeShortAnswer).toBe('function');
	});

	it('fetches the grader once however many cards ask at the same time', async () => {
		const grading = await freshGrading();
		const asked = [grading.loadGrading('short-answer'), grading.loadGrading('fill-blanks')];
		expect(asked[0]).toBe(asked[1]);
		await Promise.all(asked);
		expect(grading.gradingLoaded('short-answer')).toBe(true);
	});
});
