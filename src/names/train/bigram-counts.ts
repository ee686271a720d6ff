// Build time: count weighted character bigrams of words and turn them into the shipped BigramLmData.

import { END, START } from '../char-lm.js';
import { toCost, type BigramLmData } from '../model-data.js';
import { packRows } from '../packed.js';

const round = (x: number, digits: number) => Number(x.toPrecision(digits));

export class BigramCounter {
  private readonly unigram = new Map<string, number>();
  private readonly bigram = new Map<string, Map<string, number>>();

  add(word: string, weight = 1): void {
    let prev = START;
    for (const ch of [...Array.from(word), END]) {
      this.unigram.set(ch, (this.unigram.get(ch) ?? 0) + weight);
      let row = this.bigram.get(prev);
      if (!row) this.bigram.set(prev, (row = new Map()));
      row.set(ch, (row.get(ch) ?? 0) + weight);
      prev = ch;
    }
  }

  get vocabulary(): Set<string> {
    return new Set(this.unigram.keys());
  }

  /**
   * The model: add-k unigram, Witten-Bell bigram. `keepBigram` prunes bigram entries (their mass
   * then comes from the unigram); λ and totals are computed before pruning so probabilities stay honest.
   */
  toData(options: { unigramK: number; keepBigram?: (prev: string, next: string, count: number) => boolean }): BigramLmData {
    const { unigramK } = options;
    let total = 0;
    for (const c of this.unigram.values()) total += c;
    const denom = total + unigramK * (this.unigram.size + 1);
    let chars = '';
    const costs: number[] = [];
    for (const [ch, c] of this.unigram) {
      chars += ch;
      costs.push(toCost((c + unigramK) / denom));
    }
    const bigram: Array<[string, number, string, number[]]> = [];
    for (const [prev, row] of this.bigram) {
      let count = 0;
      for (const c of row.values()) count += c;
      const lambda = count / (count + row.size);
      let next = '';
      const probs: number[] = [];
      for (const [ch, c] of row)
        if (!options.keepBigram || options.keepBigram(prev, ch, c)) {
          next += ch;
          probs.push(toCost(c / count));
        }
      if (probs.length > 0) bigram.push([prev, round(lambda, 5), next, probs]);
    }
    return { unigram: { chars, costs: costs.join(',') }, unseen: toCost(unigramK / denom), bigram: packRows(bigram) };
  }
}
