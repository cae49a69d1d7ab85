/**
 * The feedback in words once an answer is revealed (right, or the tries used up): what the
 * student chose, what was wrong or missed, what the answer is and what the text says. Said in
 * text, not only in marks and highlights, so a screen reader hears the evidence too.
 */
import type { Question } from '$lib/content/model';
import { VERDICTS } from './choice-marks';
import { listOrEmpty } from './grade-parts';
import { filledSentence } from './question-types';
import type { Grade, Response } from './response';

export interface FeedbackLine {
	label: string;
	texts: string[];
	/**
	 * quoted: words from the reading or the student, in quotation marks; plain: a short answer
	 * such as "false"; numbered: an order, as a numbered list; bullets: pairs, as a list.
	 */
	form: 'quoted' | 'plain' | 'numbered' | 'bullets';
}

/** The text in curly quotation marks, as the feedback shows and reads it. */
export function quoted(text: string): string {
	return `“${text}”`;
}

/** The feedback lines of a revealed answer, in reading order; the explanation comes after. */
export function revealedFeedback(
	question: Question,
	response: Response | null,
	grade: Grade
): FeedbackLine[] {
	const lines = answerLines(question, response, grade);
	if (question.evidence.length > 0) {
		lines.push({ label: 'The text says:', texts: question.evidence, form: 'quoted' });
	}
	return lines;
}

function answerLines(question: Question, response: Response | null, grade: Grade): FeedbackLine[] {
	switch (question.type) {
		case 'single-choice': {
			const choice = response?.type === 'single-choice' ? response.choice : -1;
			return [
				chose('You chose:', [question.choices[choice]]),
				{
					label: 'The answer is:',
					texts: [question.choices[question.answer] ?? ''],
					form: 'quoted'
				}
			];
		}
		case 'true-false-not-stated': {
			const chosen = VERDICTS.find(
				(verdict) => response?.type === question.type && verdict.value === response.verdict
			);
			const answer = VERDICTS.find((verdict) => verdict.value === question.answer);
			return [
				{ label: 'You chose:', texts: [chosen?.label.toLowerCase() ?? 'nothing'], form: 'plain' },
				{ label: 'The answer is:', texts: [answer?.label.toLowerCase() ?? ''], form: 'plain' }
			];
		}
		case 'multiple-select': {
			const picks = response?.type === question.type ? listOrEmpty(response.choices) : [];
			const named = (mark: 'wrong' | 'missed') =>
				question.choices.filter((_, index) => grade.parts[index] === mark);
			const lines = [
				chose(
					'You chose:',
					question.choices.filter((_, index) => picks.includes(index))
				)
			];
			if (!grade.correct) {
				const wrong = named('wrong');
				const missed = named('missed');
				if (wrong.length > 0) {
					lines.push({
						label: wrong.length === 1 ? 'This pick is not right:' : 'These picks are not right:',
						texts: wrong,
						form: 'quoted'
					});
				}
				if (missed.length > 0) {
					lines.push({ label: 'You missed:', texts: missed, form: 'quoted' });
				}
				lines.push({
					label: 'The answers are:',
					texts: question.answer.map((index) => question.choices[index] ?? ''),
					form: 'quoted'
				});
			}
			return lines;
		}
		case 'short-answer': {
			const text = response?.type === question.type ? response.text : '';
			return [
				chose('You wrote:', [text]),
				{
					label: grade.forgivenTypos ? 'Accepted, but check the spelling:' : 'A model answer:',
					texts: [question.answer],
					form: 'plain'
				}
			];
		}
		case 'fill-blanks': {
			const blanks = response?.type === question.type ? listOrEmpty(response.blanks) : [];
			const lines = [
				chose(
					'You wrote:',
					question.answer.map((_, gap) => textOrNothing(blanks[gap]))
				)
			];
			if (!grade.correct || grade.forgivenTypos) {
				lines.push({
					label: grade.correct ? 'Accepted, but check the spelling:' : 'The sentence reads:',
					texts: [filledSentence(question)],
					form: 'quoted'
				});
			}
			return lines;
		}
		case 'ordering': {
			if (grade.correct) {
				return [
					{ label: 'You put them in the text’s order:', texts: question.answer, form: 'numbered' }
				];
			}
			const order = response?.type === question.type ? listOrEmpty(response.order) : [];
			return [
				{
					label: 'Your order:',
					texts: order.map((index) => question.items[index as number] ?? ''),
					form: 'numbered'
				},
				{ label: 'The text’s order:', texts: question.answer, form: 'numbered' }
			];
		}
		case 'matching': {
			const meanings = response?.type === question.type ? listOrEmpty(response.meanings) : [];
			const meaningOf = (index: unknown) =>
				typeof index === 'number' ? question.meanings[index] : undefined;
			const lines: FeedbackLine[] = [
				{
					label: 'You matched:',
					texts: question.terms.map(
						(term, index) => `${term}: ${quotedOrNothing(meaningOf(meanings[index]))}`
					),
					form: 'bullets'
				}
			];
			const wrong = question.terms.flatMap((term, index) =>
				grade.parts[index] === 'wrong'
					? [
							`${term}: not ${quotedOrNothing(meaningOf(meanings[index]))}; it means ${quoted(meaningOf(question.answer[index]) ?? '')}`
						]
					: []
			);
			if (wrong.length > 0) {
				lines.push({
					label: wrong.length === 1 ? 'This pair is not right:' : 'These pairs are not right:',
					texts: wrong,
					form: 'bullets'
				});
			}
			return lines;
		}
		case 'evidence': {
			const sentence = response?.type === question.type ? response.sentence : '';
			const lines = [chose('You chose:', [sentence])];
			if (!grade.correct) {
				lines.push({ label: 'The strongest support:', texts: [question.answer], form: 'quoted' });
			}
			return lines;
		}
	}
}

/** What the student gave, quoted; "nothing" for a part left empty. */
function chose(label: string, texts: (string | undefined)[]): FeedbackLine {
	const given = texts.map((text) => (text === undefined || text.trim() === '' ? '' : text));
	return given.some((text) => text !== '')
		? { label, texts: given.filter((text) => text !== ''), form: 'quoted' }
		: { label, texts: ['nothing'], form: 'plain' };
}

function textOrNothing(text: unknown): string | undefined {
	return typeof text === 'string' ? text : undefined;
}

function quotedOrNothing(text: string | undefined): string {
	return text === undefined ? 'nothing chosen' : quoted(text);
}
