// Compiles validated entity records into the lookup structures the pipeline uses at run time:
// alias indexes keyed by folded forms, per-entity name parts, and the jieba user-dictionary lines.
import { createHash } from 'node:crypto';
import type { EntityType } from '../core/types.js';
import type { DictEntity } from './entities.js';
import { enKey, zhKey } from './fold.js';
import type { TsvProblem } from './tsv.js';

export type AliasKind = 'zh-full' | 'zh-short' | 'en-name' | 'en-alias';

export interface AliasHit {
  entityId: string;
  kind: AliasKind;
  /** How strongly this alias alone points at the entity (before context). */
  prior: number;
}

export interface CompiledEntity {
  id: string;
  type: EntityType;
  name: string;
  /** Display form in Chinese, or null. */
  zh: string | null;
  /** Folded keys of every Chinese full form. */
  zhKeys: string[];
  /** Given names and surnames of transliterated full forms (米拉 / 穆拉蒂), for short forms in an article. */
  zhGiven: string[];
  zhSurnames: string[];
  /** First and last tokens of the English name and aliases (Mira / Murati). */
  enGiven: string[];
  enSurnames: string[];
  wikidata: string | null;
  org: string | null;
  role: string | null;
  note: string | null;
}

export interface CompiledDictionary {
  version: string;
  entities: Map<string, CompiledEntity>;
  zh: Map<string, AliasHit[]>;
  en: Map<string, AliasHit[]>;
  /** Longest zh key, in characters; longest en key, in words: bounds for the matchers. */
  maxZhKey: number;
  maxEnWords: number;
  /** Lines of the jieba user dictionary: `word freq tag`. */
  jiebaLines: string[];
}

export const PRIOR: Record<AliasKind, number> = { 'zh-full': 1, 'zh-short': 0.85, 'en-name': 1, 'en-alias': 0.9 };
/** Bump when compile logic changes, so compiled caches are rebuilt. */
const COMPILER_VERSION = '1';
const NAME_SUFFIX = /^(jr|sr|ii|iii|iv)\.?$/i;

export function dictionaryVersion(sourceTexts: readonly string[]): string {
  const h = createHash('sha256').update(COMPILER_VERSION);
  for (const t of sourceTexts) h.update('\u0000').update(t);
  return h.digest('hex').slice(0, 12);
}

function nameParts(forms: string[]): { given: string[]; surnames: string[] } {
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const f of forms) {
    const parts = f.replace(/[・•‧]/g, '·').split('·').map(zhKey).filter(Boolean);
    if (parts.length < 2) continue;
    if (parts[0].length >= 2) given.add(parts[0]);
    if (parts[parts.length - 1].length >= 2) surnames.add(parts[parts.length - 1]);
  }
  return { given: [...given], surnames: [...surnames] };
}

function enParts(names: string[]): { given: string[]; surnames: string[] } {
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const n of names) {
    const words = n.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
    if (words.length < 2) continue;
    given.add(words[0].replace(/,$/, ''));
    surnames.add(words[words.length - 1].replace(/,$/, ''));
  }
  return { given: [...given], surnames: [...surnames] };
}

/** Compiles entities; cross-entity problems (duplicate ids, unknown orgs, unexplained shared aliases) are appended. */
export function compileEntities(entities: DictEntity[], version: string, problems: TsvProblem[]): CompiledDictionary {
  const byId = new Map<string, DictEntity>();
  for (const e of entities) {
    const prev = byId.get(e.id);
    if (prev) problems.push({ file: e.file, line: e.line, message: `id "${e.id}" is already used at ${prev.file}:${prev.line}` });
    else byId.set(e.id, e);
  }
  for (const e of byId.values()) {
    if (!e.org) continue;
    const org = byId.get(e.org);
    if (!org) problems.push({ file: e.file, line: e.line, message: `org "${e.org}" is not the id of any entity` });
    else if (org.type !== 'org') problems.push({ file: e.file, line: e.line, message: `org "${e.org}" is a ${org.type}, not an organisation` });
  }

  const zh = new Map<string, AliasHit[]>();
  const en = new Map<string, AliasHit[]>();
  const add = (index: Map<string, AliasHit[]>, key: string, hit: AliasHit) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    const same = list.find((h) => h.entityId === hit.entityId);
    if (same) {
      if (hit.prior > same.prior) Object.assign(same, hit);
      return;
    }
    list.push(hit);
    index.set(key, list);
  };
  const compiled = new Map<string, CompiledEntity>();
  const jieba = new Map<string, string>();
  const addWord = (w: string, tag: string) => {
    if (w.length >= 2 && !/\s/.test(w) && !jieba.has(w)) jieba.set(w, tag);
  };

  for (const e of byId.values()) {
    const zhKeys = [...new Set(e.zh.map(zhKey))];
    for (const k of zhKeys) add(zh, k, { entityId: e.id, kind: 'zh-full', prior: PRIOR['zh-full'] });
    for (const s of e.zhShort) add(zh, zhKey(s), { entityId: e.id, kind: 'zh-short', prior: PRIOR['zh-short'] });
    add(en, enKey(e.name), { entityId: e.id, kind: 'en-name', prior: PRIOR['en-name'] });
    for (const a of e.enAliases) add(en, enKey(a), { entityId: e.id, kind: 'en-alias', prior: PRIOR['en-alias'] });
    const zp = e.type === 'person' ? nameParts(e.zh) : { given: [], surnames: [] };
    const ep = e.type === 'person' ? enParts([e.name, ...e.enAliases]) : { given: [], surnames: [] };
    compiled.set(e.id, {
      id: e.id,
      type: e.type,
      name: e.name,
      zh: e.zh[0] ?? null,
      zhKeys,
      zhGiven: zp.given,
      zhSurnames: zp.surnames,
      enGiven: ep.given,
      enSurnames: ep.surnames,
      wikidata: e.wikidata,
      org: e.org,
      role: e.role,
      note: e.note,
    });
    const tag = e.type === 'person' ? 'nr' : 'nt';
    for (const k of zhKeys) addWord(k, tag);
    for (const s of e.zhShort) addWord(zhKey(s), tag);
    for (const p of [...zp.given, ...zp.surnames]) addWord(p, 'nr');
  }

  // An alias claimed by several entities must be explained on each, or resolution cannot be trusted.
  for (const [key, hits] of [...zh, ...en]) {
    if (hits.length < 2) continue;
    for (const h of hits) {
      const e = byId.get(h.entityId)!;
      if (!e.note) {
        const others = hits.filter((o) => o.entityId !== h.entityId).map((o) => o.entityId);
        problems.push({
          file: e.file,
          line: e.line,
          message: `alias "${key}" is also claimed by ${others.join(', ')}; add a note saying how to tell them apart, or drop the alias`,
        });
      }
    }
  }

  let maxZhKey = 0;
  for (const k of zh.keys()) maxZhKey = Math.max(maxZhKey, k.length);
  let maxEnWords = 0;
  for (const k of en.keys()) maxEnWords = Math.max(maxEnWords, k.split(' ').length);
  return {
    version,
    entities: compiled,
    zh,
    en,
    maxZhKey,
    maxEnWords,
    jiebaLines: [...jieba].map(([w, tag]) => `${w} ${100000} ${tag}`),
  };
}
