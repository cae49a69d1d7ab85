/**
 * The teacher's own questions among the bank's, as the lesson runs them: an edited question takes
 * the place of the bank question it was copied from, an added one follows its reading's bank
 * questions. Saving and removing keep the ticked questions in step.
 */

export type Origin = { kind: 'edited'; from: string } | { kind: 'added' };

export interface OwnQuestion {
	id: string;
	readingId: string;
	origin: Origin;
}

export interface BankEntry {
	id: string;
	readingId: string | null;
}

export type Placed<B, T> = { own: false; question: B } | { own: true; question: T };

/** Every question, reading by reading in the readings' order, the whole-article ones last. */
export function lessonOrder<B extends BankEntry, T extends OwnQuestion>(
	readingIds: readonly string[],
	bank: readonly B[],
	own: readonly T[]
): Placed<B, T>[] {
	const edits = new Map<string, T>();
	for (const question of own) {
		if (question.origin.kind === 'edited') {
			edits.set(question.origin.from, question);
		}
	}
	const bankIds = new Set(bank.map((question) => question.id));
	const place = (question: B): Placed<B, T> => {
		const edited = edits.get(question.id);
		return edited ? { own: true, question: edited } : { own: false, question };
	};
	const order: Placed<B, T>[] = [];
	for (const readingId of readingIds) {
		order.push(...bank.filter((question) => question.readingId === readingId).map(place));
		// Added questions, and edits whose bank question is gone, after the reading's own.
		for (const question of own) {
			const placed = question.origin.kind === 'edited' && bankIds.has(question.origin.from);
			if (question.readingId === readingId && !placed) {
				order.push({ own: true, question });
			}
		}
	}
	const known = new Set(readingIds);
	order.push(
		...bank
			.filter((question) => question.readingId === null || !known.has(question.readingId))
			.map(place)
	);
	return order;
}

export interface LessonQuestions<T> {
	own: T[];
	/** The ticked question ids. */
	chosen: string[];
}

/** Keeps a teacher's question (new, or again after editing) and ticks it, in the bank's place. */
export function saveOwn<T extends OwnQuestion>(
	current: LessonQuestions<T>,
	question: T
): LessonQuestions<T> {
	const known = current.own.some((other) => other.id === question.id);
	const own = known
		? current.own.map((other) => (other.id === question.id ? question : other))
		: [...current.own, question];
	const from = question.origin.kind === 'edited' ? question.origin.from : null;
	const chosen = current.chosen.filter((id) => id !== from && id !== question.id);
	return { own, chosen: [...chosen, question.id] };
}

/** Takes a teacher's question out; an edited one gives back the bank's, ticked if it was. */
export function removeOwn<T extends OwnQuestion>(
	current: LessonQuestions<T>,
	id: string
): LessonQuestions<T> {
	const question = current.own.find((other) => other.id === id);
	if (!question) {
		return current;
	}
	const wasChosen = current.chosen.includes(id);
	const chosen = current.chosen.filter((other) => other !== id);
	if (question.origin.kind === 'edited' && wasChosen && !chosen.includes(question.origin.from)) {
		chosen.push(question.origin.from);
	}
	return { own: current.own.filter((other) => other.id !== id), chosen };
}
