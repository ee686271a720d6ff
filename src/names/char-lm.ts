// A character bigram language model with Witten-Bell interpolation, as shipped in the name model.
// Two of them (transliterated names, general Chinese words) make the transliteration detector.
// Maps are keyed by code point, so loading allocates no strings.

import { fromCost, type BigramLmData } from './model-data.js';

export const START = '^';
export const END = '$';

/** Code points of a string, in order. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

export class BigramLm {
  private readonly unigram = new Map<number, number>();
  private readonly unseen: number;
  /** Raw rows by history; each becomes a Map on first use, so loading stays cheap. */
  private readonly rows = new Map<number, [number, string, number[]]>();
  private readonly histories = new Map<number, { lambda: number; next: Map<number, number> } | null>();

  constructor(data: BigramLmData) {
    const chars = codePoints(data.unigram.chars);
    for (let i = 0; i < chars.length; i++) this.unigram.set(chars[i], fromCost(data.unigram.costs[i]));
    this.unseen = fromCost(data.unseen);
    for (const [history, lambda, nextChars, costs] of data.bigram) this.rows.set(history.codePointAt(0)!, [lambda, nextChars, costs]);
  }

  private history(prev: number): { lambda: number; next: Map<number, number> } | null {
    let h = this.histories.get(prev);
    if (h === undefined) {
      const row = this.rows.get(prev);
      if (row) {
        const [lambda, nextChars, costs] = row;
        const next = new Map<number, number>();
        codePoints(nextChars).forEach((cp, i) => next.set(cp, fromCost(costs[i])));
        h = { lambda, next };
      } else h = null;
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
