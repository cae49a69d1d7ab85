/**
 * A lesson laid out for paper: its questions grouped under the reading they belong to, in the
 * order the lesson first reaches each reading, numbered straight through so the worksheet and the
 * answer key agree.
 */
import type { Question, Section } from '$lib/content/model';
import { toQuestion } from '$lib/content/authoring/convert';
import type { Lesson } from '$lib/lesson/lesson';
import type { TeacherOrigin } from '$lib/lesson/teacher-question';
import { optionOrder, SHARED_SEED } from '$lib/quiz/option-order';
import { questionType } from '$lib/quiz/question-types';

export interface PrintReading {
	id: string;
	articleId: string;
	title: string;
	heading: string | null;
	text: string;
}

export interface PrintArticle {
	id: string;
	title: string;
	sections: Section[];
}

export interface NumberedQuestion {
	number: number;
	question: Question;
	/** Set for the teacher's own questions: the answer key says where each came from. */
	origin?: TeacherOrigin;
}

export interface WorksheetGroup {
	key: string;
	/** null for the whole-article questions. */
	reading: PrintReading | null;
	questions: NumberedQuestion[];
}

export interface Worksheet {
	groups: WorksheetGroup[];
	/** Articles to print in full before the whole-article questions (the lesson's wholeArticle). */
	articles: PrintArticle[];
	/** Question ids the lesson names that Close Read no longer has. */
	missing: string[];
}

// Not a reading id: those are slugs, with no '#'.
const WHOLE_ARTICLE = '#whole-article';

export function planWorksheet(
	lesson: Lesson,
	readings: readonly PrintReading[],
	questions: readonly Question[],
	articles: readonly PrintArticle[]
): Worksheet {
	const readingsById = new Map(readings.map((reading) => [reading.id, reading]));
	const questionsById = new Map(questions.map((question) => [question.id, question]));
	// The teacher's own questions travel in the lesson, in the authored shape.
	const origins = new Map<string, TeacherOrigin>();
	for (const source of lesson.questions) {
		const articleId = readingsById.get(source.readingId)?.articleId ?? '';
		questionsById.set(source.id, toQuestion(source, articleId, source.readingId));
		origins.set(source.id, source.origin);
	}
	const groups = new Map<string, WorksheetGroup>();
	const missing: string[] = [];
	const chosen: Question[] = [];

	for (const id of lesson.questionIds) {
		const question = questionsById.get(id);
		if (question) {
			chosen.push(question);
		} else {
			missing.push(id);
		}
	}
	for (const question of chosen) {
		const key = question.readingId ?? WHOLE_ARTICLE;
		if (!groups.has(key)) {
			const reading = question.readingId === null ? null : readingsById.get(question.readingId);
			groups.set(key, { key, reading: reading ?? null, questions: [] });
		}
		groups.get(key)!.questions.push({ number: 0, question });
	}
	// A reading chosen without questions is still there to read.
	for (const id of lesson.readingIds) {
		const reading = readingsById.get(id);
		if (reading && !groups.has(id)) {
			groups.set(id, { key: id, reading, questions: [] });
		}
	}

	let number = 0;
	const numbered = [...groups.values()].map((group) => ({
		...group,
		questions: group.questions.map(({ question }) => {
			const origin = origins.get(question.id);
			return { number: ++number, question, ...(origin ? { origin } : {}) };
		})
	}));
	const wholeArticleIds = new Set(
		chosen.filter((question) => question.readingId === null).map((question) => question.articleId)
	);
	return {
		groups: numbered,
		articles: lesson.wholeArticle
			? articles.filter((article) => wholeArticleIds.has(article.id))
			: [],
		missing
	};
}

/**
 * The order a worksheet prints a question's shuffled options in (choices, meanings, word-bank
 * words), as authored indexes: the shared order, the same on every copy so the answer key's
 * letters fit every student's sheet, and never giving the key away by position.
 */
export function paperOrder(question: Question): number[] {
	return optionOrder(
		questionType(question.type).shuffledOptions(question),
		question.id,
		SHARED_SEED
	);
}

/** The letter an option is printed with on the worksheet, from its authored index. */
export function paperLetter(question: Question, authoredIndex: number): string {
	return letter(paperOrder(question).indexOf(authoredIndex));
}

/** A, B, C … for choices and meanings; AA, AB … past Z, which no question reaches. */
export function letter(index: number): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
	return index < 26
		? alphabet[index]!
		: `${letter(Math.floor(index / 26) - 1)}${alphabet[index % 26]}`;
}

/** A date written YYYY-MM-DD, as a reader writes it: "14 March 2025" in their own form. */
export function formatDueDate(date: string): string {
	return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${date}T00:00:00Z`)
	);
}
