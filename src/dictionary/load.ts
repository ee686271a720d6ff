// Finds, reads, validates and compiles the entity dictionaries. The only place dictionary files are read.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NewsannoError } from '../core/errors.js';
import { fromRoot } from '../core/paths.js';
import { loadTitleDictionary } from '../stages/roles/load.js';
import { compileEntities, dictionaryVersion, type CompiledDictionary } from './compile.js';
import { ENTITY_HEADER, entitiesFromTsv } from './entities.js';
import { formatProblem, parseTsv, type TsvProblem } from './tsv.js';

export const SHIPPED_ENTITIES = (): string => fromRoot('dictionaries', 'entities');

/** The .tsv files of each path (a file or a folder, not recursive), sorted for a stable version hash. */
export function entityFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p))
      throw new NewsannoError(`dictionary path not found: ${p}`, { code: 'dictionary', hint: 'check the dictionaries listed in the pipeline definition' });
    if (statSync(p).isDirectory())
      files.push(...readdirSync(p).filter((f) => f.endsWith('.tsv')).sort().map((f) => path.join(p, f)));
    else files.push(p);
  }
  return files;
}

export interface DictionaryLoad {
  dictionary: CompiledDictionary;
  problems: TsvProblem[];
  files: string[];
}

/** Reads and compiles; problems are returned, not thrown (for `dict check`). */
export function compileDictionary(paths: readonly string[] = [SHIPPED_ENTITIES()]): DictionaryLoad {
  const files = entityFiles(paths);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const problems: TsvProblem[] = [];
  const entities = files.flatMap((f, i) => {
    const parsed = parseTsv(texts[i], displayPath(f), ENTITY_HEADER);
    problems.push(...parsed.problems);
    return entitiesFromTsv(parsed, problems);
  });
  const dictionary = compileEntities(entities, dictionaryVersion(texts), problems);
  return { dictionary, problems, files };
}

const cache = new Map<string, CompiledDictionary>();

/** Reads and compiles, throwing a NewsannoError listing the problems when any line is bad. Cached per path list. */
export function loadDictionary(paths: readonly string[] = [SHIPPED_ENTITIES()]): CompiledDictionary {
  const key = paths.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  const { dictionary, problems } = compileDictionary(paths);
  if (problems.length) {
    const shown = problems.slice(0, 20).map(formatProblem).join('\n  ');
    throw new NewsannoError(`the dictionary has ${problems.length} problem(s):\n  ${shown}${problems.length > 20 ? '\n  …' : ''}`, {
      code: 'dictionary',
      hint: 'fix these lines (see dictionaries/README.md), then run `newsanno dict check`',
    });
  }
  cache.set(key, dictionary);
  return dictionary;
}

/**
 * Writes the jieba user dictionary for this dictionary version (once) and returns its path. Written
 * beside the shipped dictionaries when that folder is writable, else in the temp folder.
 */
export function jiebaUserDictFile(dict: CompiledDictionary): string {
  const body = [...dict.jiebaLines, ...titleWordLines()].join('\n') + '\n';
  // The version covers the entities and accepted aliases; the body comparison below catches title changes.
  const name = `jieba.${dict.version}.utf8`;
  for (const dir of [fromRoot('dictionaries', 'compiled'), path.join(os.tmpdir(), 'newsanno')]) {
    const file = path.join(dir, name);
    try {
      if (existsSync(file) && readFileSync(file, 'utf8') === body) return file;
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, body);
      renameSync(tmp, file);
      return file;
    } catch {
      // not writable: try the next place
    }
  }
  throw new NewsannoError('cannot write the compiled jieba user dictionary', {
    code: 'dictionary',
    hint: 'make dictionaries/compiled or the temp folder writable',
  });
}

/**
 * Job titles as jieba words, so a title does not swallow the name after it (首席营销官黎悦 was cut
 * 首席/营销/官黎悦). Lower frequency than names: a name still wins where both could match.
 */
function titleWordLines(): string[] {
  const out = new Set<string>();
  for (const entries of loadTitleDictionary().zh.byFirst.values())
    for (const e of entries) if (e.item.type === 'title' && e.text.length >= 2 && /^\p{Script=Han}+$/u.test(e.text)) out.add(`${e.text} 20000 n`);
  return [...out];
}


function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}
