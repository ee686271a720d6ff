#!/usr/bin/env node
// Regenerates schema/export.schema.json from the zod export schema (src/export/schema.ts).
// Needs the compiled code: run `npx tsc -p .` first (or `npm run build`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const compiled = path.join(root, 'dist', 'src', 'export', 'json-schema.js');
if (!existsSync(compiled)) {
  console.error(`${compiled} is missing: compile first with  npx tsc -p .  then run this again`);
  process.exit(1);
}
const { exportJsonSchemaText, EXPORT_SCHEMA_PATH } = await import(pathToFileURL(compiled).href);
const out = path.join(root, ...EXPORT_SCHEMA_PATH);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, exportJsonSchemaText());
console.log(`wrote ${path.relative(root, out)}`);
