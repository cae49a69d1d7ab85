/**
 * The lessons a teacher has made, kept in their browser: each with its link, so reopening one
 * gives back exactly what the students got. Deleting keeps a tombstone, so another open tab that
 * still has the lesson cannot bring it back by merging.
 */
import * as v from 'valibot';
import { parseWith } from '../storage/parsed';
import { lessonSchema, type Lesson } from './lesson';

export const TEACHER_LESSONS_KEY = 'close-read:teacher-lessons';

const savedLessonSchema = v.object({
	/** The lesson's identity (lessonIdentity): the same lesson saved twice is one entry. */
	id: v.string(),
	lesson: lessonSchema,
	/** The fragment of the lesson link, after '#'. */
	fragment: v.string(),
	savedAt: v.pipe(v.string(), v.isoTimestamp()),
	/**
	 * When the lesson was first saved in this browser: nobody can have finished it before. Saving
	 * it again moves `savedAt`, never this. Absent from lessons saved before it was kept: unknown.
	 */
	madeAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
	deletedAt: v.nullable(v.pipe(v.string(), v.isoTimestamp()))
});

export const teacherLessonsSchema = v.object({
	version: v.literal(1),
	lessons: v.array(savedLessonSchema)
});

export type SavedLesson = v.InferOutput<typeof savedLessonSchema>;
export type TeacherLessons = v.InferOutput<typeof teacherLessonsSchema>;

export function emptyTeacherLessons(): TeacherLessons {
	return { version: 1, lessons: [] };
}

export const parseTeacherLessons = parseWith(
	teacherLessonsSchema,
	'The saved lessons are not in a shape this version of Close Read knows.'
);

/** Union by id; of two copies the later save wins, and a deletion wins over an earlier save. */
export function mergeTeacherLessons(a: TeacherLessons, b: TeacherLessons): TeacherLessons {
	const byId = new Map<string, SavedLesson>();
	for (const entry of [...a.lessons, ...b.lessons]) {
		const other = byId.get(entry.id);
		byId.set(entry.id, other ? withMadeAt(newer(other, entry), earlier(other, entry)) : entry);
	}
	return {
		version: 1,
		lessons: [...byId.values()].sort(
			(x, y) => y.savedAt.localeCompare(x.savedAt) || x.id.localeCompare(y.id)
		)
	};
}

/** The earlier of two copies' creation times; one copy's when the other does not know it. */
function earlier(a: SavedLesson, b: SavedLesson): string | undefined {
	if (a.madeAt === undefined || b.madeAt === undefined) {
		return a.madeAt ?? b.madeAt;
	}
	return a.madeAt < b.madeAt ? a.madeAt : b.madeAt;
}

function withMadeAt(entry: SavedLesson, madeAt: string | undefined): SavedLesson {
	if (entry.madeAt === madeAt) {
		return entry;
	}
	const { madeAt: _unknown, ...rest } = entry;
	return madeAt === undefined ? rest : { ...rest, madeAt };
}

function newer(a: SavedLesson, b: SavedLesson): SavedLesson {
	const last = (entry: SavedLesson) =>
		entry.deletedAt && entry.deletedAt > entry.savedAt ? entry.deletedAt : entry.savedAt;
	if (last(a) !== last(b)) {
		return last(a) > last(b) ? a : b;
	}
	return a.deletedAt ? a : b;
}

/**
 * Keeps a lesson (again), as the latest saved. `madeHere` when the teacher made it in this
 * browser just now (the lesson builder), so nobody can have finished it before; a lesson opened
 * from a link pasted here was made elsewhere, at a time not known.
 */
export function saveLesson(
	record: TeacherLessons,
	entry: { id: string; lesson: Lesson; fragment: string },
	at: string,
	madeHere = false
): TeacherLessons {
	const known = record.lessons.find((existing) => existing.id === entry.id);
	// Kept here before: made then, or at a time not known; never this save's time.
	const madeAt = known ? known.madeAt : madeHere ? at : undefined;
	const saved: SavedLesson = {
		...entry,
		savedAt: at,
		...(madeAt === undefined ? {} : { madeAt }),
		deletedAt: null
	};
	return mergeTeacherLessons(record, { version: 1, lessons: [saved] });
}

export function deleteLesson(record: TeacherLessons, id: string, at: string): TeacherLessons {
	return {
		version: 1,
		lessons: record.lessons.map((entry) => (entry.id === id ? { ...entry, deletedAt: at } : entry))
	};
}

export function liveLessons(record: TeacherLessons): SavedLesson[] {
	return record.lessons.filter((entry) => entry.deletedAt === null);
}
