import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCHEMA_PATH, contentJsonSchema } from './content-schema';

describe('questions/content.schema.json', () => {
	it('is what npm run content:schema makes from the current schema', () => {
		const committed: unknown = JSON.parse(readFileSync(CONTENT_SCHEMA_PATH, 'utf8'));
		expect(committed, 'stale: run npm run content:schema').toEqual(contentJsonSchema());
	});

	it('accepts any one of a reading, the glossary, the whole-article check and the retired ids', () => {
		expect(contentJsonSchema()).toMatchObject({
			anyOf: [
				{ $ref: '#/$defs/readingFile' },
				{ $ref: '#/$defs/glossaryFile' },
				{ $ref: '#/$defs/articleCheckFile' },
				{ $ref: '#/$defs/retiredFile' }
			]
		});
	});

	it('offers every question type, with its own fields', () => {
		const schema = contentJsonSchema() as {
			$defs: { question: { oneOf: { properties: { type: { const: string } } }[] } };
		};
		expect(schema.$defs.question.oneOf.map((branch) => branch.properties.type.const)).toEqual([
			'single-choice',
			'true-false-not-stated',
			'multiple-select',
			'short-answer',
			'fill-blanks',
			'ordering',
			'matching',
			'evidence'
		]);
	});
});
