// A worker thread that annotates articles: the CPU half of a batch. Each worker loads its own context
// (dictionaries, jieba — nodejieba keeps one dictionary per thread) once, then annotates what it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../core/types.js';
import { annotate, createContext, type ContextOptions } from '../pipeline.js';

export interface WorkerRequest {
  id: number;
  article: Article;
}
export type WorkerReply = { id: number; ok: true; result: ReturnType<typeof annotate> } | { id: number; ok: false; error: { name: string; message: string; code?: string; hint?: string } };

const ctx = createContext(workerData as ContextOptions);
parentPort!.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id: req.id, ok: true, result: annotate(req.article, ctx) };
  } catch (err) {
    const e = err as Error & { code?: string; hint?: string };
    reply = { id: req.id, ok: false, error: { name: e.name, message: e.message, code: e.code, hint: e.hint } };
  }
  parentPort!.postMessage(reply);
});
