// Section 3: store write throughput. saveArticle one article per transaction (what ingest does today)
// against saveArticle inside store.transaction() batches of 100, on the same annotated articles, each
// mode into a fresh temporary database per round, in alternating order.
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { AnnotatedArticle } from '../../src/core/types.js';
import { openStore } from '../../src/store/index.js';
import { interleave, measure, now, summarise, zeroCost, type Cost, type Summary } from './stats.js';

export const BATCH = 100;

export interface StoreRound {
  articles: number;
  single: Cost;
  batch: Cost;
  /** Creating and migrating an empty database (not part of the throughput). */
  openMs: number;
}

export interface StoreResult {
  rounds: StoreRound[];
  articlesPerRound: number;
  singleAps: Summary;
  batchAps: Summary;
  /** batched articles/s ÷ one-per-transaction articles/s. */
  batchOverSingle: Summary;
  /** The same by CPU time: what batching saves in work, not in waiting for the disk. */
  batchOverSingleCpu: Summary;
  openMs: Summary;
  /** CPU ms per saved article. */
  singleCpuMs: Summary;
  batchCpuMs: Summary;
}

function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

export function benchStore(pool: readonly AnnotatedArticle[], opts: { rounds: number; articles: number; dir: string; log: (s: string) => void }): StoreResult {
  const list = pool.slice(0, opts.articles);
  const rounds: StoreRound[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const round: StoreRound = { articles: list.length, single: zeroCost(), batch: zeroCost(), openMs: 0 };
    for (const mode of interleave(['single', 'batch'] as const, r)) {
      const file = path.join(opts.dir, `store-${r}-${mode}.db`);
      removeDb(file);
      const t0 = now();
      const store = openStore(file);
      const runId = store.startRun({ command: 'bench', pipeline: list[0].provenance.pipeline, dictionaryVersion: list[0].provenance.dictionaryVersion, rulesVersion: list[0].provenance.rulesVersion });
      const opened = now();
      round.openMs = Math.max(round.openMs, opened - t0);
      try {
        if (mode === 'single') measure(round.single, () => list.forEach((a) => store.saveArticle(a, runId, 'ingest')));
        else
          measure(round.batch, () => {
            for (let i = 0; i < list.length; i += BATCH) store.transaction(() => list.slice(i, i + BATCH).forEach((a) => store.saveArticle(a, runId, 'ingest')));
          });
        if (store.countArticles() !== list.length) throw new Error(`store bench: ${store.countArticles()} articles stored, expected ${list.length}`);
      } finally {
        store.close();
        removeDb(file);
      }
    }
    rounds.push(round);
    opts.log(`  store round ${r + 1}/${opts.rounds}: ${list.length} articles, one per transaction ${round.single.wall.toFixed(0)} ms (cpu ${round.single.cpu.toFixed(0)}), batches of ${BATCH} ${round.batch.wall.toFixed(0)} ms (cpu ${round.batch.cpu.toFixed(0)})`);
  }
  return {
    rounds,
    articlesPerRound: list.length,
    singleAps: summarise(rounds.map((r) => (r.articles / r.single.wall) * 1000)),
    batchAps: summarise(rounds.map((r) => (r.articles / r.batch.wall) * 1000)),
    batchOverSingle: summarise(rounds.map((r) => r.single.wall / r.batch.wall)),
    batchOverSingleCpu: summarise(rounds.map((r) => r.single.cpu / r.batch.cpu)),
    openMs: summarise(rounds.map((r) => r.openMs)),
    singleCpuMs: summarise(rounds.map((r) => r.single.cpu / r.articles)),
    batchCpuMs: summarise(rounds.map((r) => r.batch.cpu / r.articles)),
  };
}
