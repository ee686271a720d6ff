// Test helpers: temp folders, a default selection, and (re-exported) builders for dump entities.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { DEFAULT_ORG_CLASSES } from '../../../src/dictionary/wikidata/org-classes.js';
import type { Selection } from '../../../src/dictionary/wikidata/select.js';

export { entity, statement, type EntitySpec } from './build-entity.js';

export const FIXTURE = path.join('fixtures', 'wikidata', 'sample.json');

export function useTmpDir(): () => string {
  let dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
    dirs = [];
  });
  return () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'newsanno-wikidata-'));
    dirs.push(d);
    return d;
  };
}

export const selection = (over: Partial<Selection> = {}): Selection => ({
  type: 'all',
  minSitelinks: 0,
  orgClasses: new Set(DEFAULT_ORG_CLASSES.map((c) => c.qid)),
  withEmployer: false,
  ...over,
});
