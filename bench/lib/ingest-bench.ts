// Section 4: end-to-end ingest (runner.ingest in-process: list, read, detect language, annotate, store)
// of a folder of article files, against annotate() alone on the same articles, in alternating order.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AnnotatedArticle, Article } from '../../src/core/types.js';
import { annotate, type PipelineContext } from '../../src/pipeline.js';
import { contextForStore, ingest } from '../../src/runner.js';
import { listInputs, readInput, toArticle } from '../../src/stages/read/index.js';
import { openStore } from '../../src/store/index.js';
import { charsOf } from './corpus.js';
import { interleave, measure, measureAsync, summarise, zeroCost, type Cost, type Summary } from './stats.js';

export interface IngestRound {
  files: number;
  chars: number;
  ingest: Cost;
  pipeline: Cost;
  /** Ingest's other steps timed on their own, after the two subjects: list + read + decode + detect language + toArticle. */
  read: Cost;
  /** Open + migrate a fresh database, read accepted aliases, build the context (dictionaries are cached in-process). */
  openContext: Cost;
  /** saveArticle of the annotations, one transaction each, into that database. */
  store: Cost;
}

export interface IngestResult {
  files: number;
  chars: number;
  zhFiles: number;
  enFiles: number;
  rounds: IngestRound[];
  ingestCps: Summary;
  pipelineCps: Summary;
  /** ingest chars/s ÷ annotate-only chars/s (1 = reading and storing cost nothing). */
  ratio: Summary;
  /** The same by CPU time. */
  ratioCpu: Summary;
  /** CPU time ÷ wall time during ingest (≈1: one core busy, the other idle). */
  cpuPerWall: Summary;
  /** Each step's CPU time as a share of ingest's CPU time (annotate from the pipeline subject). */
  parts: Record<'read' | 'openContext' | 'annotate' | 'store' | 'unaccounted', Summary>;
  /** Languages as ingest detected them, compared with the corpus's (first round). */
  langMismatches: number;
}

export async function benchIngest(
  articles: readonly Article[],
  ctx: PipelineContext,
  opts: { rounds: number; dir: string; log: (s: string) => void },
): Promise<IngestResult> {
  const folder = path.join(opts.dir, 'ingest-input');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  // The baseline annotates exactly the Article that ingest builds from each file (same id, lang, no date).
  const baseline: Article[] = articles.map((a, i) => {
    const file = path.join(folder, `${String(i).padStart(4, '0')}-${a.lang}.txt`);
    writeFileSync(file, a.text + '\n');
    return toArticle({ source: file, text: a.text + '\n' }).article;
  });
  const chars = charsOf(baseline);
  const rounds: IngestRound[] = [];
  let langMismatches = 0;
  for (let r = 0; r < opts.rounds; r++) {
    const round: IngestRound = { files: articles.length, chars, ingest: zeroCost(), pipeline: zeroCost(), read: zeroCost(), openContext: zeroCost(), store: zeroCost() };
    const annotated: AnnotatedArticle[] = [];
    for (const subject of interleave(['ingest', 'pipeline'] as const, r)) {
      if (subject === 'pipeline') {
        measure(round.pipeline, () => baseline.forEach((a) => annotated.push(annotate(a, ctx))));
      } else {
        const db = path.join(opts.dir, `ingest-${r}.db`);
        const rm = () => [db, `${db}-wal`, `${db}-shm`].forEach((f) => rmSync(f, { force: true }));
        rm();
        const summary = await measureAsync(round.ingest, () => ingest({ paths: [folder], db }));
        if (summary.stored !== articles.length || summary.failed)
          throw new Error(`ingest bench: stored ${summary.stored} of ${articles.length}, failed ${summary.failed}: ${summary.diagnostics.map((d) => d.message).join('; ')}`);
        if (r === 0) {
          const store = openStore(db, { readonly: true });
          try {
            const want = new Map(baseline.map((a) => [a.id, a.lang]));
            for (const a of store.iterateArticles()) if (want.get(a.id) !== a.lang) langMismatches++;
          } finally {
            store.close();
          }
        }
        rm();
      }
    }
    // The steps of ingest other than annotate, each on its own.
    await measureAsync(round.read, async () => {
      for (const file of listInputs([folder])) for (const raw of (await readInput(file)).articles) toArticle(raw);
    });
    const db = path.join(opts.dir, `ingest-parts-${r}.db`);
    const rm = () => [db, `${db}-wal`, `${db}-shm`].forEach((f) => rmSync(f, { force: true }));
    rm();
    const opened = measure(round.openContext, () => {
      const store = openStore(db);
      const c2 = contextForStore(store);
      return { store, runId: store.startRun({ command: 'bench', ...c2.provenance }) };
    });
    const { store, runId } = opened;
    try {
      measure(round.store, () => annotated.forEach((a) => store.saveArticle(a, runId, 'ingest')));
    } finally {
      store.close();
      rm();
    }
    rounds.push(round);
    opts.log(`  ingest round ${r + 1}/${opts.rounds}: ${round.files} files, ingest ${round.ingest.wall.toFixed(0)} ms (cpu ${round.ingest.cpu.toFixed(0)}), annotate only ${round.pipeline.wall.toFixed(0)} ms (cpu ${round.pipeline.cpu.toFixed(0)})`);
  }
  rmSync(folder, { recursive: true, force: true });
  return {
    files: articles.length,
    chars,
    zhFiles: articles.filter((a) => a.lang === 'zh').length,
    enFiles: articles.filter((a) => a.lang === 'en').length,
    rounds,
    ingestCps: summarise(rounds.map((r) => (r.chars / r.ingest.wall) * 1000)),
    pipelineCps: summarise(rounds.map((r) => (r.chars / r.pipeline.wall) * 1000)),
    ratio: summarise(rounds.map((r) => r.pipeline.wall / r.ingest.wall)),
    ratioCpu: summarise(rounds.map((r) => r.pipeline.cpu / r.ingest.cpu)),
    cpuPerWall: summarise(rounds.map((r) => r.ingest.cpu / r.ingest.wall)),
    parts: {
      read: summarise(rounds.map((r) => r.read.cpu / r.ingest.cpu)),
      openContext: summarise(rounds.map((r) => r.openContext.cpu / r.ingest.cpu)),
      annotate: summarise(rounds.map((r) => r.pipeline.cpu / r.ingest.cpu)),
      store: summarise(rounds.map((r) => r.store.cpu / r.ingest.cpu)),
      unaccounted: summarise(rounds.map((r) => 1 - (r.read.cpu + r.openContext.cpu + r.pipeline.cpu + r.store.cpu) / r.ingest.cpu)),
    },
    langMismatches,
  };
}
