/**
 * From the authored shape (a question as written in YAML, or by a teacher in the lesson builder)
 * to the `Question` the pages and graders use: text with its spaces collapsed, the key as
 * indexes, a fixed shuffle for ordering and matching. Pure, so the browser can run it.
 */
import type { Question } from '../model';
import { collapseSpace, stableShuffle } from '../text';
import type { QuestionSource } from './schema';

/** The question as pages use it; `readingId` null for the whole-article check. */
export function toQuestion(
	source: QuestionSource,
	articleId: string,
	readingId: string | null
): Question {
	const base = {
		id: source.id,
		articleId,
		readingId,
		skill: source.skill,
		difficulty: source.difficulty,
		prompt: collapseSpace(source.prompt),
		explanation: collapseSpace(source.explanation),
		evidence: (Array.isArray(source.evidence) ? source.evidence : [source.evidence]).map(
			collapseSpace
		)
	};
	switch (source.type) {
		case 'single-choice':
			return {
				...base,
				type: source.type,
				choices: source.choices.map((choice) => choice.text),
				answer: source.choices.findIndex((choice) => choice.correct === true)
			};
		case 'multiple-select':
			return {
				...base,
				type: source.type,
				choices: source.choices.map((choice) => choice.text),
				answer: source.choices.flatMap((choice, index) => (choice.correct ? [index] : []))
			};
		case 'true-false-not-stated':
			return {
				...base,
				type: source.type,
				answer: String(source.answer) as 'true' | 'false' | 'not-stated'
			};
		case 'short-answer':
			return {
				...base,
				type: source.type,
				answer: source.accepted[0] ?? '',
				accepted: source.accepted,
				...(source.rejected ? { rejected: source.rejected } : {})
			};
		case 'fill-blanks': {
			const text = collapseSpace(source.text);
			const { segments, gaps } = splitGaps(text);
			const expected = gaps.map((gap) => gap[0] ?? '');
			return {
				...base,
				type: source.type,
				text,
				segments,
				answer: gaps,
				bank: source.bank ? [...expected, ...source.bank].sort((a, b) => a.localeCompare(b)) : null,
				...(source.rejected ? { rejected: source.rejected } : {})
			};
		}
		case 'ordering': {
			const answer = source.items.map(collapseSpace);
			return { ...base, type: source.type, answer, items: stableShuffle(answer, source.id) };
		}
		case 'matching': {
			// Spare meanings belong to no term. They go after the shuffled meanings of the terms, so
			// adding one to a published question leaves the indices stored answers use unchanged; the
			// pages shuffle the order they show.
			const meanings = [
				...stableShuffle(
					source.pairs.map((pair) => collapseSpace(pair.meaning)),
					source.id
				),
				...(source.spare ?? []).map(collapseSpace)
			];
			return {
				...base,
				type: source.type,
				terms: source.pairs.map((pair) => pair.term),
				meanings,
				answer: source.pairs.map((pair) => meanings.indexOf(collapseSpace(pair.meaning)))
			};
		}
		case 'evidence':
			return {
				...base,
				type: source.type,
				answer: collapseSpace(source.evidence),
				evidence: [collapseSpace(source.evidence)]
			};
	}
}

/** "the [negotiating] table" → segments ["the ", " table"], gaps [["negotiating"]]. */
export function splitGaps(text: string): { segments: string[]; gaps: string[][] } {
	const pieces = text.split(/\[([^\]]*)\]/);
	const segments = pieces.filter((_, i) => i % 2 === 0);
	const gaps = pieces
		.filter((_, i) => i % 2 === 1)
		.map((gap) =>
			gap
				.split('|')
				.map((word) => word.trim())
				.filter((word) => word !== '')
		);
	return { segments, gaps };
}
