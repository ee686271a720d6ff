// A review server over a small temporary database: two example articles ingested by the real
// pipeline (runner.ingest), plus hand-made annotations whose events and proposals are known exactly.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startReviewServer, type ReviewServer } from '../../src/review/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { annotated, muratiArticle, RUN } from '../store/fixture.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const EXAMPLES = [
  path.join(ROOT, 'fixtures', 'examples', 'openai-schulman-brockman.zh.json'),
  path.join(ROOT, 'fixtures', 'examples', 'intel-names-lip-bu-tan-ceo.en.json'),
];

export const LEE_TEXT =
  'Acme Robotics named Dana Lee as chief technology officer on March 3. ' +
  '"We will ship the new arm this year," Lee said. Lee joins from Globex, where she led research.';

/** An English article with one appointment and one quote; entity ids are made up so they cannot clash. */
export function leeArticle() {
  return annotated({
    text: LEE_TEXT,
    source: 'hand/acme-lee.txt',
    lang: 'en',
    publishedAt: '2025-03-04',
    title: 'Acme <b>names</b> Dana Lee CTO <img src=x onerror=alert(1)>',
    entities: [
      { id: 'T-dana-lee', type: 'person', name: 'Dana Lee', mentions: ['Dana Lee', ['Lee', 1], ['Lee', 2]] },
      { id: 'T-acme', type: 'org', name: 'Acme Robotics', mentions: ['Acme Robotics'] },
      { id: 'T-globex', type: 'org', name: 'Globex', mentions: ['Globex'] },
    ],
    events: [
      {
        type: 'appointment',
        person: 'T-dana-lee',
        org: 'T-acme',
        role: ['chief technology officer', 'Chief Technology Officer'],
        date: ['2025-03-03', 'March 3'],
        evidence: 'Acme Robotics named Dana Lee as chief technology officer on March 3.',
        confidence: 0.88,
        rule: 'en.appointment.named-as',
      },
      {
        type: 'quote',
        person: 'T-dana-lee',
        quote: 'We will ship the new arm this year,',
        evidence: '"We will ship the new arm this year," Lee said.',
        confidence: 0.8,
        rule: 'en.quote.said',
      },
    ],
    proposals: [{ entity: 'T-dana-lee', alias: 'D. Lee', lang: 'en', score: 0.55, evidence: 'Dana Lee' }],
  });
}

export interface Fixture {
  dir: string;
  db: string;
  store: Store;
  server: ReviewServer;
  base: string;
  token: string;
  /** The hand-made articles' ids. */
  murati: string;
  lee: string;
  close(): Promise<void>;
}

/** Builds the database (ingest + hand-made annotations) and starts a server on port 0. */
export async function startFixture(options: { ingestExamples?: boolean } = {}): Promise<Fixture> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsanno-review-'));
  const db = path.join(dir, 'review.db');
  if (options.ingestExamples ?? true) {
    // Loaded only here: the pipeline (jieba and its dictionaries) is heavy.
    const { ingest } = await import('../../src/runner.js');
    const summary = await ingest({ paths: EXAMPLES, db });
    if (summary.failed) throw new Error(`ingest failed: ${JSON.stringify(summary.diagnostics)}`);
  }
  const store = openStore(db);
  const runId = store.startRun(RUN);
  const m = muratiArticle();
  const l = leeArticle();
  store.saveArticle(m, runId, 'ingest');
  store.saveArticle(l, runId, 'ingest');
  store.finishRun(runId, {});
  const server = await startReviewServer({ store, port: 0, defaultReviewer: 'tester' });
  return {
    dir,
    db,
    store,
    server,
    base: server.url.replace(/\/$/, ''),
    token: server.token,
    murati: m.article.id,
    lee: l.article.id,
    async close() {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/** fetch + JSON parse; `token: false` leaves the CSRF header out. */
export async function call(
  fx: Fixture,
  method: string,
  url: string,
  body?: unknown,
  options: { token?: string | false; contentType?: string; raw?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (body !== undefined || options.raw !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
  if (options.token !== false && method !== 'GET') headers['X-Newsanno-Token'] = options.token ?? fx.token;
  const r = await fetch(fx.base + url, { method, headers, body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const text = await r.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: r.status, headers: r.headers, body: parsed, text };
}
