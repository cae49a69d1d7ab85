/**
 * Partial credit as the app grades it (src/lib/quiz/grade-multiple-select.ts), in the shapes LMS
 * formats want: each right pick earns 1/n of the point and each wrong pick takes 1/n back, n being
 * the number of correct choices; LMSs clamp the total to 0..1, as the app does.
 */
import type { MultipleSelectQuestion } from '../../content/model';

type Choices = Pick<MultipleSelectQuestion, 'choices' | 'answer'>;

/** For each choice, its share of the point: positive for a correct choice, negative otherwise. */
export function choiceCredits(question: Choices): number[] {
	const share = 1 / question.answer.length;
	return question.choices.map((_, index) => (question.answer.includes(index) ? share : -share));
}

/**
 * A share as a percentage for Moodle (GIFT weights, XML fractions): five decimals, which Moodle
 * matches against its list of allowed grades (33.33333 for a third).
 */
export function percent(share: number): string {
	return String(Number((share * 100).toFixed(5)));
}
