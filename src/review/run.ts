// `newsanno review`: open the database, serve the review page until Ctrl-C (SIGINT) or SIGTERM,
// then close the server and the store cleanly. One Store for the whole server: better-sqlite3 is
// synchronous, so requests are served one at a time against one connection.
import { existsSync } from 'node:fs';
import { NewsannoError } from '../core/errors.js';
import { openStore } from '../store/index.js';
import { checkListenHost } from './hosts.js';
import { startReviewServer, type ReviewServer } from './server.js';

export interface ServeReviewOptions {
  db: string;
  port?: number;
  host?: string;
  allowRemote?: boolean;
  /** Recorded when a review names no reviewer. */
  reviewer?: string | null;
  out: (s: string) => void;
  err: (s: string) => void;
  /** Stops the server when aborted (tests); SIGINT and SIGTERM always do. */
  signal?: AbortSignal;
  /** Called once the server listens. */
  onListening?: (server: ReviewServer) => void;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** Serves the review page for `db` until stopped; resolves once the server and the database are closed. */
export async function serveReview(options: ServeReviewOptions): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  // Before touching the database: a refused host changes nothing.
  checkListenHost(host, options.allowRemote ?? false);
  if (!existsSync(options.db))
    throw new NewsannoError(`database not found: ${options.db}`, { code: 'usage', hint: 'create it with `newsanno ingest PATH --db FILE`' });
  const store = openStore(options.db);
  let server: ReviewServer;
  try {
    server = await startReviewServer({
      store,
      host,
      port: options.port ?? 0,
      allowRemote: options.allowRemote ?? false,
      defaultReviewer: options.reviewer ?? null,
      onWarning: (w) => options.err(`newsanno: ${w}\n`),
      onError: (e) => options.err(`newsanno review: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`),
    });
  } catch (e) {
    store.close();
    throw e;
  }
  const stats = store.stats();
  options.out(
    `newsanno review: ${server.url}\n` +
      `  database ${options.db}: ${stats.articles} articles, ${stats.events} events (${stats.eventsByStatus.pending} pending), ${stats.proposalsByStatus.proposed} alias proposals open\n` +
      `  press Ctrl-C to stop\n`,
  );
  options.onListening?.(server);

  let why = '';
  await new Promise<void>((resolve) => {
    const stop = (reason: string) => {
      why = reason;
      for (const s of STOP_SIGNALS) process.off(s, handlers[s]);
      options.signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const handlers = Object.fromEntries(STOP_SIGNALS.map((s) => [s, () => stop(s)])) as Record<(typeof STOP_SIGNALS)[number], () => void>;
    const onAbort = () => stop('abort');
    for (const s of STOP_SIGNALS) process.once(s, handlers[s]);
    if (options.signal?.aborted) stop('abort');
    else options.signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await server.close();
  } finally {
    store.close();
  }
  options.out(`newsanno review: stopped${why.startsWith('SIG') ? ` (${why})` : ''}; the database is closed\n`);
}
