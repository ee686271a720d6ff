// `npm start` runs `newsanno demo`: every bundled example (fixtures/examples) must ingest without a
// diagnostic, and the database and export it names must be there and valid.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, type ExportArticle } from '../../src/export/index.js';
import { ROOT, runCli, spanProblems, tmpDirs, type RunResult } from './helpers.js';

const tmp = tmpDirs();
const EXAMPLES = path.join(ROOT, 'fixtures', 'examples');
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f !== 'README.md').sort();

let out: string;
let run: RunResult;
let doc: { schemaVersion: number; articles: ExportArticle[] };

beforeAll(() => {
  out = path.join(tmp(), 'out');
  run = runCli(['demo', '--out', out]);
  if (existsSync(path.join(out, 'export.json'))) doc = JSON.parse(readFileSync(path.join(out, 'export.json'), 'utf8'));
});

describe('fixtures/examples', () => {
  it('holds 6–8 records, an HTML page and a traditional-script text, with a README for every file', () => {
    const records = exampleFiles.filter((f) => f.endsWith('.json'));
    expect(records.length).toBeGreaterThanOrEqual(6);
    expect(records.length).toBeLessThanOrEqual(8);
    expect(exampleFiles.filter((f) => f.endsWith('.html'))).toHaveLength(1);
    expect(exampleFiles.filter((f) => f.endsWith('.txt'))).toHaveLength(1);
    const readme = readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8');
    for (const f of exampleFiles) expect(readme, f).toContain(`\`${f}\``);
  });

  it('every record has a text and a published date, so relative dates resolve', () => {
    for (const f of exampleFiles.filter((x) => x.endsWith('.json'))) {
      const r = JSON.parse(readFileSync(path.join(EXAMPLES, f), 'utf8'));
      expect(typeof r.text, f).toBe('string');
      expect(r.published, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('newsanno demo', () => {
  it('ingests every example without a diagnostic and exits 0', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`demo: ${exampleFiles.length} input\\(s\\), ${exampleFiles.length} article\\(s\\) read: ${exampleFiles.length} stored, .* 0 failed`));
  });

  it('writes the database and a valid export, and says where', () => {
    expect(existsSync(path.join(out, 'newsanno.db'))).toBe(true);
    expect(run.out).toContain(`export:   ${path.join(out, 'export.json')}`);
    expect(exportDocument.safeParse(doc).success).toBe(true);
    expect(doc.articles).toHaveLength(exampleFiles.length);
    expect(doc.articles.flatMap(spanProblems)).toEqual([]);
  });

  it('finds events in both languages, and the HTML page and Big5 text come out right', () => {
    const byFile = new Map(doc.articles.map((a) => [path.basename(a.source), a]));
    const page = byFile.get('microsoft-hires-suleyman-web.en.html')!;
    expect(page.publishedAt).toBe('2024-03-19');
    expect(page.text).not.toMatch(/Sign in|Subscribe|Most read|All rights reserved/i);
    const big5 = byFile.get('intel-ceo-retires.zh.big5.txt')!;
    expect(big5.lang).toBe('zh');
    expect(big5.text).toContain('英特爾執行長季辛格宣佈退休');
    for (const lang of ['zh', 'en'] as const) expect(doc.articles.filter((a) => a.lang === lang).flatMap((a) => a.events).length, lang).toBeGreaterThan(10);
  });

  it('the Chinese and English OpenAI articles name the same people as the same entities', () => {
    const ids = (name: string) => new Set(doc.articles.find((a) => a.source.endsWith(name))!.entities.filter((e) => e.resolved).map((e) => e.id));
    const zh = ids('openai-schulman-brockman.zh.json');
    const en = ids('openai-leadership-pair.en.json');
    const shared = [...zh].filter((id) => en.has(id));
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });
});
