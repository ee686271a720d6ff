// A character bigram language model with Witten-Bell interpolation, as shipped in the name model.
// Two of them (transliterated names, general Chinese words) make the transliteration detector.
// Maps are keyed by code point and bigram rows decoded on first use, so loading allocates little.

import { fromCost, type BigramLmData } from './model-data.js';
import { codePoints, parseInts, ROW } from './packed.js';

export const START = '^';
export const END = '$';

interface History {
  lambda: number;
  next: Map<number, number>;
}

export class BigramLm {
  private readonly unigram = new Map<number, number>();
  private readonly unseen: number;
  private readonly table: string;
  /** Where each history's row starts in the packed bigram table. */
  private readonly rowAt = new Map<number, number>();
  private readonly histories = new Map<number, History | null>();

  constructor(data: BigramLmData) {
    const chars = codePoints(data.unigram.chars);
    const costs = parseInts(data.unigram.costs);
    for (let i = 0; i < chars.length; i++) this.unigram.set(chars[i], fromCost(costs[i]));
    this.unseen = fromCost(data.unseen);
    this.table = data.bigram;
    for (let at = 0; at < this.table.length; ) {
      this.rowAt.set(this.table.codePointAt(at)!, at);
      const next = this.table.indexOf(ROW, at);
      at = next < 0 ? this.table.length : next + 1;
    }
  }

  private history(prev: number): History | null {
    let h = this.histories.get(prev);
    if (h === undefined) {
      const at = this.rowAt.get(prev);
      h = null;
      if (at !== undefined) {
        const end = this.table.indexOf(ROW, at);
        const [, lambda, nextChars, costs] = this.table.slice(at, end < 0 ? undefined : end).split('\t');
        const next = new Map<number, number>();
        const probs = parseInts(costs);
        codePoints(nextChars).forEach((cp, i) => next.set(cp, fromCost(probs[i])));
        h = { lambda: Number(lambda), next };
      }
      this.histories.set(prev, h);
    }
    return h;
  }

  /** P(ch) of the smoothed unigram distribution. */
  unigramP(ch: string): number {
    return this.unigram.get(ch.codePointAt(0)!) ?? this.unseen;
  }

  /** log P(next | prev), interpolating the bigram with the unigram. */
  logProb(prev: string, next: string): number {
    const code = next.codePointAt(0)!;
    const uni = this.unigram.get(code) ?? this.unseen;
    const h = this.history(prev.codePointAt(0)!);
    if (!h) return Math.log(uni);
    return Math.log(h.lambda * (h.next.get(code) ?? 0) + (1 - h.lambda) * uni);
  }
}
