/**
 * npm run content:schema
 * Writes questions/content.schema.json, the JSON Schema editors use for the content files.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { CONTENT_SCHEMA_PATH, contentJsonSchema } from './content-schema';

const options = await resolveConfig(CONTENT_SCHEMA_PATH);
const text = await format(JSON.stringify(contentJsonSchema()), {
	...options,
	filepath: CONTENT_SCHEMA_PATH
});
writeFileSync(CONTENT_SCHEMA_PATH, text);
console.log(`Wrote ${relative(process.cwd(), CONTENT_SCHEMA_PATH)}.`);
