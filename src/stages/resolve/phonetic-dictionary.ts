// An unknown transliteration (米拉·穆拉迪, 阿莫代) matched by sound against the English names of the
// dictionary's people: linked at or above the calibrated link threshold with a clear margin, proposed
// for review above the propose threshold. Candidates are narrowed first, so a lookup costs a few
// hundred phonetic comparisons at most.
import { pinyin } from 'pinyin-pro';
import type { CompiledDictionary, CompiledEntity } from '../../dictionary/compile.js';
import type { NameScorer } from '../mentions/types.js';

/** English letters a pinyin initial is usually written with in transliterations. */
const INITIAL_LETTERS: Record<string, string> = {
  b: 'bp', p: 'pb', m: 'm', f: 'fvp', d: 'dt', t: 'td', n: 'n', l: 'lr', g: 'gk', k: 'kcgq', h: 'hwk', j: 'jgyz', q: 'qkcj', x: 'xsc',
  zh: 'jzg', ch: 'cjt', sh: 'sc', r: 'rl', z: 'zstc', c: 'czts', s: 'szc', y: 'yjie', w: 'wvuo', '': 'aeiouy',
};

interface Index {
  byLetter: Map<string, CompiledEntity[]>;
}
const indexes = new WeakMap<CompiledDictionary, Index>();

function index(dict: CompiledDictionary): Index {
  let idx = indexes.get(dict);
  if (idx) return idx;
  const byLetter = new Map<string, CompiledEntity[]>();
  for (const e of dict.entities.values()) {
    if (e.type !== 'person') continue;
    for (const s of new Set(e.enSurnames.map((x) => x[0]?.toLowerCase()).filter(Boolean))) {
      const list = byLetter.get(s) ?? [];
      list.push(e);
      byLetter.set(s, list);
    }
  }
  indexes.set(dict, (idx = { byLetter }));
  return idx;
}

function initialLetters(ch: string): string {
  const init = pinyin(ch, { pattern: 'initial', toneType: 'none' }) as string;
  const first = (pinyin(ch, { toneType: 'none' }) as string)[0] ?? '';
  return (INITIAL_LETTERS[init] ?? '') + (init === '' ? first : '');
}

export interface PhoneticMatch {
  entityId: string;
  score: number;
  /** 'link' at or above the link threshold with a margin; 'propose' otherwise. */
  decision: 'link' | 'propose';
}

/** The dictionary person an unknown transliteration sounds like, if any. */
export function matchDictionaryBySound(run: string, dict: CompiledDictionary, names: NameScorer): PhoneticMatch | null {
  const parts = run.split('·').filter(Boolean);
  const surname = parts[parts.length - 1];
  if (!surname || surname.length < 2) return null;
  const letters = new Set(initialLetters(surname[0]));
  const candidates = new Set<CompiledEntity>();
  for (const l of letters) for (const e of index(dict).byLetter.get(l) ?? []) candidates.add(e);
  let best: { e: CompiledEntity; score: number } | null = null;
  let second = 0;
  for (const e of candidates) {
    // Full name against full name when both have parts; the surname alone otherwise.
    const score =
      parts.length > 1
        ? Math.max(names.phoneticScore(run, e.name), ...e.enSurnames.map((s) => names.phoneticScore(surname, s) * 0.9))
        : Math.max(...e.enSurnames.map((s) => names.phoneticScore(surname, s) * 0.95));
    if (!best || score > best.score) {
      second = best?.score ?? 0;
      best = { e, score };
    } else if (score > second) second = score;
  }
  // Many candidates make a chance match likelier than in one article: propose only clear ones.
  if (!best || best.score < Math.max(names.proposeThreshold, 0.75)) return null;
  const decision = best.score >= names.linkThreshold && best.score - second >= 0.1 ? 'link' : 'propose';
  return { entityId: best.e.id, score: best.score, decision };
}
