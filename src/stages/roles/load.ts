// Reads the title files of dictionaries/titles, validates them, compiles them once per folder.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { NewsannoError } from '../../core/errors.js';
import { fromRoot } from '../../core/paths.js';
import { formatProblem, parseTsv, type TsvProblem, type TsvResult } from '../../dictionary/tsv.js';
import { compileTitles } from './compile.js';
import type { TitleDictionary } from './lexicon.js';
import {
  TITLE_FILES,
  abbreviationRows,
  blockerRows,
  contextRows,
  modifierRows,
  rankRows,
  unitRows,
  variantRows,
  type TitleFileKey,
} from './schema.js';

export const SHIPPED_TITLES = (): string => fromRoot('dictionaries', 'titles');

export interface TitleLoad {
  dictionary: TitleDictionary;
  problems: TsvProblem[];
}

/** Reads, validates and compiles; problems are returned, not thrown (for `newsanno dict check`). */
export function compileTitleDictionary(dir: string = SHIPPED_TITLES()): TitleLoad {
  const problems: TsvProblem[] = [];
  const texts: string[] = [];
  const read = (key: TitleFileKey): TsvResult => {
    const { file, header } = TITLE_FILES[key];
    const full = path.join(dir, file);
    if (!existsSync(full))
      throw new NewsannoError(`title dictionary file missing: ${full}`, {
        code: 'dictionary',
        file: full,
        hint: `restore dictionaries/titles/${file} (see dictionaries/titles/README.md)`,
      });
    const text = readFileSync(full, 'utf8');
    texts.push(text);
    const parsed = parseTsv(text, displayPath(full), header);
    problems.push(...parsed.problems);
    return parsed;
  };
  const rows = {
    ranks: rankRows(read('ranks'), problems),
    modifiers: modifierRows(read('modifiers'), problems),
    units: unitRows(read('units'), problems),
    abbreviations: abbreviationRows(read('abbreviations'), problems),
    variants: variantRows(read('variants'), problems),
    contexts: contextRows(read('contexts'), problems),
    blockers: blockerRows(read('blockers'), problems),
  };
  const h = createHash('sha256');
  for (const t of texts) h.update(t).update('\u0000');
  const dictionary = compileTitles(rows, h.digest('hex').slice(0, 12), problems);
  return { dictionary, problems };
}

const cache = new Map<string, TitleDictionary>();

/**
 * The compiled title dictionary of `dir` (the shipped one by default), compiled on first use. Throws a
 * NewsannoError listing every bad line as file:line when the files have problems.
 */
export function loadTitleDictionary(dir: string = SHIPPED_TITLES()): TitleDictionary {
  const key = path.resolve(dir);
  const hit = cache.get(key);
  if (hit) return hit;
  const { dictionary, problems } = compileTitleDictionary(dir);
  if (problems.length) {
    const shown = problems.slice(0, 20).map(formatProblem).join('\n  ');
    throw new NewsannoError(`the title dictionary has ${problems.length} problem(s):\n  ${shown}${problems.length > 20 ? '\n  …' : ''}`, {
      code: 'dictionary',
      hint: 'fix these lines (see dictionaries/titles/README.md), then run `newsanno dict check`',
    });
  }
  cache.set(key, dictionary);
  return dictionary;
}

/** Every problem of the title files, for `newsanno dict check`. */
export function checkTitleDictionary(dir: string = SHIPPED_TITLES()): TsvProblem[] {
  return compileTitleDictionary(dir).problems;
}

function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
