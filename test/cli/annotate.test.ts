// `newsanno annotate FILE`: one article, no database, its export on stdout.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArticle, exportDocument } from '../../src/export/index.js';
import { runCli, runMain, spanCount, spanProblems, tmpDirs } from '../e2e/helpers.js';

const tmp = tmpDirs();
const MURATI = 'OpenAI首席技术官米拉·穆拉蒂宣布离职。萨姆·奥特曼表示：“我们会想念她。”';

describe('newsanno annotate', () => {
  it('prints a valid one-article export of FILE, and writes no database', () => {
    const dir = tmp();
    const file = path.join(dir, 'murati.txt');
    writeFileSync(file, MURATI);
    const r = runCli(['annotate', file]);
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(r.out);
    expect(exportDocument.safeParse(doc).success).toBe(true);
    expect(doc.articles).toHaveLength(1);
    const [a] = doc.articles;
    expect(a).toMatchObject({ source: file, lang: 'zh', text: MURATI });
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'departure', status: 'pending', person: expect.objectContaining({ name: 'Mira Murati' }) }));
    expect(a.entities.map((e: { name: string }) => e.name)).toEqual(expect.arrayContaining(['Mira Murati', 'OpenAI']));
    expect(spanProblems(a)).toEqual([]);
    expect(spanCount(a)).toBeGreaterThan(3);
    expect(readdirSync(dir)).toEqual(['murati.txt']);
  });

  it('reads a JSON record on stdin with - and prints JSONL with --format jsonl, dates resolved from published', () => {
    const record = { text: 'Acme Corp said on Tuesday that it had appointed Jane Doe as chief financial officer.', published: '2025-01-16', title: 'Acme names CFO' };
    const r = runCli(['annotate', '-', '--format', 'jsonl'], { input: JSON.stringify(record) });
    expect(r.code, r.err).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const a = JSON.parse(lines[0]);
    expect(exportArticle.safeParse(a).success).toBe(true);
    expect(a.source).toMatch(/^-(#1)?$/);
    expect(a).toMatchObject({ lang: 'en', title: 'Acme names CFO', publishedAt: '2025-01-16' });
    // "on Tuesday" before Thursday 2025-01-16.
    expect(a.events).toContainEqual(expect.objectContaining({ type: 'appointment', person: expect.objectContaining({ name: 'Jane Doe' }), date: '2025-01-14' }));
  });

  it('a file that does not exist is a usage error naming it', async () => {
    const missing = path.join(tmp(), 'nope.txt');
    const r = await runMain(['annotate', missing]);
    expect(r.code, r.err).toBe(2);
    expect(r.err).toContain(`${missing}: no such file`);
    expect(existsSync(missing)).toBe(false);
  });
});
