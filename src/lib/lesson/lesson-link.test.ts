import { deflateSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRC32, crc } from './crc';
import { buildLesson, lessonArb } from '../../test-data/lessons';
import {
	decodeLesson,
	describeMissingQuestions,
	encodeLesson,
	MAX_LINK_LENGTH,
	resolveLessonQuestions,
	type DecodedLesson
} from './lesson-link';

/** A well-made link around any bytes, as a tool other than Close Read might make one. */
function linkAround(json: string, version = 1): string {
	const packed = deflateSync(new TextEncoder().encode(json));
	const bytes = Buffer.alloc(packed.length + 4);
	bytes.set(packed);
	bytes.writeUInt32BE(crc(packed, 8, CRC32), packed.length);
	return `v${version}.${bytes.toString('base64url')}`;
}

/** Whatever the outcome, it is a lesson or a problem with words for the student. */
function expectAnswer(decoded: DecodedLesson): void {
	if (!decoded.ok) {
		expect(decoded.problem.message.length).toBeGreaterThan(40);
		expect(decoded.problem.message).toMatch(/teacher|Reload/);
	} else {
		expect(decoded.lesson.questionIds.length).toBeGreaterThan(0);
	}
}

// Realistic ids from the bank: the longest lesson a teacher is likely to set.
const bankIds = Array.from(
	{ length: 124 },
	(_, i) => `reading-${Math.floor(i / 4)}-question-about-${i}`
);

describe('encodeLesson and decodeLesson', () => {
	it('read back every lesson that fits in a link, and say a longer one is too long', () => {
		fc.assert(
			fc.property(lessonArb, (lesson) => {
				const fragment = encodeLesson(lesson);
				const decoded = decodeLesson(fragment);
				if (fragment.length <= MAX_LINK_LENGTH) {
					expect(decoded).toEqual({ ok: true, lesson });
				} else {
					expect(decoded.ok || decoded.problem.kind).toBe('too-long');
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('fit the whole question bank and long instructions well under the limit', () => {
		const lesson = buildLesson({
			questionIds: bankIds,
			readingIds: Array.from({ length: 31 }, (_, i) => `reading-${i}`),
			instructions: 'Read the article slowly and answer in full sentences. '.repeat(20),
			dueDate: '2025-03-14'
		});
		const fragment = encodeLesson(lesson);
		expect(fragment.length).toBeLessThan(MAX_LINK_LENGTH / 2);
		expect(decodeLesson(fragment)).toEqual({ ok: true, lesson });
	});

	it('start with the version, and use only characters that need no escaping in a URL', () => {
		expect(encodeLesson(buildLesson())).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
	});

	it('accept the fragment with its # and with line breaks a mail program put in', () => {
		const lesson = buildLesson();
		const fragment = encodeLesson(lesson);
		const wrapped = `#${fragment.slice(0, 20)}\n ${fragment.slice(20, 50)}\r\n${fragment.slice(50)}`;
		expect(decodeLesson(wrapped)).toEqual({ ok: true, lesson });
	});

	it('accept a link with a space in it, as written or as %20, as some mail programs send it', () => {
		const lesson = buildLesson();
		const fragment = encodeLesson(lesson);
		const cut = (gap: string) => `${fragment.slice(0, 30)}${gap}${fragment.slice(30)}`;
		for (const gap of [' ', '%20', '%20%20', '%0D%0A', '\u200B', '%E2%80%8B']) {
			expect(decodeLesson(cut(gap)), JSON.stringify(gap)).toEqual({ ok: true, lesson });
		}
	});
});

describe('decodeLesson explains a link it cannot open', () => {
	it.each(['', '#', '  \n'])('an empty fragment %j', (fragment) => {
		const decoded = decodeLesson(fragment);
		expect(decoded.ok || decoded.problem.kind).toBe('empty');
		expectAnswer(decoded);
	});

	it('a link from a newer version of Close Read, whatever follows the version', () => {
		for (const fragment of ['v3.abc', 'v17.', `v3.${encodeLesson(buildLesson()).slice(3)}`]) {
			const decoded = decodeLesson(fragment);
			expect(decoded.ok || decoded.problem.kind).toBe('newer-version');
			expectAnswer(decoded);
		}
	});

	it('a link over the size limit, saying how long it is without reading it', () => {
		const decoded = decodeLesson(`v1.${'A'.repeat(MAX_LINK_LENGTH)}`);
		expect(decoded.ok || decoded.problem.kind).toBe('too-long');
		expect(decoded.ok || decoded.problem.message).toContain(String(MAX_LINK_LENGTH + 3));
	});

	it('a link with no version, or a version never made', () => {
		for (const fragment of ['lesson', 'v0.AAAA', 'v.AAAA', '1.AAAA']) {
			const decoded = decodeLesson(fragment);
			expect(decoded.ok || decoded.problem.kind).toBe('damaged');
		}
	});

	it('a well-made link holding something that is not a lesson, naming what is wrong', () => {
		const cases: [string, RegExp][] = [
			['[1, 2]', /other than a lesson/],
			['{"t": "Quiz", "q": [], "p": 50, "a": 1, "f": 0, "s": 0, "w": 0}', /questionIds/],
			['{"t": "Quiz", "q": ["a"], "p": 150, "a": 1, "f": 0, "s": 0, "w": 0}', /passMark/],
			['{"t": "Quiz", "q": ["a"], "p": 50, "a": 1, "f": 2, "s": 0, "w": 0}', /feedback/]
		];
		for (const [json, detail] of cases) {
			const decoded = decodeLesson(linkAround(json));
			expect(decoded.ok || decoded.problem.kind).toBe('invalid');
			expect(decoded.ok || decoded.problem.detail).toMatch(detail);
			expectAnswer(decoded);
		}
	});

	it('a link whose bytes unpack to something other than JSON text', () => {
		const decoded = decodeLesson(linkAround('{"t": "Quiz",'));
		expect(decoded.ok || decoded.problem.kind).toBe('damaged');
	});

	it('every way of cutting a link short', () => {
		const fragment = encodeLesson(buildLesson());
		for (let length = 0; length < fragment.length; length++) {
			const decoded = decodeLesson(fragment.slice(0, length));
			expect(decoded.ok).toBe(false);
			expectAnswer(decoded);
		}
	});

	it('every single changed character, as the checksum over the packed bytes catches it', () => {
		const fragment = encodeLesson(buildLesson());
		const replacements = [
			...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
			...'.=+/%é'
		];
		let tried = 0;
		for (let at = 0; at < fragment.length; at++) {
			for (const replacement of replacements) {
				// A version 1 lesson reads the same as version 2: the mark is outside the checksum.
				if (replacement === fragment[at] || (at === 1 && replacement === '2')) {
					continue;
				}
				const changed = fragment.slice(0, at) + replacement + fragment.slice(at + 1);
				const decoded = decodeLesson(changed);
				expect(decoded.ok).toBe(false);
				expectAnswer(decoded);
				tried++;
			}
		}
		expect(tried).toBeGreaterThan(fragment.length * 60);
	});

	it('never throws on random text, and always explains', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: 'binary' }),
					fc.string().map((text) => `v1.${text}`)
				),
				(fragment) => {
					expectAnswer(decodeLesson(fragment));
				}
			),
			{ numRuns: 500 }
		);
	});

	it('never throws on random bytes dressed as a link, with or without a matching checksum', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, sealed) => {
				const payload = sealed
					? Buffer.concat([bytes, Buffer.from([0, 0, 0, 0])])
					: Buffer.from(bytes);
				if (sealed) {
					payload.writeUInt32BE(crc(bytes, 8, CRC32), bytes.length);
				}
				expectAnswer(decodeLesson(`v1.${payload.toString('base64url')}`));
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on any JSON a well-made link could hold', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expectAnswer(decodeLesson(linkAround(JSON.stringify(value))));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('resolveLessonQuestions', () => {
	it('keeps the questions Close Read still has, in the lesson order, and lists the rest', () => {
		const lesson = buildLesson({ questionIds: ['c', 'gone', 'a', 'also-gone'] });
		expect(resolveLessonQuestions(lesson, new Set(['a', 'b', 'c']))).toEqual({
			teacher: [],
			present: ['c', 'a'],
			missing: ['gone', 'also-gone'],
			retired: []
		});
	});

	it('tells the questions the authors retired from those it does not know', () => {
		const lesson = buildLesson({ questionIds: ['c', 'revised', 'gone', 'a'] });
		expect(resolveLessonQuestions(lesson, new Set(['a', 'c']), new Set(['revised']))).toEqual({
			teacher: [],
			present: ['c', 'a'],
			missing: ['gone'],
			retired: ['revised']
		});
	});
});

describe('describeMissingQuestions', () => {
	it('says nothing when every question is there', () => {
		expect(describeMissingQuestions({ present: ['a'], missing: [], retired: [] })).toBeNull();
	});

	it('tells the student some were left out, and that the teacher will see it', () => {
		const notice = describeMissingQuestions({ present: ['a', 'b'], missing: ['c'], retired: [] });
		expect(notice).toContain('1 of the 3 questions');
		expect(notice).toContain('no longer in Close Read');
		expect(notice).toContain('teacher will see');
	});

	it('says a question the authors revised or retired was revised or retired, not missing', () => {
		const notice = describeMissingQuestions({ present: ['a', 'b'], missing: [], retired: ['c'] });
		expect(notice).toBe(
			'1 of the 3 questions in this lesson was revised or retired by the Close Read authors ' +
				'since the link was made, so it is left out. You can do the rest; your teacher will see ' +
				'which were left out in your results.'
		);
	});

	it('counts retired and unknown questions apart when a lesson has both', () => {
		const notice = describeMissingQuestions({
			present: ['a'],
			missing: ['b'],
			retired: ['c', 'd']
		});
		expect(notice).toContain(
			'3 of the 4 questions in this lesson are left out: 2 questions revised or retired by the Close Read authors'
		);
		expect(notice).toContain('1 question no longer in Close Read');
	});

	it('sends the student back to the teacher when none are left', () => {
		expect(describeMissingQuestions({ present: [], missing: ['a', 'b'], retired: [] })).toMatch(
			/None of the questions.*new link/
		);
		expect(describeMissingQuestions({ present: [], missing: [], retired: ['a'] })).toMatch(
			/Every question in this lesson has been revised or retired.*new link/
		);
	});
});
