// A character bigram language model with Witten-Bell interpolation, as shipped in the name model.
// Two of them (transliterated names, general Chinese words) make the transliteration detector.

import type { BigramLmData } from './model-data.js';

export const START = '^';
export const END = '$';

export class BigramLm {
  private readonly unigram: Map<string, number>;
  private readonly unseen: number;
  /** Raw rows by history; each becomes a Map on first use, so loading stays cheap. */
  private readonly rows = new Map<string, [number, string, number[]]>();
  private readonly histories = new Map<string, { lambda: number; next: Map<string, number> } | null>();

  constructor(data: BigramLmData) {
    this.unigram = new Map();
    Array.from(data.unigram.chars).forEach((ch, i) => this.unigram.set(ch, Math.exp(data.unigram.logP[i])));
    this.unseen = Math.exp(data.unseen);
    for (const [history, lambda, nextChars, probs] of data.bigram) this.rows.set(history, [lambda, nextChars, probs]);
  }

  private history(prev: string): { lambda: number; next: Map<string, number> } | null {
    let h = this.histories.get(prev);
    if (h === undefined) {
      const row = this.rows.get(prev);
      if (row) {
        const [lambda, nextChars, probs] = row;
        const next = new Map<string, number>();
        Array.from(nextChars).forEach((ch, i) => next.set(ch, probs[i]));
        h = { lambda, next };
      } else h = null;
      this.histories.set(prev, h);
    }
    return h;
  }

  /** P(ch) of the smoothed unigram distribution. */
  unigramP(ch: string): number {
    return this.unigram.get(ch) ?? this.unseen;
  }

  /** log P(next | prev), interpolating the bigram with the unigram. */
  logProb(prev: string, next: string): number {
    const uni = this.unigramP(next);
    const h = this.history(prev);
    if (!h) return Math.log(uni);
    return Math.log(h.lambda * (h.next.get(next) ?? 0) + (1 - h.lambda) * uni);
  }
}
