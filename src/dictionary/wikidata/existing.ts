// What the dictionaries the output will be used with already claim: their QIDs, ids and alias keys.
// The import skips entities already there and keeps its ids and aliases loadable next to them.
import path from 'node:path';
import type { CompiledDictionary } from '../compile.js';
import { compileDictionary, entityFiles } from '../load.js';
import { formatProblem } from '../tsv.js';
import { NewsannoError } from '../../core/errors.js';
import type { Claims } from './select.js';

export interface ExistingDictionary extends Claims {
  ids: ReadonlySet<string>;
  /** Ids of existing entities that claim an alias key (they all have notes, or the import dropped it). */
  zhClaimants(key: string): string[];
  enClaimants(key: string): string[];
  entities: number;
}

export function existingFrom(dict: CompiledDictionary): ExistingDictionary {
  const qids = new Set<string>();
  for (const e of dict.entities.values()) if (e.wikidata) qids.add(e.wikidata);
  const withoutNote = (index: Map<string, { entityId: string }[]>) => (key: string) =>
    (index.get(key) ?? []).some((h) => !dict.entities.get(h.entityId)?.note);
  const claimants = (index: Map<string, { entityId: string }[]>) => (key: string) => (index.get(key) ?? []).map((h) => h.entityId);
  return {
    ids: new Set(dict.entities.keys()),
    hasQid: (qid) => qids.has(qid),
    zhTaken: withoutNote(dict.zh),
    enTaken: withoutNote(dict.en),
    zhClaimants: claimants(dict.zh),
    enClaimants: claimants(dict.en),
    entities: dict.entities.size,
  };
}

/**
 * Loads the dictionaries at `paths`, leaving out the output file itself (a re-import must not find
 * its own previous result). A broken dictionary stops the import: its ids and aliases are unknown.
 */
export function loadExisting(paths: readonly string[], outFile: string): ExistingDictionary {
  const out = path.resolve(outFile);
  const files = entityFiles(paths).filter((f) => path.resolve(f) !== out);
  const { dictionary, problems } = compileDictionary(files);
  if (problems.length) {
    throw new NewsannoError(`the existing dictionaries have ${problems.length} problem(s), first: ${formatProblem(problems[0])}`, {
      code: 'dictionary',
      hint: 'fix them first (`newsanno dict check`), or import without comparing: --standalone',
    });
  }
  return existingFrom(dictionary);
}
