// `newsanno ingest` details the messy end-to-end test does not cover: stdin, the exit code when
// everything is stored, and a database kept inside the folder being ingested.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { runMain, tmpDirs } from '../e2e/helpers.js';

const tmp = tmpDirs();
const storedSources = (db: string): string[] => {
  const store = openStore(db, { readonly: true });
  try {
    return [...store.iterateArticles()].map((a) => a.source).sort();
  } finally {
    store.close();
  }
};

describe('newsanno ingest', () => {
  it('reads JSON Lines from stdin with -, stores each record and exits 0', async () => {
    const db = path.join(tmp(), 'news.db');
    const feed = [
      { text: 'OpenAI首席技术官米拉·穆拉蒂宣布离职。', published: '2024-09-26' },
      { text: 'Acme Corp said on Tuesday that it had appointed Jane Doe as chief financial officer.', published: '2025-01-16' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const r = await runMain(['ingest', '-', '--db', db, '--json'], feed);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ inputs: 1, read: 2, stored: 2, failed: 0 });
    expect(storedSources(db)).toEqual(['-#1', '-#2']);
  });

  it('does not take its own database for an input when it lives in the folder being ingested', async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'murati.txt'), 'OpenAI首席技术官米拉·穆拉蒂宣布离职。');
    const db = path.join(dir, 'news.db');
    const r = await runMain(['ingest', dir, '--db', db]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(storedSources(db)).toEqual([path.join(dir, 'murati.txt')]);
    expect(readdirSync(dir)).toContain('news.db');
  });
});
