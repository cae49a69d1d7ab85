import { describe, expect, it } from 'vitest';
import { lessonOrder, removeOwn, saveOwn, type OwnQuestion } from './lesson-questions';

const bank = [
	{ id: 'a-1', readingId: 'a' },
	{ id: 'a-2', readingId: 'a' },
	{ id: 'b-1', readingId: 'b' },
	{ id: 'whole-1', readingId: null }
];
const edited: OwnQuestion = {
	id: 't-a-2',
	readingId: 'a',
	origin: { kind: 'edited', from: 'a-2' }
};
const added: OwnQuestion = { id: 't-new', readingId: 'a', origin: { kind: 'added' } };

const ids = (order: ReturnType<typeof lessonOrder>) => order.map((placed) => placed.question.id);

describe('the teacher’s questions among the bank’s', () => {
	it('puts an edited question in the place of the bank question it copies', () => {
		expect(ids(lessonOrder(['a', 'b'], bank, [edited]))).toEqual([
			'a-1',
			't-a-2',
			'b-1',
			'whole-1'
		]);
	});

	it('puts an added question after its reading’s bank questions', () => {
		expect(ids(lessonOrder(['a', 'b'], bank, [added, edited]))).toEqual([
			'a-1',
			't-a-2',
			't-new',
			'b-1',
			'whole-1'
		]);
	});

	it('keeps an edit whose bank question is gone, after its reading’s questions', () => {
		const orphan: OwnQuestion = { ...edited, origin: { kind: 'edited', from: 'gone' } };
		expect(ids(lessonOrder(['a', 'b'], bank, [orphan]))).toEqual([
			'a-1',
			'a-2',
			't-a-2',
			'b-1',
			'whole-1'
		]);
	});

	it('saving an edit ticks it instead of the bank question', () => {
		const saved = saveOwn({ own: [], chosen: ['a-1', 'a-2'] }, edited);
		expect(saved).toEqual({ own: [edited], chosen: ['a-1', 't-a-2'] });
	});

	it('saving a question again replaces it, still ticked once', () => {
		const changed = { ...added, readingId: 'a' };
		const saved = saveOwn({ own: [added], chosen: ['t-new'] }, changed);
		expect(saved.own).toEqual([changed]);
		expect(saved.chosen).toEqual(['t-new']);
	});

	it('removing an edit gives back the bank question, ticked as the edit was', () => {
		expect(removeOwn({ own: [edited, added], chosen: ['t-a-2', 't-new'] }, 't-a-2')).toEqual({
			own: [added],
			chosen: ['t-new', 'a-2']
		});
	});

	it('removing an added question takes it out of the lesson', () => {
		expect(removeOwn({ own: [added], chosen: ['a-1', 't-new'] }, 't-new')).toEqual({
			own: [],
			chosen: ['a-1']
		});
	});
});
