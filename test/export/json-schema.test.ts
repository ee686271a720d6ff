import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/paths.js';
import { EXPORT_SCHEMA_PATH, exportJsonSchema, exportJsonSchemaText } from '../../src/export/index.js';

describe('schema/export.schema.json', () => {
  it('is what the zod export schema generates (regenerate: npx tsc -p . && node scripts/gen-export-schema.mjs)', () => {
    const committed = readFileSync(fromRoot(...EXPORT_SCHEMA_PATH), 'utf8');
    expect(
      committed === exportJsonSchemaText(),
      'schema/export.schema.json is out of date with src/export/schema.ts; regenerate it with ' +
        '`npx tsc -p . && node scripts/gen-export-schema.mjs` and commit the diff',
    ).toBe(true);
  });

  it('describes the export document: version 1, articles with entities and events, no extra keys', () => {
    const schema = exportJsonSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['schemaVersion', 'articles']);
    expect(schema.properties.schemaVersion.const).toBe(1);
    const article = schema.properties.articles.items;
    expect(article.additionalProperties).toBe(false);
    expect(article.required).toEqual(['id', 'source', 'lang', 'title', 'url', 'publishedAt', 'text', 'entities', 'events']);
    expect(article.properties.events.items.properties.status.enum).toEqual(['pending', 'accepted', 'rejected', 'edited']);
  });
});
