import { describe, expect, it } from 'vitest';
import { buildLesson } from '../../test-data/lessons';
import { lessonDraft, makeLesson, type BankQuestion } from './lesson-draft';
import { decodeLesson, MAX_LINK_LENGTH } from './lesson-link';
import { teacherSingleChoice, teacherTrueFalse } from '../../test-data/teacher-questions';

const bank: BankQuestion[] = [
	{ id: 'back-at-the-table-who', readingId: 'back-at-the-table' },
	{ id: 'back-at-the-table-why', readingId: 'back-at-the-table' },
	{ id: 'red-lines-ukraine-demand', readingId: 'red-lines' },
	{ id: 'whole-article-purpose', readingId: null }
];

const draft = (overrides: Partial<ReturnType<typeof lessonDraft>> = {}) => ({
	...lessonDraft(null),
	title: 'Week 3',
	questionIds: ['back-at-the-table-who'],
	...overrides
});

describe('lessonDraft', () => {
	it('starts a new lesson with a pass mark of 70, two tries and feedback at once', () => {
		expect(lessonDraft(null)).toEqual({
			title: '',
			instructions: '',
			dueDate: '',
			passMark: 70,
			attemptsPerQuestion: 2,
			feedback: 'immediate',
			shuffleChoices: false,
			wholeArticle: false,
			questions: [],
			questionIds: []
		});
	});

	it('fills the form from a lesson being edited, so saving it again changes nothing', () => {
		const lesson = buildLesson({ dueDate: '2026-03-01' });
		const made = makeLesson(lessonDraft(lesson), bank);
		expect(made.ok && made.lesson).toEqual(lesson);
	});
});

describe('makeLesson', () => {
	it('puts the questions in the bank’s order and names the readings they come from', () => {
		const made = makeLesson(
			draft({
				questionIds: ['red-lines-ukraine-demand', 'whole-article-purpose', 'back-at-the-table-who']
			}),
			bank
		);
		expect(made.ok).toBe(true);
		if (made.ok) {
			expect(made.lesson.questionIds).toEqual([
				'back-at-the-table-who',
				'red-lines-ukraine-demand',
				'whole-article-purpose'
			]);
			expect(made.lesson.readingIds).toEqual(['back-at-the-table', 'red-lines']);
		}
	});

	it('trims the title and instructions and turns an empty due date into none', () => {
		const made = makeLesson(
			draft({ title: '  Week 3  ', instructions: ' Read. ', dueDate: '' }),
			bank
		);
		expect(made.ok && [made.lesson.title, made.lesson.instructions, made.lesson.dueDate]).toEqual([
			'Week 3',
			'Read.',
			null
		]);
	});

	it('gives a link that opens as the same lesson, and says it fits', () => {
		const made = makeLesson(draft(), bank);
		expect(made.ok).toBe(true);
		if (made.ok) {
			expect(made.fits).toBe(made.fragment.length <= MAX_LINK_LENGTH);
			expect(made.fits).toBe(true);
			expect(decodeLesson(made.fragment)).toEqual({ ok: true, lesson: made.lesson });
		}
	});

	it('tells each problem at its field, with the label the teacher sees on the form', () => {
		const made = makeLesson(draft({ title: ' ', questionIds: [], passMark: 120 }), bank);
		expect(made).toEqual({
			ok: false,
			problems: [
				{ field: 'title', label: 'Title', message: 'must not be empty' },
				{ field: 'questionIds', label: 'Questions', message: 'must name at least one question' },
				{ field: 'passMark', label: 'Pass mark', message: expect.any(String) }
			]
		});
	});

	it('puts an edited question at its bank question’s place and an added one after its reading’s', () => {
		const edited = teacherSingleChoice({
			id: 't-back-at-the-table-who',
			origin: { kind: 'edited', from: 'back-at-the-table-who' }
		});
		const added = teacherTrueFalse();
		const made = makeLesson(
			draft({
				questionIds: ['red-lines-ukraine-demand', 'back-at-the-table-why'],
				questions: [added, edited]
			}),
			bank
		);
		expect(made.ok && made.lesson.questionIds).toEqual([
			't-back-at-the-table-who',
			'back-at-the-table-why',
			't-talks-confirmed',
			'red-lines-ukraine-demand'
		]);
		expect(made.ok && made.lesson.readingIds).toEqual(['back-at-the-table', 'red-lines']);
		expect(made.ok && made.lesson.questions).toEqual([added, edited]);
	});
});
