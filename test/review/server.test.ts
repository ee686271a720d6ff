// The server itself: the page and its assets with the security headers, loopback-only listening,
// the `newsanno review` command's flags, and a clean shutdown that closes the database.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Script } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewCommand } from '../../src/cli/commands/review.js';
import { parseCommandArgs, type Io } from '../../src/cli/spec.js';
import { NewsannoError } from '../../src/core/errors.js';
import { checkListenHost, isLoopbackHost, serveReview, startReviewServer, type ReviewServer } from '../../src/review/index.js';
import { isAllowedHostHeader } from '../../src/review/hosts.js';
import { openStore } from '../../src/store/index.js';
import { muratiArticle, RUN } from '../store/fixture.js';
import { call, ROOT, startFixture, type Fixture } from './helpers.js';

const tmpDirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(path.join(os.tmpdir(), 'newsanno-review-'));
  tmpDirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

/** A small database with the hand-made Murati article only (no pipeline needed). */
function smallDb(): string {
  const db = path.join(tmp(), 'small.db');
  const store = openStore(db);
  store.saveArticle(muratiArticle(), store.startRun(RUN), 'ingest');
  store.close();
  return db;
}

describe('the page and its assets', () => {
  let fx: Fixture;
  beforeAll(async () => {
    fx = await startFixture({ ingestExamples: false });
  });
  afterAll(async () => {
    await fx?.close();
  });

  it('GET / serves the page with a strict Content-Security-Policy, nosniff and the token', async () => {
    const r = await call(fx, 'GET', '/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:/);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.text).toContain(`<meta name="newsanno-token" content="${fx.token}">`);
    // No external resources and no inline script: everything comes from this server.
    expect(r.text).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(r.text).not.toMatch(/<script>|<script [^>]*>[^<]/);
    expect(r.text).toContain('<script src="/assets/review.js" defer></script>');
  });

  it('each server has its own random token', async () => {
    const store = openStore(fx.db);
    const other = await startReviewServer({ store });
    try {
      expect(other.token).not.toBe(fx.token);
      expect(other.token.length).toBeGreaterThanOrEqual(40);
    } finally {
      await other.close();
      store.close();
    }
  });

  it('serves the script and the styles with the same headers; the script parses and never uses HTML sinks', async () => {
    const js = await call(fx, 'GET', '/assets/review.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(() => new Script(js.text)).not.toThrow();
    expect(js.text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
    expect(js.text).not.toMatch(/https?:\/\//);
    expect(js.text).toContain('X-Newsanno-Token');
    const css = await call(fx, 'GET', '/assets/review.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.text).not.toMatch(/@import|url\(/);
    expect((await call(fx, 'GET', '/favicon.ico')).status).toBe(204);
  });

  it('API answers carry the security headers too', async () => {
    const r = await call(fx, 'GET', '/api/stats');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(r.headers.get('cache-control')).toBe('no-store');
  });
});

describe('where it listens', () => {
  it('knows loopback addresses from the rest', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.com', '128.0.0.1', '::ffff:10.0.0.1']) expect(isLoopbackHost(h), h).toBe(false);
    expect(isAllowedHostHeader('127.0.0.1:4477', 4477)).toBe(true);
    expect(isAllowedHostHeader('localhost:4477', 4477)).toBe(true);
    expect(isAllowedHostHeader('[::1]:4477', 4477)).toBe(true);
    expect(isAllowedHostHeader('localhost:4478', 4477)).toBe(false);
    expect(isAllowedHostHeader('attacker.example:4477', 4477)).toBe(false);
    expect(isAllowedHostHeader(undefined, 4477)).toBe(false);
  });

  it('refuses a public address without allowRemote, before opening anything', async () => {
    expect(() => checkListenHost('0.0.0.0', false)).toThrow(/refusing to listen on 0\.0\.0\.0/);
    const store = openStore(smallDb());
    try {
      for (const host of ['0.0.0.0', '::', '192.168.1.10', 'example.com']) {
        const err = await startReviewServer({ store, host }).then(
          () => null,
          (e: unknown) => e,
        );
        expect(err, host).toBeInstanceOf(NewsannoError);
        expect((err as NewsannoError).hint).toMatch(/--allow-remote/);
      }
    } finally {
      store.close();
    }
    // serveReview checks the host before it even looks for the database.
    const missing = path.join(tmp(), 'missing.db');
    await expect(serveReview({ db: missing, host: '0.0.0.0', out: () => {}, err: () => {} })).rejects.toThrow(/refusing to listen/);
    expect(existsSync(missing)).toBe(false);
  });

  it('with allowRemote it listens on a public address, with a warning', async () => {
    const store = openStore(smallDb());
    const warnings: string[] = [];
    let server: ReviewServer | undefined;
    try {
      server = await startReviewServer({ store, host: '0.0.0.0', allowRemote: true, onWarning: (w) => warnings.push(w) });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(/no login/);
      const r = await fetch(`http://127.0.0.1:${server.port}/api/stats`);
      expect(r.status).toBe(200);
    } finally {
      await server?.close();
      store.close();
    }
  });

  it('a port in use is a clear error', async () => {
    const store = openStore(smallDb());
    const first = await startReviewServer({ store });
    try {
      await expect(startReviewServer({ store, port: first.port })).rejects.toThrow(/already in use/);
    } finally {
      await first.close();
      store.close();
    }
  });
});

describe('newsanno review (the command)', () => {
  const io = (): Io & { text: () => string } => {
    let out = '';
    return { out: (s) => void (out += s), err: (s) => void (out += s), tty: false, text: () => out };
  };
  const parse = (argv: string[]) => parseCommandArgs(['review'], reviewCommand, argv);

  it('declares --db (required), --port, --host (default 127.0.0.1) and --allow-remote', () => {
    expect(reviewCommand.name).toBe('review');
    const names = reviewCommand.flags.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['db', 'port', 'host', 'allow-remote', 'reviewer']));
    expect(reviewCommand.flags.find((f) => f.name === 'db')!.required).toBe(true);
    expect(parse(['--db', 'x.db']).flags.host).toBe('127.0.0.1');
    expect(() => parse([])).toThrow(/--db is required/);
  });

  it('refuses --host 0.0.0.0 without --allow-remote, and a bad --port', async () => {
    const db = smallDb();
    await expect(reviewCommand.run!(parse(['--db', db, '--host', '0.0.0.0']), io())).rejects.toThrow(/refusing to listen.*0\.0\.0\.0/);
    await expect(reviewCommand.run!(parse(['--db', db, '--port', 'http']), io())).rejects.toThrow(/--port/);
    await expect(reviewCommand.run!(parse(['--db', path.join(tmp(), 'none.db'), '--port', '0']), io())).rejects.toThrow(/database not found/);
  });

  it('serveReview prints the URL, serves until stopped, then closes the database', async () => {
    const db = smallDb();
    const out: string[] = [];
    const stop = new AbortController();
    let url = '';
    const done = serveReview({
      db,
      port: 0,
      out: (s) => out.push(s),
      err: (s) => out.push(s),
      signal: stop.signal,
      onListening: (s) => {
        url = s.url;
      },
    });
    await expect.poll(() => url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(out.join('')).toContain(`newsanno review: ${url}`);
    expect(out.join('')).toMatch(/1 articles, 2 events \(2 pending\)/);
    expect((await fetch(url + 'api/stats')).status).toBe(200);
    stop.abort();
    await done;
    expect(out.join('')).toMatch(/stopped; the database is closed/);
    await expect(fetch(url + 'api/stats')).rejects.toThrow();
    // The database is closed and intact: it opens again.
    const again = openStore(db);
    expect(again.stats().events).toBe(2);
    again.close();
  });

  // SIGTERM and SIGINT need a real process: run the built module (npm test builds first).
  const built = path.join(ROOT, 'dist', 'src', 'review', 'index.js');
  it.skipIf(!existsSync(built))('stops cleanly on SIGTERM and SIGINT in a real process', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const db = smallDb();
      const script = `import(${JSON.stringify(built)}).then((m) => m.serveReview({ db: ${JSON.stringify(db)}, port: 0, out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) })).then(() => process.stdout.write('exited\\n'), (e) => { console.error(e); process.exit(9); });`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (c) => (out += c));
      child.stderr.on('data', (c) => (err += c));
      const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      await expect.poll(() => out, { timeout: 20_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)![0];
      expect((await fetch(url + 'api/stats')).status).toBe(200);
      child.kill(signal);
      expect(await code, err).toBe(0);
      expect(out).toContain(`stopped (${signal}); the database is closed`);
      expect(out).toContain('exited');
      // No WAL left behind: the store was closed, not killed.
      expect(existsSync(db + '-wal')).toBe(false);
    }
  });
});
