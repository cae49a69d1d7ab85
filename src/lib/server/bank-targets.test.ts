import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentFiles as readQuestions } from '../../../scripts/content-files';
import { checkBankTargets } from './bank-targets';
import { readContentFiles } from './content-files';
import { loadBank } from './load';

const FIXTURE = join(import.meta.dirname, '..', '..', 'test-data', 'content');
const real = loadBank(readQuestions()).bank;

describe('the bank targets', () => {
	it('are all met by the real content', () => {
		expect(checkBankTargets(real)).toEqual([]);
	});

	it('name each target a tiny article misses, with the file to add to', () => {
		const { bank, problems } = loadBank(readContentFiles(FIXTURE));
		expect(problems).toEqual([]);
		const missed = checkBankTargets(bank);
		expect(missed).toContainEqual({
			file: 'allotment-water/readings/',
			line: null,
			message:
				'the reading "what-comes-next" has 1 question; the target is at least 8 on every reading'
		});
		expect(missed).toContainEqual({
			file: 'allotment-water/article-check.yaml',
			line: null,
			message: 'the whole-article check has 1 question; the target is 10 to 15'
		});
		expect(missed).toContainEqual({
			file: 'allotment-water/glossary.yaml',
			line: null,
			message: 'the glossary has 1 term; the target is at least 30'
		});
		expect(missed.map((problem) => problem.message)).toContain(
			'the article has 0 ordering questions; the target is at least 6 of each type'
		);
	});
});
