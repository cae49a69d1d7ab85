/**
 * A lesson as the teacher fills in the form, and how it becomes a lesson: questions put in the
 * bank's order, the readings they come from, every field checked by `lessonSchema`, and each
 * problem told with the label the teacher sees on the form.
 */
import * as v from 'valibot';
import { lessonSchema, type FeedbackTiming, type Lesson } from './lesson';
import { encodeLesson, MAX_LINK_LENGTH } from './lesson-link';
import type { TeacherQuestion } from './teacher-question';

export interface LessonDraft {
	title: string;
	instructions: string;
	/** As the date field gives it: '' for none. */
	dueDate: string;
	passMark: number;
	attemptsPerQuestion: number;
	feedback: FeedbackTiming;
	shuffleChoices: boolean;
	wholeArticle: boolean;
	/** The questions ticked, in any order. */
	questionIds: string[];
	/**
	 * The teacher's own questions, all in the lesson (ticked or not): an edited one takes the
	 * place of the bank question it was edited from, an added one goes after its reading's.
	 */
	questions?: TeacherQuestion[];
}

/** What the lesson form needs to know of each question in the bank, in the bank's order. */
export interface BankQuestion {
	id: string;
	readingId: string | null;
}

export type MadeLesson =
	| {
			ok: true;
			lesson: Lesson;
			/** The link's fragment. */
			fragment: string;
			/** Whether the link is short enough to open: only then is the lesson worth keeping. */
			fits: boolean;
	  }
	| { ok: false; problems: LessonProblem[] };

/** A problem with the form, at the field it names (`questionIds`, `title`, ...). */
export interface LessonProblem {
	field: string;
	/** The field's label on the form. */
	label: string;
	message: string;
}

/** The form filled in from a lesson being edited, or with the defaults for a new one. */
export function lessonDraft(lesson: Lesson | null): LessonDraft {
	return {
		title: lesson?.title ?? '',
		instructions: lesson?.instructions ?? '',
		dueDate: lesson?.dueDate ?? '',
		passMark: lesson?.passMark ?? 70,
		attemptsPerQuestion: lesson?.attemptsPerQuestion ?? 2,
		feedback: lesson?.feedback ?? 'immediate',
		shuffleChoices: lesson?.shuffleChoices ?? false,
		wholeArticle: lesson?.wholeArticle ?? false,
		questionIds: lesson?.questionIds ?? [],
		questions: lesson?.questions ?? []
	};
}

const LABELS: Record<string, string> = {
	title: 'Title',
	instructions: 'Instructions',
	questionIds: 'Questions',
	dueDate: 'Due date',
	passMark: 'Pass mark',
	attemptsPerQuestion: 'Tries per question'
};

export function makeLesson(draft: LessonDraft, bank: readonly BankQuestion[]): MadeLesson {
	const own = draft.questions ?? [];
	const order = new Map(bank.map((question, index) => [question.id, index]));
	const readingOf = new Map<string, string | null>(
		bank.map((question) => [question.id, question.readingId])
	);
	const lastOfReading = new Map(bank.map((question, index) => [question.readingId, index]));
	own.forEach((question, index) => {
		readingOf.set(question.id, question.readingId);
		// Just after its place in the bank, in the order the teacher made them.
		const after =
			question.origin.kind === 'edited'
				? (order.get(question.origin.from) ?? lastOfReading.get(question.readingId))
				: lastOfReading.get(question.readingId);
		order.set(question.id, (after ?? bank.length) + (index + 1) / (own.length + 1));
	});
	// Questions run in the bank's order: reading by reading, as the article goes.
	const questionIds = [
		...new Set([...draft.questionIds, ...own.map((question) => question.id)])
	].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
	const readingIds = [...new Set(questionIds.flatMap((id) => readingOf.get(id) ?? []))];
	const result = v.safeParse(lessonSchema, {
		title: draft.title.trim(),
		instructions: draft.instructions.trim(),
		readingIds,
		questionIds,
		dueDate: draft.dueDate === '' ? null : draft.dueDate,
		passMark: Number(draft.passMark),
		attemptsPerQuestion: Number(draft.attemptsPerQuestion),
		feedback: draft.feedback,
		shuffleChoices: draft.shuffleChoices,
		wholeArticle: draft.wholeArticle,
		questions: own
	});
	if (!result.success) {
		return {
			ok: false,
			problems: result.issues.map((issue) => {
				const field = issue.path?.map((item) => String(item.key)).join('.') ?? '';
				return { field, label: LABELS[field] ?? field, message: issue.message };
			})
		};
	}
	const fragment = encodeLesson(result.output);
	return { ok: true, lesson: result.output, fragment, fits: fragment.length <= MAX_LINK_LENGTH };
}
