// Batches: files in, reads bounded by p-queue, each article annotated and stored; one bad input never
// stops the batch. The store is written from this thread only (better-sqlite3 is synchronous).
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import { toDiagnostic, type Diagnostic } from './core/errors.js';
import type { AnnotatedArticle, Article, EventType } from './core/types.js';
import { annotate, createContext, type ContextOptions, type PipelineContext } from './pipeline.js';
import { AnnotatorPool, workerScript } from './worker/pool.js';
import { listInputs, readInput, toArticle, type StdinSource } from './stages/read/index.js';
import { openStore, type Store } from './store/index.js';
import { BatchNames } from './stages/resolve/batch.js';

export interface Progress {
  inputsDone: number;
  inputsTotal: number;
  articles: number;
  failed: number;
}

export interface IngestOptions {
  paths: string[];
  db: string;
  pipeline?: string;
  /** Concurrent file reads. */
  concurrency?: number;
  /** Annotation worker threads: 0 annotates in this thread; undefined decides by the batch size. */
  workers?: number;
  stdin?: StdinSource;
  onProgress?: (p: Progress) => void;
  /** Called for each failure as it happens (the CLI prints it at once). */
  onDiagnostic?: (d: Diagnostic) => void;
}

export interface BatchSummary {
  db: string;
  pipeline: string;
  inputs: number;
  /** Articles read from the inputs. */
  read: number;
  stored: number;
  unchanged: number;
  updated: number;
  /** Inputs and articles that could not be read, annotated or stored. */
  failed: number;
  events: Record<EventType, number>;
  seconds: number;
  diagnostics: Diagnostic[];
  warnings: string[];
}

const emptyCounts = (): Record<EventType, number> => ({ departure: 0, promotion: 0, appointment: 0, quote: 0 });

function newSummary(db: string, pipeline: string): BatchSummary {
  return { db, pipeline, inputs: 0, read: 0, stored: 0, unchanged: 0, updated: 0, failed: 0, events: emptyCounts(), seconds: 0, diagnostics: [], warnings: [] };
}

/** The context for a store: the pipeline plus the alias proposals people accepted in it. */
export function contextForStore(store: Store, pipeline?: string): PipelineContext {
  return createContext({ pipeline, extraAliases: store.acceptedAliases() });
}

export async function ingest(options: IngestOptions): Promise<BatchSummary> {
  const started = performance.now();
  const store = openStore(options.db);
  try {
    const ctx = contextForStore(store, options.pipeline);
    const summary = newSummary(options.db, ctx.definition.name);
    const runId = store.startRun({ command: 'ingest', ...ctx.provenance });
    // The database may live inside a folder being ingested: it and its journals are not articles.
    const dbFiles = new Set(['', '-wal', '-shm', '-journal'].map((x) => path.resolve(options.db + x)));
    const inputs = listInputs(options.paths).filter((f) => f === '-' || !dbFiles.has(path.resolve(f)));
    summary.inputs = inputs.length;
    const fail = (d: Diagnostic) => {
      summary.failed++;
      summary.diagnostics.push(d);
      options.onDiagnostic?.(d);
    };
    const known = new Set(store.articleIds());
    const batch = new BatchNames(ctx.names);
    const pool = startPool(options.workers, inputs, { pipeline: options.pipeline, extraAliases: store.acceptedAliases() });
    // Annotation runs in the pool when there is one; at most a few articles wait per worker.
    const annotating = new PQueue({ concurrency: pool ? pool.size * 2 : 1 });
    let done = 0;
    const queue = new PQueue({ concurrency: Math.max(1, options.concurrency ?? 8) });
    for (const input of inputs) {
      void queue.add(async () => {
        const result = await readInput(input, options.stdin);
        result.diagnostics.forEach(fail);
        const work: Promise<void>[] = [];
        for (const raw of result.articles) {
          summary.read++;
          let article: Article;
          try {
            const built = toArticle(raw);
            summary.warnings.push(...built.warnings);
            article = built.article;
          } catch (err) {
            fail(toDiagnostic(raw.source, err));
            continue;
          }
          // Already stored (or earlier in this batch): nothing to annotate; a second ingest adds nothing.
          if (known.has(article.id)) {
            store.saveArticle(stub(article, ctx), runId, 'ingest');
            summary.unchanged++;
            continue;
          }
          known.add(article.id);
          work.push(
            annotating.add(async () => {
              try {
                const annotated = pool ? await pool.annotate(article) : annotate(article, ctx);
                batch.add(annotated);
                const outcome = store.saveArticle(annotated, runId, 'ingest');
                summary[outcome]++;
                if (outcome !== 'unchanged') for (const e of annotated.events) summary.events[e.type]++;
              } catch (err) {
                known.delete(article.id);
                fail(toDiagnostic(raw.source, err));
              }
            }),
          );
        }
        await Promise.all(work);
        options.onProgress?.({ inputsDone: ++done, inputsTotal: inputs.length, articles: summary.read, failed: summary.failed });
      });
    }
    await queue.onIdle();
    await annotating.onIdle();
    await pool?.close();
    // Unknown transliterations that sound like an English name seen elsewhere in the batch.
    store.transaction(() => {
      for (const [articleId, proposals] of batch.proposals()) store.saveProposals(articleId, proposals);
    });
    summary.seconds = (performance.now() - started) / 1000;
    store.finishRun(runId, { ...summary, diagnostics: summary.diagnostics.length });
    return summary;
  } finally {
    store.close();
  }
}

/** Worker threads for a large batch on a machine with more than one core; none for a small one. */
function startPool(requested: number | undefined, inputs: string[], options: ContextOptions): (AnnotatorPool & { size: number }) | null {
  const script = workerScript();
  const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  // Each worker loads its own dictionaries and jieba (seconds of CPU, ~250 MB): worth it for big
  // batches only. A large JSON Lines file needs --workers, as its size is not known up front.
  const auto = inputs.length >= 500 ? Math.min(cores, 4) : 0;
  const size = requested ?? auto;
  if (!script || size < 1 || (requested === undefined && cores < 2)) return null;
  return Object.assign(new AnnotatorPool(size, options, script), { size });
}

/** An annotation with nothing in it, to record that a stored article was seen again by this run. */
function stub(article: Article, ctx: PipelineContext): AnnotatedArticle {
  return { article, entities: [], events: [], proposals: [], provenance: ctx.provenance, warnings: [] };
}

export interface ReprocessOptions {
  db: string;
  pipeline?: string;
  onProgress?: (p: Progress) => void;
  onDiagnostic?: (d: Diagnostic) => void;
}

/** Re-annotates every stored article with the current dictionaries and rules, keeping every review decision. */
export function reprocess(options: ReprocessOptions): BatchSummary {
  const started = performance.now();
  const store = openStore(options.db);
  try {
    const ctx = contextForStore(store, options.pipeline);
    const summary = newSummary(options.db, ctx.definition.name);
    const runId = store.startRun({ command: 'reprocess', ...ctx.provenance });
    const total = store.countArticles();
    summary.inputs = total;
    // The store reads articles page by page, so saving between pages is safe and memory stays flat.
    for (const article of store.iterateArticles()) {
      summary.read++;
      try {
        const annotated = annotate(article, ctx);
        const outcome = store.saveArticle(annotated, runId, 'reprocess');
        summary[outcome]++;
        for (const e of annotated.events) summary.events[e.type]++;
      } catch (err) {
        const d = toDiagnostic(article.source, err);
        summary.failed++;
        summary.diagnostics.push(d);
        options.onDiagnostic?.(d);
      }
      options.onProgress?.({ inputsDone: summary.read, inputsTotal: total, articles: summary.read, failed: summary.failed });
    }
    summary.seconds = (performance.now() - started) / 1000;
    store.finishRun(runId, { ...summary, diagnostics: summary.diagnostics.length });
    return summary;
  } finally {
    store.close();
  }
}
