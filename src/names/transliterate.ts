// English name token → likely Chinese transliterations, by beam search over the unit model: each
// candidate's probability sums over every segmentation that writes it (so 马克 for "mark" gathers
// ma·马 rk·克 and mar·马 k·克 alike). The candidates are then re-ranked as a noisy channel,
// p(English | Chinese) · p_names(Chinese)^μ, so a character sequence that names are written with
// (穆拉蒂) beats one the unit table merely allows (村蒂, from Japanese readings in the pairs).

import { charSeq, type UnitModel } from './alignment.js';
import { englishTokens } from './text.js';

/** Candidates kept per letter position, and outputs tried per letter chunk. */
const BEAM = 40;
const OUTPUTS_PER_CHUNK = 12;
/** Candidates per token handed to the re-ranking. */
const RERANK_POOL = 20;

/** log p of a Chinese string under a model of transliterated names. */
export type NamePrior = (zh: string) => number;

function transliterateToken(units: UnitModel, letters: string, k: number): Array<[string, number]> {
  const n = letters.length;
  const beams: Array<Map<string, number>> = Array.from({ length: n + 1 }, () => new Map());
  beams[0].set('', 1);
  for (let i = 0; i < n; i++) {
    const here = [...beams[i]].sort((a, b) => b[1] - a[1]).slice(0, BEAM);
    for (let a = 1; a <= Math.min(units.maxLetters, n - i); a++) {
      const outputs = units.outputs(letters.slice(i, i + a)).slice(0, OUTPUTS_PER_CHUNK);
      const next = beams[i + a];
      for (const [prefix, p] of here)
        for (const [chars, q] of outputs) {
          const s = prefix + chars;
          next.set(s, (next.get(s) ?? 0) + p * q);
        }
    }
  }
  return [...beams[n]].sort((a, b) => b[1] - a[1]).slice(0, k);
}

/** Candidates for one token as [chars, log score], best first. */
function rankedToken(units: UnitModel, token: string, k: number, prior: NamePrior | null, mu: number): Array<[string, number]> {
  const pool = transliterateToken(units, token, Math.max(k, RERANK_POOL));
  const scored = pool.map(([zh, p]): [string, number] => {
    if (!prior) return [zh, Math.log(p)];
    // log p(e, c) − log p_units(c) = log p(e | c); then the names prior.
    return [zh, Math.log(p) - units.logChars(charSeq([zh])) + mu * prior(zh)];
  });
  return scored.sort((a, b) => b[1] - a[1]).slice(0, k);
}

/** The k most likely Chinese forms of an English name (tokens joined with ·), most likely first. */
export function transliterate(units: UnitModel, en: string, k = 5, prior: NamePrior | null = null, mu = 1): string[] {
  const tokens = englishTokens(en);
  if (tokens.length === 0 || k <= 0) return [];
  let combos: Array<[string, number]> = [['', 0]];
  for (const token of tokens) {
    const options = rankedToken(units, token, k, prior, mu);
    const next: Array<[string, number]> = [];
    for (const [prefix, p] of combos) for (const [s, q] of options) next.push([prefix ? `${prefix}·${s}` : s, p + q]);
    combos = next.sort((a, b) => b[1] - a[1]).slice(0, k);
  }
  return combos.map(([s]) => s);
}
