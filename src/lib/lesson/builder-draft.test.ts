import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { teacherMatching, teacherSingleChoice } from '../../test-data/teacher-questions';
import { FakeStorage } from '../../test-data/fake-storage';
import {
	BUILDER_DRAFT_KEY,
	keepBuilderDraft,
	loadBuilderDraft,
	parseBuilderDraft,
	serializeBuilderDraft
} from './builder-draft';
import { lessonDraft } from './lesson-draft';

const draft = {
	...lessonDraft(null),
	title: 'Week 3',
	questionIds: ['back-at-the-table-who', 't-how-long-apart'],
	questions: [teacherSingleChoice(), teacherMatching()]
};

describe('the lesson being built, kept for the tab', () => {
	it('comes back as it was, the teacher’s questions included', () => {
		expect(parseBuilderDraft(serializeBuilderDraft(draft))).toEqual(draft);
	});

	it('drops a teacher’s question that no longer reads, and its tick', () => {
		const text = serializeBuilderDraft({
			...draft,
			questions: [{ ...teacherSingleChoice(), type: 'essay' } as never, teacherMatching()]
		});
		expect(parseBuilderDraft(text)).toEqual({
			...draft,
			questionIds: ['back-at-the-table-who'],
			questions: [teacherMatching()]
		});
	});

	it('is none when there is nothing kept, or what is kept is not a draft', () => {
		expect(parseBuilderDraft(null)).toBeNull();
		expect(parseBuilderDraft('{"version":2,"draft":{}}')).toBeNull();
		expect(parseBuilderDraft('not json')).toBeNull();
	});

	it('never throws on random or damaged text', () => {
		const kept = serializeBuilderDraft(draft);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc
						.tuple(fc.nat(kept.length), fc.nat(kept.length), fc.string())
						.map(([at, cut, text]) => kept.slice(0, at) + text + kept.slice(at + cut))
				),
				(text) => {
					const parsed = parseBuilderDraft(text);
					expect(parsed === null || typeof parsed.title === 'string').toBe(true);
				}
			)
		);
	});

	it('is kept in and read from storage, and storage that refuses counts as none', () => {
		const storage = new FakeStorage();
		keepBuilderDraft(() => storage, draft);
		expect(storage.getItem(BUILDER_DRAFT_KEY)).not.toBeNull();
		expect(loadBuilderDraft(() => storage)).toEqual(draft);
		const refusing = () => {
			throw new Error('SecurityError');
		};
		expect(loadBuilderDraft(refusing)).toBeNull();
		expect(() => keepBuilderDraft(refusing, draft)).not.toThrow();
	});
});
