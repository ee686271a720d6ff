// Build time: learn the joint unit model (English letter chunk ↔ Chinese chunk) from name pairs by
// expectation maximisation over all monotone segmentations (the many-to-many aligner of Jiampojamarn
// et al. 2007, restricted to one or two characters per unit). Used only by scripts/build-name-model.ts.

import { toCost, type PhoneticData } from '../model-data.js';
import { packRows } from '../packed.js';

export interface TrainingPair {
  letters: string;
  chars: string[];
  weight: number;
}

export interface UnitShape {
  maxLetters: number;
  maxChars: number;
  maxLettersForPair: number;
}

/** One pair's lattice: the possible units as (from state, to state, unit id), in topological order. */
interface Lattice {
  n: number;
  m: number;
  from: Int32Array;
  to: Int32Array;
  unit: Int32Array;
  weight: number;
}

export class UnitAligner {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly lattices: Lattice[] = [];
  private p: Float64Array = new Float64Array(0);
  private counts: Float64Array = new Float64Array(0);

  constructor(
    pairs: TrainingPair[],
    readonly shape: UnitShape,
  ) {
    for (const pair of pairs) {
      const lattice = this.latticeOf(pair);
      if (lattice) this.lattices.push(lattice);
    }
    this.p = new Float64Array(this.keys.length).fill(1 / Math.max(1, this.keys.length));
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** Every unit that can take part in a full alignment of the pair; null when none aligns it. */
  private latticeOf(pair: TrainingPair): Lattice | null {
    const { letters, chars } = pair;
    const n = letters.length;
    const m = chars.length;
    const { maxLetters, maxChars, maxLettersForPair } = this.shape;
    // Forward reachability then backward co-reachability, so only useful edges are kept.
    const width = m + 1;
    const reach = new Uint8Array((n + 1) * width);
    reach[0] = 1;
    const edges: Array<[number, number, string]> = [];
    for (let i = 0; i < n; i++)
      for (let j = 0; j < m; j++) {
        if (!reach[i * width + j]) continue;
        for (let a = 1; a <= Math.min(maxLetters, n - i); a++)
          for (let b = 1; b <= Math.min(a <= maxLettersForPair ? maxChars : 1, m - j); b++) {
            const to = (i + a) * width + j + b;
            reach[to] = 1;
            edges.push([i * width + j, to, `${letters.slice(i, i + a)}\t${chars.slice(j, j + b).join('')}`]);
          }
      }
    const end = n * width + m;
    if (!reach[end]) return null;
    const live = new Uint8Array((n + 1) * width);
    live[end] = 1;
    for (let e = edges.length - 1; e >= 0; e--) if (live[edges[e][1]]) live[edges[e][0]] = 1;
    const kept = edges.filter(([f, t]) => live[f] && live[t]);
    return {
      n,
      m,
      from: Int32Array.from(kept, (e) => e[0]),
      to: Int32Array.from(kept, (e) => e[1]),
      unit: Int32Array.from(kept, (e) => this.idOf(e[2])),
      weight: pair.weight,
    };
  }

  /** One EM iteration; returns the weighted log-likelihood of the data before the update. */
  iterate(): number {
    this.counts = new Float64Array(this.keys.length);
    let logLikelihood = 0;
    for (const lat of this.lattices) {
      const states = (lat.n + 1) * (lat.m + 1);
      const alpha = new Float64Array(states);
      const beta = new Float64Array(states);
      alpha[0] = 1;
      const E = lat.from.length;
      for (let e = 0; e < E; e++) alpha[lat.to[e]] += alpha[lat.from[e]] * this.p[lat.unit[e]];
      const end = states - 1;
      const total = alpha[end];
      if (!(total > 0)) continue;
      logLikelihood += lat.weight * Math.log(total);
      beta[end] = 1;
      for (let e = E - 1; e >= 0; e--) beta[lat.from[e]] += this.p[lat.unit[e]] * beta[lat.to[e]];
      const scale = lat.weight / total;
      for (let e = 0; e < E; e++) {
        const u = lat.unit[e];
        this.counts[u] += alpha[lat.from[e]] * this.p[u] * beta[lat.to[e]] * scale;
      }
    }
    let sum = 0;
    for (let u = 0; u < this.counts.length; u++) sum += this.counts[u];
    for (let u = 0; u < this.counts.length; u++) this.p[u] = this.counts[u] / sum;
    return logLikelihood;
  }

  train(iterations: number): number[] {
    const history: number[] = [];
    for (let k = 0; k < iterations; k++) history.push(this.iterate());
    return history;
  }

  /**
   * The learned table: units whose expected count reaches `minCount`, renormalised, as log
   * probabilities rounded to keep the shipped JSON small.
   */
  table(minCount: number): Pick<PhoneticData, 'units' | 'chunkMarginals' | 'unseen'> & { kept: number; dropped: number } {
    let mass = 0;
    const keep: number[] = [];
    for (let u = 0; u < this.keys.length; u++)
      if (this.counts[u] >= minCount) {
        keep.push(u);
        mass += this.p[u];
      }
    const rows = new Map<string, Array<[string, number]>>();
    const marginals = new Map<string, number>();
    for (const u of keep) {
      const [letters, chars] = this.keys[u].split('\t');
      const p = this.p[u] / mass;
      const row = rows.get(letters) ?? [];
      row.push([chars, p]);
      rows.set(letters, row);
      marginals.set(chars, (marginals.get(chars) ?? 0) + p);
    }
    const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : 1);
    const unitRows = [...rows].sort(byKey).map(([letters, row]): [string, string, number[], number] => {
      row.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
      const sum = row.reduce((s, [, p]) => s + p, 0);
      return [letters, row.map(([c]) => c).join(' '), row.map(([, p]) => toCost(p)), toCost(sum)];
    });
    const sorted = [...marginals].sort(byKey);
    const chunkMarginals = { chunks: sorted.map(([c]) => c).join(' '), costs: sorted.map(([, p]) => toCost(p)).join(',') };
    const singleCharCosts = sorted.filter(([c]) => [...c].length === 1).map(([, p]) => toCost(p));
    return {
      units: packRows(unitRows),
      chunkMarginals,
      unseen: { letters: Math.max(...unitRows.map((r) => r[3])), chars: Math.max(...singleCharCosts) },
      kept: keep.length,
      dropped: this.keys.length - keep.length,
    };
  }
}
