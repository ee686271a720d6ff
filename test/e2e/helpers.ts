// Helpers for the command-line tests: run the built CLI as a process or `main()` in this process,
// temporary folders, and the span invariant of an export article.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/spec.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the built CLI (`node dist/src/cli/main.js ARGS`) from the project root. Needs `npx tsc -p .`
 * first; fails with that advice when dist/ is missing.
 */
export function runCli(args: string[], options: { input?: string | Buffer; timeout?: number } = {}): RunResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first with \`npx tsc -p .\` (or \`npm run build\`)`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: options.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw new Error(`newsanno ${args.join(' ')} did not finish: ${r.error.message}`);
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

/** Runs `main(argv, io)` in this process, capturing what it writes through io; `stdin` feeds `-`. */
export async function runMain(argv: string[], stdin?: string): Promise<RunResult> {
  let out = '';
  let err = '';
  const io: Io = { out: (s) => void (out += s), err: (s) => void (err += s), tty: false };
  if (stdin !== undefined) io.stdin = Readable.from([Buffer.from(stdin)]);
  const code = await main(argv, io);
  return { code, out, err };
}

/** A temporary folder, removed when the test file ends. */
export function tmpDirs(): () => string {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  return () => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'newsanno-cli-'));
    dirs.push(d);
    return d;
  };
}

/** Copies a closed SQLite database (and its WAL, if one is left) into `dir`; returns the new path. */
export function copyDb(db: string, dir: string): string {
  const to = path.join(dir, path.basename(db));
  copyFileSync(db, to);
  for (const ext of ['-wal', '-shm']) if (existsSync(db + ext)) copyFileSync(db + ext, to + ext);
  return to;
}

/** Runs `main(argv)` in this process, expecting exit code 0 (the failure shows stderr); returns stdout. */
export async function runMainOk(argv: string[]): Promise<string> {
  const r = await runMain(argv);
  expect(r.code, `newsanno ${argv.join(' ')}: ${r.err}`).toBe(0);
  return r.out;
}

/**
 * Ingests once per test file (`write` puts the inputs in a folder and returns the path to ingest) and
 * returns a maker of fresh copies of that database, so no test sees another's decisions.
 */
export function ingestedDbCopies(tmp: () => string, write: (dir: string) => string): () => string {
  let template: string;
  beforeAll(async () => {
    const dir = tmp();
    const input = write(dir);
    template = path.join(dir, 'template.db');
    const r = await runMain(['ingest', input, '--db', template, '--quiet']);
    if (r.code !== 0) throw new Error(`ingest failed: ${r.err}`);
  });
  return () => copyDb(template, tmp());
}

interface Span {
  text: string;
  start: number;
  end: number;
}

interface SpanArticle {
  id: string;
  text: string;
  entities: { name: string; mentions: Span[] }[];
  events: { id: string; evidence: Span; quote: Span | null }[];
}

/** Every offset of an export article that does not index its text: `text.slice(start, end) === span.text`. */
export function spanProblems(a: SpanArticle): string[] {
  const bad: string[] = [];
  const check = (s: Span, what: string) => {
    if (a.text.slice(s.start, s.end) !== s.text) bad.push(`${a.id} ${what} [${s.start}, ${s.end}) ${JSON.stringify(s.text)} ≠ ${JSON.stringify(a.text.slice(s.start, s.end))}`);
  };
  for (const e of a.entities) for (const m of e.mentions) check(m, `mention of ${e.name}`);
  for (const ev of a.events) {
    check(ev.evidence, `evidence of ${ev.id}`);
    if (ev.quote) check(ev.quote, `quote of ${ev.id}`);
  }
  return bad;
}

/** Number of offsets spanProblems checked, so a test can show it checked something. */
export function spanCount(a: SpanArticle): number {
  return a.entities.reduce((n, e) => n + e.mentions.length, 0) + a.events.reduce((n, e) => n + 1 + (e.quote ? 1 : 0), 0);
}
