/**
 * The lesson the e2e specs of teachers' own questions share: one bank question of each type
 * edited and one question of each type added, made with the project's own lesson type, so the
 * link is the one the builder would make.
 */
import { readContentFiles } from '../../scripts/content-files';
import { QUESTION_TYPES } from '../../src/lib/content/kinds';
import type { Reading } from '../../src/lib/content/model';
import {
	checkTeacherQuestion,
	toTeacherDraft,
	type TeacherQuestion
} from '../../src/lib/lesson/teacher-question';
import { loadBank } from '../../src/lib/server/load';
import { buildLesson } from '../../src/test-data/lessons';
import { teacherQuestionsOfEachType } from '../../src/test-data/teacher-questions';

export const { bank } = loadBank(readContentFiles());
const readingOf = (id: string) => bank.readings.find((reading) => reading.id === id) as Reading;

/** For each type, the first bank question whose edited draft passes the teacher's checks. */
export const edited: TeacherQuestion[] = QUESTION_TYPES.map((type) => {
	const draft = bank.questions
		.filter((question) => question.type === type && question.readingId !== null)
		.map((question) => ({ ...toTeacherDraft(question), prompt: `${question.prompt} (edited)` }))
		.find((candidate) => checkTeacherQuestion(candidate, readingOf(candidate.readingId)).question);
	if (!draft) {
		throw new Error(`No bank question of type ${type} to edit`);
	}
	return draft;
});
export const added = teacherQuestionsOfEachType();
export const own = [...edited, ...added];
export const ownQuestionsLesson = buildLesson({
	title: 'Our own questions',
	instructions: '',
	readingIds: [...new Set(own.map((question) => question.readingId))],
	questionIds: own.map((question) => question.id),
	questions: own,
	attemptsPerQuestion: 1,
	shuffleChoices: false,
	// One part: every question on one page, the whole article beside it.
	wholeArticle: true
});
