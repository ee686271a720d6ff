// The JSON Schema of the export document, generated from the zod schema so the two never disagree.
// schema/export.schema.json holds its output; a test fails when the file falls behind.
import { z } from 'zod';
import { exportDocument, SCHEMA_VERSION } from './schema.js';

/** Where the committed schema lives, relative to the package root. */
export const EXPORT_SCHEMA_PATH = ['schema', 'export.schema.json'] as const;

export function exportJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(exportDocument) as Record<string, unknown>;
  return {
    $schema,
    title: `newsanno export, schema version ${SCHEMA_VERSION}`,
    description:
      'Articles with the people and organisations they mention and the leadership changes and quotes found in them. ' +
      'Offsets are UTF-16 code-unit indices, half-open, into the article text: text.slice(start, end) equals the span text.',
    ...rest,
  };
}

/** The file's exact contents: two-space JSON and a final newline. */
export const exportJsonSchemaText = (): string => `${JSON.stringify(exportJsonSchema(), null, 2)}\n`;
