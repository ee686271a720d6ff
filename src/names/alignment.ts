// The joint unit model behind phonetic matching: a name pair is a monotone sequence of units, each an
// English letter chunk (1..maxLetters letters) written as one or two Chinese characters (mu·穆 ra·拉
// ti·蒂, x·克斯). Scores sum over every such segmentation (forward algorithm, linear probabilities:
// the products of a name's dozen units stay far above the smallest double).

import { fromCost, type PhoneticData } from './model-data.js';
import { FIELD, parseInts, ROW, rowFields } from './packed.js';

/** An English name as letters, with the positions where a new token starts. */
export interface LetterSeq {
  letters: string;
  /** starts[i] true when a token starts at letter i (0 < i < letters.length). */
  starts: boolean[];
}

/** A Chinese name as characters, with the positions where a new written part starts (after ·). */
export interface CharSeq {
  chars: string[];
  starts: boolean[];
}

export function letterSeq(tokens: string[]): LetterSeq {
  const letters = tokens.join('');
  const starts = new Array<boolean>(letters.length + 1).fill(false);
  let at = 0;
  for (const t of tokens.slice(0, -1)) starts[(at += t.length)] = true;
  return { letters, starts };
}

export function charSeq(parts: string[]): CharSeq {
  const chars: string[] = [];
  const starts: boolean[] = [false];
  for (const part of parts) {
    if (chars.length > 0) starts[chars.length] = true;
    for (const ch of part) {
      chars.push(ch);
      starts.push(false);
    }
  }
  return { chars, starts };
}

/** For each position, the next boundary after it (or the end): a unit starting at i may end at most there. */
function limits(starts: boolean[], length: number): number[] {
  const out = new Array<number>(length + 1);
  let next = length;
  for (let i = length; i >= 0; i--) {
    out[i] = next;
    if (starts[i]) next = i;
  }
  return out;
}

export class UnitModel {
  readonly maxLetters: number;
  readonly maxChars: number;
  readonly maxLettersForPair: number;
  private readonly table: string;
  /** Where each letter chunk's row starts in the packed unit table. */
  private readonly rowAt = new Map<string, number>();
  /** p(letters, chars), linear, and the row's total; decoded per chunk on first use (null: no such chunk). */
  private readonly rows = new Map<string, { p: Map<string, number>; total: number } | null>();
  /** Σ over letter chunks of p(·, chars), floor mass included, by code point (one character) or string (two). */
  private charMarginal: Map<number, number> | null = null;
  private pairMarginal: Map<string, number> | null = null;
  private readonly chunkMarginals: PhoneticData['chunkMarginals'];
  /** Chinese outputs of each letter chunk, most probable first (for transliteration). */
  private readonly ranked = new Map<string, Array<[string, number]>>();
  /** κ: an unseen (chunk, character) unit gets κ · p(chunk) · p(character). */
  private readonly kappa: number;
  /** Marginals given to a chunk or a character the table never saw: the smallest seen. */
  private readonly unseenLetters: number;
  private readonly unseenChar: number;

  constructor(data: PhoneticData) {
    this.maxLetters = data.maxLetters;
    this.maxChars = data.maxChars;
    this.maxLettersForPair = data.maxLettersForPair;
    this.kappa = Math.exp(data.floor);
    this.table = data.units;
    for (let at = 0; at < this.table.length; ) {
      const tab = this.table.indexOf(FIELD, at);
      this.rowAt.set(this.table.slice(at, tab), at);
      const next = this.table.indexOf(ROW, tab);
      at = next < 0 ? this.table.length : next + 1;
    }
    this.unseenLetters = fromCost(data.unseen.letters);
    this.unseenChar = fromCost(data.unseen.chars);
    this.chunkMarginals = data.chunkMarginals;
  }

  private decoded(letters: string): { p: Map<string, number>; total: number } | null {
    let row = this.rows.get(letters);
    if (row === undefined) {
      const at = this.rowAt.get(letters);
      row = null;
      if (at !== undefined) {
        const [, chunks, costs, total] = rowFields(this.table, at);
        const c = parseInts(costs);
        row = { p: new Map(chunks.split(' ').map((chars, k) => [chars, fromCost(c[k])])), total: fromCost(Number(total)) };
      }
      this.rows.set(letters, row);
    }
    return row;
  }

  private row(letters: string): Map<string, number> | null {
    return this.decoded(letters)?.p ?? null;
  }

  /** Σ over Chinese chunks of p(letters, ·), with the floor's share (the marginals sum to one, so about κ more). */
  private lettersP(letters: string): number {
    const row = this.decoded(letters);
    return row ? row.total * (1 + this.kappa) : this.unseenLetters;
  }

  private decodeMarginals(): void {
    const chars = new Map<number, number>();
    const pairs = new Map<string, number>();
    const costs = parseInts(this.chunkMarginals.costs);
    const { chunks } = this.chunkMarginals;
    let k = 0;
    for (let at = 0; at < chunks.length; k++) {
      const space = chunks.indexOf(' ', at);
      const end = space < 0 ? chunks.length : space;
      const cp = chunks.codePointAt(at)!;
      const width = cp > 0xffff ? 2 : 1;
      if (at + width === end) chars.set(cp, fromCost(costs[k]) * (1 + this.kappa));
      else pairs.set(chunks.slice(at, end), fromCost(costs[k]));
      at = end + 1;
    }
    this.charMarginal = chars;
    this.pairMarginal = pairs;
  }

  /** Σ over letter chunks of p(·, chunk) for a one- or two-character chunk. */
  private chunkP(chunk: string): number {
    if (!this.charMarginal) this.decodeMarginals();
    const cp = chunk.codePointAt(0)!;
    if (chunk.length === (cp > 0xffff ? 2 : 1)) return this.charMarginal!.get(cp) ?? this.unseenChar;
    return this.pairMarginal!.get(chunk) ?? 0;
  }

  /**
   * p(letters, chars). A single-character unit outside the table gets κ · p(letters) · p(char): its
   * pointwise mutual information is log κ, a fixed penalty, whether the character is common or rare.
   * Unseen two-character units get nothing.
   */
  unitP(letters: string, chars: string, row = this.row(letters)): number {
    const p = row?.get(chars);
    if (p !== undefined) return p;
    return chars.length === 1 || [...chars].length === 1 ? this.kappa * this.lettersP(letters) * this.chunkP(chars) : 0;
  }

  /** log Σ over segmentations of Π p(unit): how well the Chinese writes the English. */
  logJoint(en: LetterSeq, zh: CharSeq, strictBoundaries: boolean): number {
    const { letters } = en;
    const { chars } = zh;
    const n = letters.length;
    const m = chars.length;
    if (n === 0 || m === 0) return -Infinity;
    const enLimit = limits(en.starts, n);
    const zhLimit = limits(zh.starts, m);
    const width = m + 1;
    const alpha = new Float64Array((n + 1) * width);
    alpha[0] = 1;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        const from = alpha[i * width + j];
        if (from === 0) continue;
        const maxA = Math.min(this.maxLetters, enLimit[i] - i);
        for (let a = 1; a <= maxA; a++) {
          const chunk = letters.slice(i, i + a);
          const row = this.row(chunk);
          const maxB = Math.min(a <= this.maxLettersForPair ? this.maxChars : 1, zhLimit[j] - j);
          let zchunk = '';
          for (let b = 1; b <= maxB; b++) {
            zchunk += chars[j + b - 1];
            const ii = i + a;
            const jj = j + b;
            // A written part boundary (·) must fall on an English token boundary, and with as many
            // parts as tokens, the other way round too.
            const enEdge = ii === n || en.starts[ii];
            const zhEdge = jj === m || zh.starts[jj];
            if (zhEdge && !enEdge) continue;
            if (strictBoundaries && enEdge && !zhEdge) continue;
            const p = this.unitP(chunk, zchunk, row);
            if (p > 0) alpha[ii * width + jj] += from * p;
          }
        }
      }
    }
    const total = alpha[n * width + m];
    return total > 0 ? Math.log(total) : -Infinity;
  }

  /** log Σ over segmentations of the letters of Π Σ_chars p(unit): the English side alone. */
  logLetters(en: LetterSeq): number {
    const n = en.letters.length;
    const enLimit = limits(en.starts, n);
    const alpha = new Float64Array(n + 1);
    alpha[0] = 1;
    for (let i = 0; i < n; i++) {
      if (alpha[i] === 0) continue;
      const maxA = Math.min(this.maxLetters, enLimit[i] - i);
      for (let a = 1; a <= maxA; a++) {
        alpha[i + a] += alpha[i] * this.lettersP(en.letters.slice(i, i + a));
      }
    }
    return alpha[n] > 0 ? Math.log(alpha[n]) : -Infinity;
  }

  /** log Σ over segmentations of the characters of Π Σ_letters p(unit): the Chinese side alone. */
  logChars(zh: CharSeq): number {
    const m = zh.chars.length;
    const zhLimit = limits(zh.starts, m);
    const alpha = new Float64Array(m + 1);
    alpha[0] = 1;
    for (let j = 0; j < m; j++) {
      if (alpha[j] === 0) continue;
      let chunk = '';
      for (let b = 1; b <= Math.min(this.maxChars, zhLimit[j] - j); b++) {
        chunk += zh.chars[j + b - 1];
        alpha[j + b] += alpha[j] * this.chunkP(chunk);
      }
    }
    return alpha[m] > 0 ? Math.log(alpha[m]) : -Infinity;
  }

  /** The Chinese outputs of a letter chunk, most probable first, as [chars, p(letters, chars)]. */
  outputs(letters: string): Array<[string, number]> {
    let list = this.ranked.get(letters);
    if (!list) {
      list = [...(this.row(letters) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]);
      this.ranked.set(letters, list);
    }
    return list;
  }
}
