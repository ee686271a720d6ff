// A fixed pool of annotation workers. annotate() resolves with the annotation or rejects with the error
// the worker met (as a NewsannoError when it was one), so the runner treats both paths alike.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NewsannoError } from '../core/errors.js';
import type { AnnotatedArticle, Article } from '../core/types.js';
import type { ContextOptions } from '../pipeline.js';
import type { WorkerReply } from './annotate-worker.js';

interface Pending {
  resolve: (a: AnnotatedArticle) => void;
  reject: (e: Error) => void;
}

/** The compiled worker script; absent when running from TypeScript sources (tests use the in-process path). */
export function workerScript(): string | null {
  const file = fileURLToPath(new URL('./annotate-worker.js', import.meta.url));
  return existsSync(file) ? file : null;
}

export class AnnotatorPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { article: Article; pending: Pending }[] = [];
  private readonly inFlight = new Map<Worker, Map<number, Pending>>();
  private next = 0;

  constructor(size: number, options: ContextOptions, script: string) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(script, { workerData: options });
      this.inFlight.set(w, new Map());
      w.on('message', (reply: WorkerReply) => this.settle(w, reply));
      w.on('error', (err) => this.fail(w, err));
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  annotate(article: Article): Promise<AnnotatedArticle> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ article, pending: { resolve, reject } });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const w = this.idle.pop()!;
      const { article, pending } = this.waiting.shift()!;
      const id = this.next++;
      this.inFlight.get(w)!.set(id, pending);
      w.postMessage({ id, article });
    }
  }

  private settle(w: Worker, reply: WorkerReply): void {
    const pending = this.inFlight.get(w)!.get(reply.id);
    this.inFlight.get(w)!.delete(reply.id);
    this.idle.push(w);
    if (pending) {
      if (reply.ok) pending.resolve(reply.result);
      else {
        const e = reply.error;
        pending.reject(e.name === 'NewsannoError' ? new NewsannoError(e.message, { code: e.code ?? 'error', hint: e.hint }) : Object.assign(new Error(e.message), { name: e.name }));
      }
    }
    this.dispatch();
  }

  /** A worker that died (out of memory, a crash in native code): its articles fail, the rest go on. */
  private fail(w: Worker, err: Error): void {
    for (const p of this.inFlight.get(w)!.values()) p.reject(new NewsannoError(`annotation worker stopped: ${err.message}`, { code: 'worker', hint: 'try again with --workers 0 to annotate in the main thread' }));
    this.inFlight.get(w)!.clear();
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
    if (!this.workers.length) for (const { pending } of this.waiting.splice(0)) pending.reject(new NewsannoError('every annotation worker stopped', { code: 'worker', hint: 'try again with --workers 0' }));
  }
}
