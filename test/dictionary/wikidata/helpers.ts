// Test helpers: temp folders, a default selection, and (re-exported) builders for dump entities.
import path from 'node:path';
import { DEFAULT_ORG_CLASSES } from '../../../src/dictionary/wikidata/org-classes.js';
import type { Selection } from '../../../src/dictionary/wikidata/select.js';

export { entity, statement, type EntitySpec } from './build-entity.js';
export { useTmpDir } from '../../helpers/tmp.js';

export const FIXTURE = path.join('fixtures', 'wikidata', 'sample.json');

export const selection = (over: Partial<Selection> = {}): Selection => ({
  type: 'all',
  minSitelinks: 0,
  orgClasses: new Set(DEFAULT_ORG_CLASSES.map((c) => c.qid)),
  withEmployer: false,
  ...over,
});
