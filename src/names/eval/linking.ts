// Phonetic matching as a linking decision: each Chinese form is scored against its own English token
// and distractors (random tokens of the same split plus similar-spelled ones); the best candidate is
// linked when its score reaches the threshold. Used by the build (calibration on dev), the evaluation
// script and the tests (on the held-out split).

import type { PhoneticMatcher, PreparedEnglish } from '../phonetic.js';
import type { NamePair } from '../train/name-pairs.js';
import { sampleIndices, seededRandom } from './rng.js';

export interface LinkQuery {
  pair: NamePair;
  /** Distractor pairs: never the same Chinese form or the same sound key (see soundKey) as the query. */
  distractors: NamePair[];
}

export interface QueryOptions {
  random: number;
  similar: number;
  seed: number;
  /** Use at most this many queries (a seeded sample), for quick runs. */
  limit?: number;
}

/** Levenshtein distance when it is at most `max`, else max + 1 (only the diagonal band is computed). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const INF = max + 1;
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : INF;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(b.length, i + max);
    cur.fill(INF);
    cur[0] = i <= max ? i : INF;
    let best = cur[0];
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v < INF ? v : INF;
      if (v < best) best = v;
    }
    if (best > max) return INF;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], INF);
}

/** Every string reachable from `s` by deleting up to `k` letters (itself included). */
function deletions(s: string, k: number, out = new Set<string>()): Set<string> {
  out.add(s);
  if (k > 0) for (let i = 0; i < s.length; i++) deletions(s.slice(0, i) + s.slice(i + 1), k - 1, out);
  return out;
}

/**
 * Tokens within edit distance 2 of a query, found through shared deletion variants (two strings
 * within distance 2 always share a string reachable from both by at most two deletions).
 */
class NeighbourIndex {
  private readonly byVariant = new Map<string, number[]>();
  constructor(private readonly pool: NamePair[]) {
    pool.forEach((p, i) => {
      for (const v of deletions(p.letters, 2)) {
        const list = this.byVariant.get(v);
        if (list) list.push(i);
        else this.byVariant.set(v, [i]);
      }
    });
  }
  near(letters: string): Array<[number, NamePair]> {
    const seen = new Set<number>();
    for (const v of deletions(letters, 2)) for (const i of this.byVariant.get(v) ?? []) seen.add(i);
    const out: Array<[number, NamePair]> = [];
    for (const i of seen) {
      const d = boundedEditDistance(letters, this.pool[i].letters, 2);
      if (d <= 2) out.push([d, this.pool[i]]);
    }
    return out;
  }
}

/**
 * A crude spelling-to-sound key: two tokens with the same key are one name spelled two ways (Tripp /
 * Trip, Vigny / Vignie, Philips / Filips), so neither can serve as the other's distractor.
 */
export function soundKey(letters: string): string {
  return letters
    .replace(/ph/g, 'f')
    .replace(/ck|q|c(?=[aou]|$)/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/w/g, 'v')
    .replace(/([bcdfgjklmnprstv])h/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])h$/, '$1')
    .replace(/(...)e$/, '$1');
}

export function buildLinkQueries(pool: NamePair[], options: QueryOptions): LinkQuery[] {
  const random = seededRandom(options.seed);
  const index = new NeighbourIndex(pool);
  const queryIdx = options.limit ? sampleIndices(pool.length, options.limit, random).sort((a, b) => a - b) : pool.map((_, i) => i);
  return queryIdx.map((qi) => {
    const pair = pool[qi];
    const key = soundKey(pair.letters);
    const usable = (d: NamePair) => d.zh !== pair.zh && soundKey(d.letters) !== key;
    const chosen = new Map<string, NamePair>();
    for (let tries = 0; chosen.size < options.random && tries < options.random * 4; tries++) {
      const d = pool[Math.floor(random() * pool.length)];
      if (usable(d)) chosen.set(d.letters, d);
    }
    // Similar spellings (edit distance ≤ 2) are the hard distractors: Jakub vs Jacob, Mark vs Marc.
    const similar = index.near(pair.letters).filter(([, d]) => usable(d) && !chosen.has(d.letters));
    similar.sort((x, y) => x[0] - y[0] || (x[1].letters < y[1].letters ? -1 : 1));
    for (const [, d] of similar.slice(0, options.similar)) chosen.set(d.letters, d);
    return { pair, distractors: [...chosen.values()] };
  });
}

export interface ScoredQuery {
  truth: number;
  distractors: number[];
}

export function scoreQueries(matcher: PhoneticMatcher, queries: LinkQuery[]): ScoredQuery[] {
  const english = new Map<string, PreparedEnglish | null>();
  const prep = (letters: string) => {
    if (!english.has(letters)) english.set(letters, matcher.prepareEnglish(letters));
    return english.get(letters) ?? null;
  };
  return queries.map(({ pair, distractors }) => {
    const zh = matcher.prepareChinese(pair.zh);
    const score = (letters: string) => {
      const en = prep(letters);
      return zh && en ? matcher.scorePrepared(zh, en) : 0;
    };
    return { truth: score(pair.letters), distractors: distractors.map((d) => score(d.letters)) };
  });
}

export interface LinkFigures {
  threshold: number;
  /** Queries whose best candidate reached the threshold. */
  linked: number;
  /** … and was the right one. */
  correct: number;
  precision: number;
  recall: number;
  /** Candidate pairs (own + distractors) at or above the threshold, judged one by one. */
  pairPrecision: number;
  pairRecall: number;
}

/** Ties go against the truth: a distractor scoring the same counts as the pick. */
export function topIsTruth(q: ScoredQuery): boolean {
  return q.distractors.every((d) => d < q.truth);
}

export function top1Accuracy(scored: ScoredQuery[]): number {
  return scored.filter(topIsTruth).length / scored.length;
}

export function linkFigures(scored: ScoredQuery[], threshold: number): LinkFigures {
  let linked = 0;
  let correct = 0;
  let pairTp = 0;
  let pairFp = 0;
  for (const q of scored) {
    const best = Math.max(q.truth, ...q.distractors);
    if (best >= threshold) {
      linked++;
      if (topIsTruth(q)) correct++;
    }
    if (q.truth >= threshold) pairTp++;
    for (const d of q.distractors) if (d >= threshold) pairFp++;
  }
  return {
    threshold,
    linked,
    correct,
    precision: linked ? correct / linked : 1,
    recall: correct / scored.length,
    pairPrecision: pairTp + pairFp ? pairTp / (pairTp + pairFp) : 1,
    pairRecall: pairTp / scored.length,
  };
}
