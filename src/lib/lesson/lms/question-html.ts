/**
 * The question text as HTML for Moodle (GIFT and Moodle XML): the reading's title and text, then
 * the prompt, so a student in the LMS reads the passage the question is about.
 */
import type { CanonicalBank, CanonicalQuestion } from '../../server/canonical';
import { instructionFor, passageFor } from './question-context';

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `after` is HTML already (a sentence with its gaps), placed after the prompt. */
export function questionHtml(bank: CanonicalBank, question: CanonicalQuestion, after = ''): string {
	const passage = passageFor(bank, question);
	const instruction = instructionFor(question);
	return [
		`<p><em>${escapeHtml(passage.title)}</em></p>`,
		...passage.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
		`<p><strong>${escapeHtml(question.prompt)}</strong></p>`,
		instruction === null ? '' : `<p>${escapeHtml(instruction)}</p>`,
		after
	].join('');
}

export function explanationHtml(question: CanonicalQuestion): string {
	return `<p>${escapeHtml(question.explanation)}</p>`;
}
