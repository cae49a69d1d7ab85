import type { OrderingQuestion } from '$lib/content/model';
import { gradeFromParts, isIndexInto, listOrEmpty } from './grade-parts';
import type { Grade, PartMark, ResponseFor } from './response';

/**
 * Each position is right when the item placed there is the one the text gives there. Items are
 * compared by text, so two shuffles of the same items grade alike.
 */
export function gradeOrdering(
	question: OrderingQuestion,
	response: ResponseFor<'ordering'>
): Grade {
	const order = listOrEmpty(response.order);
	if (!isArrangementOf(order, question.items.length)) {
		// Not a rearrangement of the items shown (lost or repeated items): nothing to credit.
		return gradeFromParts(question.answer.map((): PartMark => 'wrong'));
	}
	const parts = question.answer.map((expected, position): PartMark =>
		question.items[order[position] ?? -1] === expected ? 'right' : 'wrong'
	);
	return gradeFromParts(parts);
}

/** Whether `order` names every one of `length` items exactly once. */
function isArrangementOf(order: unknown[], length: number): order is number[] {
	return (
		order.length === length &&
		order.every((index) => isIndexInto(index, length)) &&
		new Set(order).size === length
	);
}
