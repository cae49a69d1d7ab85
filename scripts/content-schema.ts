/**
 * The JSON Schema of the content files, made from the valibot schemas in schema.ts so the two
 * never disagree. Editors use it to complete and check YAML as it is typed; rules that need the
 * article text (evidence is verbatim, ...) are beyond it and stay with `npm run content:check`.
 */
import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import { join } from 'node:path';
import * as v from 'valibot';
import {
	articleCheckFileSchema,
	glossaryFileSchema,
	questionSchema,
	readingFileSchema,
	retiredFileSchema
} from '../src/lib/content/authoring/schema';
import { QUESTIONS_DIR } from './content-files';

export const CONTENT_SCHEMA_PATH = join(QUESTIONS_DIR, 'content.schema.json');

export function contentJsonSchema(): JsonSchema {
	const schema = toJsonSchema(
		v.union([readingFileSchema, glossaryFileSchema, articleCheckFileSchema, retiredFileSchema]),
		{
			// Named definitions become $defs; the file is any one of the four kinds.
			definitions: {
				readingFile: readingFileSchema,
				glossaryFile: glossaryFileSchema,
				articleCheckFile: articleCheckFileSchema,
				retiredFile: retiredFileSchema,
				question: questionSchema
			},
			// Actions JSON Schema cannot say (trim) are left out rather than failing the export.
			errorMode: 'ignore'
		}
	);
	const { $schema, ...definitions } = schema;
	return {
		$schema,
		$comment:
			'Generated from src/lib/content/authoring/schema.ts by `npm run content:schema`; do not edit.',
		title: 'Close Read content file',
		description:
			'A reading (readings/*.yaml), the glossary (glossary.yaml), the whole-article check (article-check.yaml) or the retired question ids (retired.yaml). See questions/README.md.',
		...definitions
	};
}
