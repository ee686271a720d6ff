// Batches: files in, reads bounded by p-queue, each article annotated and stored; one bad input never
// stops the batch. The store is written from this thread only (better-sqlite3 is synchronous).
import path from 'node:path';
import PQueue from 'p-queue';
import { toDiagnostic, type Diagnostic } from './core/errors.js';
import type { AnnotatedArticle, Article, EventType } from './core/types.js';
import { annotate, createContext, type PipelineContext } from './pipeline.js';
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
    let done = 0;
    const queue = new PQueue({ concurrency: Math.max(1, options.concurrency ?? 8) });
    for (const input of inputs) {
      void queue.add(async () => {
        const result = await readInput(input, options.stdin);
        result.diagnostics.forEach(fail);
        for (const raw of result.articles) {
          summary.read++;
          try {
            const built = toArticle(raw);
            summary.warnings.push(...built.warnings);
            // Already stored: nothing to annotate (a second ingest adds nothing).
            if (known.has(built.article.id)) {
              store.saveArticle(stub(built.article, ctx), runId, 'ingest');
              summary.unchanged++;
              continue;
            }
            const annotated = annotate(built.article, ctx);
            batch.add(annotated);
            const outcome = store.saveArticle(annotated, runId, 'ingest');
            known.add(built.article.id);
            summary[outcome]++;
            if (outcome !== 'unchanged') for (const e of annotated.events) summary.events[e.type]++;
          } catch (err) {
            fail(toDiagnostic(raw.source, err));
          }
        }
        options.onProgress?.({ inputsDone: ++done, inputsTotal: inputs.length, articles: summary.read, failed: summary.failed });
      });
    }
    await queue.onIdle();
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
    let done = 0;
    // Materialise first: writing while a statement iterates the same table is not allowed.
    const articles = [...store.iterateArticles()];
    for (const article of articles) {
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
      options.onProgress?.({ inputsDone: ++done, inputsTotal: total, articles: summary.read, failed: summary.failed });
    }
    summary.seconds = (performance.now() - started) / 1000;
    store.finishRun(runId, { ...summary, diagnostics: summary.diagnostics.length });
    return summary;
  } finally {
    store.close();
  }
}
