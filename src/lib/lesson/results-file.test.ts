import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	buildAnswer,
	buildFileContents,
	buildResult,
	fileContentsArb
} from '../../test-data/lessons';
import {
	decodeResultsFile,
	encodeResultsFile,
	resultsFileName,
	type DecodedResultsFile
} from './results-file';

function expectRefused(decoded: DecodedResultsFile): string {
	expect(decoded.ok).toBe(false);
	const reason = decoded.ok ? '' : decoded.reason;
	expect(reason.length).toBeGreaterThan(20);
	return reason;
}

describe('encodeResultsFile and decodeResultsFile', () => {
	it('read back every result with its answers', () => {
		fc.assert(
			fc.property(fileContentsArb, (contents) => {
				const decoded = decodeResultsFile(encodeResultsFile(contents));
				expect(decoded).toEqual({
					ok: true,
					file: { format: 'close-read-results', version: 1, ...contents }
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('read a file that an editor saved with a byte-order mark', () => {
		const decoded = decodeResultsFile(`\uFEFF${encodeResultsFile(buildFileContents())}`);
		expect(decoded.ok).toBe(true);
	});
});

describe('decodeResultsFile explains a file it cannot read', () => {
	it('a file that is not JSON', () => {
		expect(expectRefused(decodeResultsFile('Name,Score\nAna,50'))).toContain('not JSON');
	});

	it('JSON that is not a results file', () => {
		for (const text of ['[]', 'null', '{"version": 1}', '{"format": "close-read-progress"}']) {
			expect(expectRefused(decodeResultsFile(text))).toContain('not a Close Read results file');
		}
	});

	it('a file from a newer version, saying to reload', () => {
		const text = encodeResultsFile(buildFileContents()).replace('"version": 1', '"version": 2');
		expect(expectRefused(decodeResultsFile(text))).toContain('newer version');
	});

	it('a file with no usable version', () => {
		for (const version of ['0', '"1"', '1.5', 'null']) {
			const text = encodeResultsFile(buildFileContents()).replace(
				'"version": 1',
				`"version": ${version}`
			);
			expect(expectRefused(decodeResultsFile(text))).toContain('no version number');
		}
	});

	it('a file with one bad part, saying where', () => {
		const contents = buildFileContents({
			answers: [buildAnswer(), buildAnswer({ score: 2 })]
		});
		expect(expectRefused(decodeResultsFile(encodeResultsFile(contents)))).toContain(
			'answers.1.score'
		);
		const late = buildFileContents({ result: buildResult({ score: 101 }) });
		expect(expectRefused(decodeResultsFile(encodeResultsFile(late)))).toContain('result.score');
	});

	it('a file cut off at any length', () => {
		const text = encodeResultsFile(buildFileContents());
		for (let length = 0; length < text.trimEnd().length; length++) {
			expectRefused(decodeResultsFile(text.slice(0, length)));
		}
	});

	it('without ever throwing, on random text or random JSON', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((value) => JSON.stringify(value)),
					fc
						.dictionary(fc.string(), fc.jsonValue())
						.map((extra) => JSON.stringify({ format: 'close-read-results', version: 1, ...extra }))
				),
				(text) => {
					const decoded = decodeResultsFile(text);
					expect(decoded.ok ? decoded.file.result.studentName : decoded.reason).toBeTruthy();
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('resultsFileName', () => {
	it('names the lesson, the student and the day, in plain lowercase words', () => {
		expect(
			resultsFileName('Back at the Table: Part 1', 'Zoë Ångström', '2025-03-10T09:24:00.000Z')
		).toBe('close-read-back-at-the-table-part-1-zoe-angstrom-2025-03-10.json');
	});

	it('keeps letters of any script and drops what a file system might refuse', () => {
		expect(resultsFileName('Leçon / 1?', '王小明 🙂', '2025-03-10T09:24:00.000Z')).toBe(
			'close-read-lecon-1-王小明-2025-03-10.json'
		);
	});

	it('stands in words for a title or name with no letters at all', () => {
		expect(resultsFileName('???', '🙂', '2025-03-10T09:24:00.000Z')).toBe(
			'close-read-lesson-student-2025-03-10.json'
		);
	});
});
