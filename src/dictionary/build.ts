// `newsanno dict build|check`: validates every dictionary (entities, cues, titles), checks that each
// Chinese alias survives segmentation as one token, and compiles the jieba user dictionary.
import { fromRoot } from '../core/paths.js';
import { loadPipeline } from '../pipeline-definition.js';
import { checkTitleDictionary } from '../stages/roles/index.js';
import { jiebaTag, loadJieba } from '../stages/tokenize-zh/jieba.js';
import type { CompiledDictionary } from './compile.js';
import { parseCues } from './cues.js';
import { parsePlaces } from './places.js';
import { ambiguityLines, plausibilityProblems } from './check.js';
import { compileDictionary, jiebaUserDictFile } from './load.js';
import { formatProblem, type TsvProblem } from './tsv.js';

export interface BuildReport {
  errors: string[];
  warnings: string[];
  summary: string;
  people: number;
  organisations: number;
  aliases: number;
}

/** Aliases jieba cuts apart even with the user dictionary: they could never be matched whole. */
export function segmentationProblems(dict: CompiledDictionary): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const e of dict.entities.values()) for (const k of e.zhKeys) keys.add(k);
  for (const [k, hits] of dict.zh) if (hits.some((h) => h.kind === 'zh-short')) keys.add(k);
  for (const key of keys) {
    const alone = jiebaTag(key).map((w) => w.word);
    const inContext = jiebaTag(`据悉${key}已经离职`).map((w) => w.word);
    if (alone.length !== 1 || !inContext.includes(key)) {
      const owner = dict.zh.get(key)?.[0]?.entityId ?? '?';
      out.push(`alias "${key}" (${owner}) does not survive segmentation as one token: jieba cuts it as ${(alone.length !== 1 ? alone : inContext).join('/')}`);
    }
  }
  return out;
}

export function buildDictionaries(options: { pipeline?: string; write: boolean }): BuildReport {
  const def = loadPipeline(options.pipeline ?? 'news');
  const { dictionary, problems } = compileDictionary(def.dictionaryPaths);
  const cueProblems: TsvProblem[] = [];
  parseCues(fromRoot('dictionaries', 'cues', 'zh.tsv'), 'zh', cueProblems);
  parseCues(fromRoot('dictionaries', 'cues', 'en.tsv'), 'en', cueProblems);
  parsePlaces(undefined, cueProblems);
  const errors = [...problems, ...cueProblems, ...checkTitleDictionary()].map(formatProblem);
  const warnings: string[] = [];
  if (!problems.length) {
    // The user dictionary is written (or found) either way: jieba needs a file to load it.
    loadJieba(jiebaUserDictFile(dictionary));
    errors.push(...segmentationProblems(dictionary));
    errors.push(...plausibilityProblems(dictionary, def.dictionaryPaths));
    warnings.push(...ambiguityLines(dictionary));
  }
  const entities = [...dictionary.entities.values()];
  const people = entities.filter((e) => e.type === 'person').length;
  const organisations = entities.length - people;
  const aliases = dictionary.zh.size + dictionary.en.size;
  const summary = `dictionary ${dictionary.version}: ${people} people, ${organisations} organisations, ${aliases} alias keys${options.write ? ' — compiled' : ''}${errors.length ? `, ${errors.length} problem(s)` : ''}`;
  return { errors, warnings, summary, people, organisations, aliases };
}
