/**
 * The lesson being built, kept for this browser tab so a reload (or coming back from the
 * preview) finds it as it was, the teacher's own questions included. It comes back from
 * storage, so it is checked: anything unreadable is dropped, never trusted.
 */
import * as v from 'valibot';
import type { StorageLike } from '$lib/storage/stored-record';
import { FEEDBACK_TIMINGS } from './lesson';
import type { LessonDraft } from './lesson-draft';
import { teacherQuestionSchema, type TeacherQuestion } from './teacher-question';

export const BUILDER_DRAFT_KEY = 'close-read:lesson-builder-draft';

const keptSchema = v.object({
	version: v.literal(1),
	draft: v.object({
		title: v.pipe(v.string(), v.maxLength(10_000)),
		instructions: v.pipe(v.string(), v.maxLength(100_000)),
		dueDate: v.pipe(v.string(), v.maxLength(100)),
		passMark: v.number(),
		attemptsPerQuestion: v.number(),
		feedback: v.picklist(FEEDBACK_TIMINGS),
		shuffleChoices: v.boolean(),
		wholeArticle: v.boolean(),
		questionIds: v.pipe(v.array(v.string()), v.maxLength(10_000)),
		questions: v.pipe(v.array(v.unknown()), v.maxLength(1_000))
	})
});

/** The kept draft, or null when there is none or it cannot be read. Never throws. */
export function parseBuilderDraft(text: string | null): LessonDraft | null {
	if (text === null) {
		return null;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return null;
	}
	const kept = v.safeParse(keptSchema, raw);
	if (!kept.success) {
		return null;
	}
	// A question that no longer reads (the format moved on) is dropped, and so is its tick.
	const questions = kept.output.draft.questions.flatMap((question): TeacherQuestion[] => {
		const parsed = v.safeParse(teacherQuestionSchema, question);
		return parsed.success ? [parsed.output] : [];
	});
	const teacherIds = new Set(questions.map((question) => question.id));
	const questionIds = kept.output.draft.questionIds.filter(
		(id) => !id.startsWith('t-') || teacherIds.has(id)
	);
	return { ...kept.output.draft, questionIds, questions };
}

export function serializeBuilderDraft(draft: LessonDraft): string {
	return JSON.stringify({ version: 1, draft });
}

/** The draft kept in this tab, if any; storage that refuses access counts as none. */
export function loadBuilderDraft(storage: () => StorageLike | null): LessonDraft | null {
	try {
		return parseBuilderDraft(storage()?.getItem(BUILDER_DRAFT_KEY) ?? null);
	} catch {
		return null;
	}
}

/** Keeps the draft; when storage is full or off, the builder goes on without (nothing is lost now). */
export function keepBuilderDraft(storage: () => StorageLike | null, draft: LessonDraft): void {
	try {
		storage()?.setItem(BUILDER_DRAFT_KEY, serializeBuilderDraft(draft));
	} catch {
		// Nothing to do: the draft is still on screen.
	}
}

export function forgetBuilderDraft(storage: () => StorageLike | null): void {
	try {
		storage()?.removeItem(BUILDER_DRAFT_KEY);
	} catch {
		// Nothing to do.
	}
}
