/**
 * Every LMS export of a lesson with the teacher's own questions, as a teacher gets it: the lesson
 * link (made with the project's own encoder) is opened on the results page, which keeps it; the
 * teacher opens it in the lesson builder, makes the link, and clicks each export button. Each
 * file is read back with an independent parser (gift-pegjs, fast-xml-parser, fflate for the
 * zips): every teacher question is there under its own `t-` id, with its prompt, its origin and
 * the teacher's key, or the page names it among the questions the format cannot hold.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { parse, type Matching, type MultipleChoice, type ShortAnswer } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { encodeLesson } from '../../src/lib/lesson/lesson-link';
import {
	findAll,
	findOne,
	readXml,
	textOf,
	wellFormed,
	type ReadElement
} from '../../src/lib/lesson/lms/read-xml';
import { describeOrigin, type TeacherQuestion } from '../../src/lib/lesson/teacher-question';
import { own, ownQuestionsLesson as lesson } from './own-questions';
import { useBrowser, useDownloads, type Page } from './site';

const { newStudent } = useBrowser();
const fragment = encodeLesson(lesson);
const savedAs = useDownloads();

/**
 * The teacher's key in words: what an LMS must mark right. `right` is the key itself (in order
 * for ordering, as pairs "term → meaning" for matching); `alsoRight` the other accepted forms.
 */
function keyOf(question: TeacherQuestion): { right: string[]; alsoRight: string[] } {
	const only = (right: string[], alsoRight: string[] = []) => ({ right, alsoRight });
	switch (question.type) {
		case 'single-choice':
		case 'multiple-select':
			return only(question.choices.filter((c) => c.correct === true).map((c) => c.text));
		case 'true-false-not-stated':
			return only([
				question.answer === true ? 'True' : question.answer === false ? 'False' : 'Not stated'
			]);
		case 'short-answer':
			return only([question.accepted[0]!], question.accepted);
		case 'fill-blanks': {
			const gaps = [...question.text.matchAll(/\[([^\]]*)\]/g)].map((gap) => gap[1]!.split('|'));
			return only(
				gaps.map((words) => words[0]!),
				gaps.flat()
			);
		}
		case 'ordering':
			return only(question.items);
		case 'matching':
			return only(question.pairs.map((pair) => `${pair.term} → ${pair.meaning}`));
		case 'evidence':
			return only([typeof question.evidence === 'string' ? question.evidence : '']);
	}
}

/** What the LMS marks right, as read from a file, against the teacher's key. */
function expectTheTeachersKey(question: TeacherQuestion, marked: string[], format: string) {
	const { right, alsoRight } = keyOf(question);
	const label = `${format}: ${question.id}`;
	if (question.type === 'short-answer' || question.type === 'fill-blanks') {
		// Typed answers: every accepted form is marked right (the exports add spelling variants).
		expect(marked, label).toEqual(expect.arrayContaining([...right, ...alsoRight]));
	} else if (question.type === 'ordering') {
		expect([...new Set(marked)], label).toEqual(right);
	} else {
		// A scoring map may credit the right choices again: each counts once.
		expect([...new Set(marked)].sort(), label).toEqual([...right].sort());
	}
}

/** Text from the HTML the Moodle formats hold (they escape only &, < and >). */
function plain(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Clicks an export button and returns the file it downloads, and what the page then says. */
async function download(page: Page, name: string) {
	const exports = page.getByRole('region', { name: 'Export to your LMS' });
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		exports.getByRole('button', { name }).click()
	]);
	const saved = savedAs(file.suggestedFilename());
	await file.saveAs(saved);
	const status = exports.getByRole('status');
	await expect.poll(() => status.textContent(), { timeout: 10_000 }).not.toMatch(/^Preparing|^$/);
	return {
		name: file.suggestedFilename(),
		bytes: readFileSync(saved),
		said: (await status.textContent()) ?? ''
	};
}

/** Every teacher question is in the file, or named on the page as one the format cannot hold. */
function expectAllAccountedFor(written: string[], said: string, format: string) {
	const left = own.filter((question) => !written.includes(question.id));
	for (const question of left) {
		expect(said, `${format} leaves out ${question.id} without saying so`).toContain(
			`${question.id} (${question.type}):`
		);
	}
	// Only the teacher's questions, never the bank question an edited one was copied from.
	expect([...written].sort(), format).toEqual(
		own
			.filter((question) => written.includes(question.id))
			.map((q) => q.id)
			.sort()
	);
	return left;
}

const byId = (id: string) => own.find((question) => question.id === id)!;

describe('LMS exports of a lesson with the teacher’s own questions', () => {
	it('hold every teacher question under its own id, with its prompt, origin and key', async () => {
		const { page, problems } = await newStudent();
		// The teacher opens the lesson from its link, which keeps it among their lessons...
		await page.goto('/teach/results/');
		await page
			.getByLabel('Or paste a lesson link')
			.fill(`${new URL(page.url()).origin}/lesson/#${fragment}`);
		await page.getByRole('button', { name: 'Open lesson' }).click();
		await page
			.getByRole('heading', { name: /Our own questions/ })
			.first()
			.waitFor();
		// ... opens it in the lesson builder and makes the link, where the exports are.
		await page.goto('/teach/');
		await page.getByRole('button', { name: 'Open “Our own questions”' }).click();
		await page.getByRole('button', { name: 'Create the lesson link' }).click();
		await page.getByRole('region', { name: 'Export to your LMS' }).waitFor();

		// GIFT, read by gift-pegjs.
		const gift = await download(page, 'Moodle GIFT');
		expect(gift.name).toBe('our-own-questions.gift.txt');
		const giftText = gift.bytes.toString('utf8');
		const giftParsed = parse(giftText).filter((question) => question.type !== 'Category');
		const giftQuestions = giftParsed.filter(
			(question): question is MultipleChoice | ShortAnswer | Matching =>
				question.type === 'MC' || question.type === 'Short' || question.type === 'Matching'
		);
		expect(giftQuestions).toHaveLength(giftParsed.length);
		const giftIds = giftQuestions.map((question) => question.title ?? '');
		const giftLeft = expectAllAccountedFor(giftIds, gift.said, 'GIFT');
		// GIFT has no ordering or clickable sentences, and its missing word holds one gap.
		expect(new Set(giftLeft.map((question) => question.type))).toEqual(
			new Set(['ordering', 'evidence', 'fill-blanks'])
		);
		expect(giftQuestions.length).toBe(own.length - giftLeft.length);
		for (const read of giftQuestions) {
			const question = byId(read.title ?? '');
			expect(plain(read.stem.text), read.title!).toContain(question.prompt);
			// The origin is the comment just above the question's title.
			const block = giftText.slice(0, giftText.indexOf(`::${question.id}::`));
			expect(block.slice(block.lastIndexOf('// [id:')), question.id).toContain(
				`// The teacher's own question: ${describeOrigin(question.origin)}`
			);
			const marked =
				read.type === 'Matching'
					? read.matchPairs
							.filter((pair) => pair.subquestion.text !== '')
							.map((pair) => `${plain(pair.subquestion.text).trim()} → ${pair.subanswer}`)
					: read.choices
							.filter((choice) => choice.isCorrect || (choice.weight ?? 0) > 0)
							.map((choice) => plain(choice.text.text).trim());
			expectTheTeachersKey(question, marked, 'GIFT');
		}

		// Moodle XML, read by fast-xml-parser.
		const moodle = await download(page, 'Moodle XML');
		expect(moodle.name).toBe('our-own-questions.moodle.xml');
		const moodleText = moodle.bytes.toString('utf8');
		expect(wellFormed(moodleText)).toBe(true);
		const moodleQuestions = findAll(readXml(moodleText), 'question').filter(
			(question) => question.attributes.type !== 'category'
		);
		const text = (element: ReadElement, name: string) => textOf(findOne(element, name)).trim();
		const moodleIds = moodleQuestions.map((question) => text(findOne(question, 'name'), 'text'));
		const moodleLeft = expectAllAccountedFor(moodleIds, moodle.said, 'Moodle XML');
		expect(new Set(moodleLeft.map((question) => question.type))).toEqual(
			new Set(['ordering', 'evidence', 'fill-blanks'])
		);
		for (const [index, read] of moodleQuestions.entries()) {
			const question = byId(moodleIds[index]!);
			expect(text(read, 'idnumber'), question.id).toBe(question.id);
			const questionText = plain(text(findOne(read, 'questiontext'), 'text'));
			expect(questionText, question.id).toContain(question.prompt);
			const tags = findAll(read, 'tag').map((tag) => textOf(tag).trim());
			expect(tags, question.id).toContain(`teacher question, ${describeOrigin(question.origin)}`);
			const subquestions = findAll(read, 'subquestion');
			const options = findAll(read, 'selectoption').map((option) => text(option, 'text'));
			const marked =
				subquestions.length > 0
					? subquestions
							// A spare meaning is a subquestion with no term.
							.map((sub) => [plain(text(sub, 'text')).trim(), text(findOne(sub, 'answer'), 'text')])
							.filter(([term]) => term !== '')
							.map(([term, meaning]) => `${term} → ${meaning}`)
					: options.length > 0
						? [...questionText.matchAll(/\[\[(\d+)\]\]/g)].map(
								(gap) => options[Number(gap[1]) - 1]!
							)
						: findAll(read, 'answer')
								.filter((answer) => Number(answer.attributes.fraction) > 0)
								.map((answer) => plain(text(answer, 'text')).trim());
			expectTheTeachersKey(question, marked, 'Moodle XML');
		}

		// QTI 2.1 and 3.0 packages, unzipped with fflate, each item read by fast-xml-parser.
		for (const [name, file, qti3] of [
			['QTI 2.1 (Canvas, Blackboard…)', 'our-own-questions-qti21.zip', false],
			['QTI 3.0', 'our-own-questions-qti3.zip', true]
		] as const) {
			const pack = await download(page, name);
			expect(pack.name).toBe(file);
			const files = unzipSync(new Uint8Array(pack.bytes));
			const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
			const items = Object.keys(files).filter((path) => /^q-.*\.xml$/.test(path));
			const qtiIds: string[] = [];
			for (const path of items) {
				const xml = new TextDecoder().decode(files[path]);
				expect(wellFormed(xml), path).toBe(true);
				const item = readXml(xml);
				const id = item.attributes.title ?? '';
				qtiIds.push(id);
				const question = byId(id);
				expect(item.attributes.identifier, path).toBe(`q-${question.id}`);
				expect(manifest, path).toContain(path);
				expect(item.attributes.label, path).toBe(
					`teacher question, ${describeOrigin(question.origin)}`
				);
				expect(squeeze(textOf(findOne(item, qti3 ? 'qti-item-body' : 'itemBody'))), path).toContain(
					squeeze(question.prompt)
				);
				expectTheTeachersKey(question, qtiKey(item, qti3), name);
			}
			// QTI holds every type: nothing is left out.
			expect(expectAllAccountedFor(qtiIds, pack.said, name)).toEqual([]);
		}
		expect(problems).toEqual([]);
	}, 120_000);
});

/**
 * What a QTI item marks right, in words: each correct response (a choice's identifier read as its
 * text, a pair "a b" as "text a → text b", typed text as it is), then the other typed forms its
 * mapping credits.
 */
function qtiKey(item: ReadElement, qti3: boolean): string[] {
	const [declaration, correct, value, entry, key, mapped] = qti3
		? [
				'qti-response-declaration',
				'qti-correct-response',
				'qti-value',
				'qti-map-entry',
				'map-key',
				'mapped-value'
			]
		: ['responseDeclaration', 'correctResponse', 'value', 'mapEntry', 'mapKey', 'mappedValue'];
	const texts = new Map<string, string>();
	const body = findOne(item, qti3 ? 'qti-item-body' : 'itemBody');
	const visit = (element: ReadElement) => {
		if (element.attributes.identifier) {
			texts.set(element.attributes.identifier, squeeze(textOf(element)));
		}
		element.children.forEach((child) => typeof child !== 'string' && visit(child));
	};
	visit(body);
	const words = (raw: string) => {
		const parts = raw.trim().split(' ');
		return parts.every((part) => texts.has(part))
			? parts.map((part) => texts.get(part)!).join(' → ')
			: raw.trim();
	};
	return findAll(item, declaration).flatMap((responses) => [
		...findAll(responses, correct).flatMap((right) =>
			findAll(right, value).map((each) => words(textOf(each)))
		),
		...findAll(responses, entry)
			.filter((each) => Number(each.attributes[mapped]) > 0)
			.map((each) => words(each.attributes[key] ?? ''))
	]);
}
