import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../../scripts/content-files';
import { canonicalExport } from '../../server/canonical';
import { loadBank } from '../../server/load';
import {
	TEACHER_READING_ID,
	teacherQuestionsOfEachType
} from '../../../test-data/teacher-questions';
import { toTeacherDraft } from '../teacher-question';
import { toGift } from './gift';
import { toMoodleXml } from './moodle-xml';
import { toQti21Package } from './qti21';
import { toQti3Package } from './qti3';
import { findAll, readXml, textOf, wellFormed } from './read-xml';
import { withTeacherQuestions } from './teacher-questions';

const { bank: loaded } = loadBank(readContentFiles('questions'));
const real = canonicalExport(loaded, 'putin-macron-talks');
const edited = toTeacherDraft(loaded.questions.find((q) => q.readingId === TEACHER_READING_ID)!);
const added = teacherQuestionsOfEachType();
const bank = withTeacherQuestions(real, [edited, ...added]);
const ids = [edited.id, ...added.map((question) => question.id)];

describe('a lesson’s own questions in LMS exports', () => {
	it('join the bank of their reading’s article, with their origin', () => {
		expect(bank.questions.slice(-ids.length).map((q) => [q.id, q.origin?.kind])).toEqual([
			[edited.id, 'edited'],
			...added.map((question) => [question.id, 'added'])
		]);
	});

	it('stay out of a bank whose article has not their reading', () => {
		const other = { ...real, readings: [] };
		expect(withTeacherQuestions(other, added)).toBe(other);
	});

	it('go to GIFT, which gift-pegjs parses, each named and with its origin in a comment', () => {
		const { text, skipped } = toGift(bank, ids);
		const parsed = parse(text).filter((question) => question.type !== 'Category');
		const written = ids.filter((id) => !skipped.some((left) => left.id === id));
		expect(parsed.map((question) => question.title)).toEqual(written);
		expect(written.length).toBeGreaterThanOrEqual(6);
		expect(text).toContain(
			`// The teacher's own question: edited from ${edited.origin.kind === 'edited' && edited.origin.from}`
		);
		expect(text).toContain("// The teacher's own question: added by the teacher");
	});

	it('go to Moodle XML, well formed, with their origin as a tag', () => {
		const { text, skipped } = toMoodleXml(bank, ids);
		expect(wellFormed(text)).toBe(true);
		const questions = findAll(readXml(text), 'question').filter(
			(question) => question.attributes.type !== 'category'
		);
		const names = questions.map((question) => textOf(findAll(question, 'name')[0]!).trim());
		expect(names).toEqual(ids.filter((id) => !skipped.some((left) => left.id === id)));
		const tags = questions.flatMap((question) =>
			findAll(question, 'tag').map((tag) => textOf(tag).trim())
		);
		expect(tags).toContain('teacher question, added by the teacher');
		expect(tags.some((tag) => tag.startsWith('teacher question, edited from '))).toBe(true);
	});

	it.each([
		['QTI 2.1', toQti21Package],
		['QTI 3.0', toQti3Package]
	])('go to %s, every item well formed and labelled with its origin', (_, exportPackage) => {
		const pack = exportPackage(bank, ids);
		const written = ids.filter((id) => !pack.skipped.some((left) => left.id === id));
		expect(written).toEqual(ids);
		for (const id of written) {
			const xml = pack.files[`q-${id}.xml`];
			expect(xml && wellFormed(xml), id).toBe(true);
			expect(readXml(xml!).attributes.label, id).toMatch(
				/^teacher question, (edited from|added by)/
			);
		}
	});
});
