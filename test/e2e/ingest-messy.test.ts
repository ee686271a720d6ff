// The issue's "Done when" scenario, end to end through the built CLI: a folder of messy inputs (GBK,
// Big5, UTF-16, an HTML page with its chrome, a JSONL file with a broken line, an empty file and a
// binary file) is ingested; the bad inputs are reported and the good articles stored with the right
// text; a second ingest adds nothing; both export formats are valid and every offset holds.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportArticle, exportDocument, type ExportArticle } from '../../src/export/index.js';
import { openStore } from '../../src/store/index.js';
import type { Article } from '../../src/core/types.js';
import { ROOT, runCli, spanCount, spanProblems, tmpDirs, type RunResult } from './helpers.js';

const tmp = tmpDirs();
const fixture = (...p: string[]) => path.join(ROOT, 'fixtures', ...p);
const goldText = (lang: string, name: string) => readFileSync(fixture('gold', lang, `${name}.txt`), 'utf8').trim();

// name in the folder ← fixture
const INPUTS: Record<string, string> = {
  'bank-gbk.txt': fixture('inputs', 'zh', 'dongjia-bank-chairman-change.zh.gbk.txt'),
  'intel-big5.txt': fixture('inputs', 'zh', 'intel-ceo-retires.zh.big5.txt'),
  'harbor-utf16.txt': fixture('inputs', 'en', 'harbor-crest-cfo-transition.en.utf16.txt'),
  'hengyuan-page.html': fixture('inputs', 'zh', 'hengyuan-cto-departs-webpage.zh.html'),
  'wire.jsonl': fixture('messy', 'records.jsonl'),
  'empty.txt': fixture('messy', 'empty.txt'),
  'logo.png': fixture('messy', 'logo.png'),
};
const BAD = ['empty.txt', 'logo.png', 'wire.jsonl'];
// The JSONL lines that are whole records (line 3 is cut off, line 5 is blank).
const jsonlRecords = readFileSync(INPUTS['wire.jsonl'], 'utf8').split('\n').map((l, i) => ({ line: i + 1, l })).filter(({ line, l }) => line !== 3 && l.trim());

let dir: string;
let db: string;
let first: RunResult;
let second: RunResult;
let articles: Map<string, Article>;

beforeAll(() => {
  const work = tmp();
  dir = path.join(work, 'incoming');
  db = path.join(work, 'news.db');
  mkdirSync(dir);
  for (const [name, from] of Object.entries(INPUTS)) copyFileSync(from, path.join(dir, name));

  first = runCli(['ingest', dir, '--db', db]);
  second = runCli(['ingest', dir, '--db', db, '--json']);
  const store = openStore(db, { readonly: true });
  try {
    articles = new Map([...store.iterateArticles()].map((a) => [path.relative(dir, a.source), a]));
  } finally {
    store.close();
  }
});

describe('newsanno ingest DIR --db FILE on messy inputs', () => {
  it('exits non-zero because some inputs failed', () => {
    expect(first.code).toBe(1);
    expect(first.out).toMatch(/ingest: 7 input\(s\), 7 article\(s\) read: 7 stored, .*3 failed/);
  });

  it('reports each bad input on stderr by file name, the JSONL one with its line number', () => {
    const lines = first.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/empty/);
    expect(lines.find((l) => l.includes('logo.png'))).toMatch(/PNG|binary/i);
    expect(lines.find((l) => l.includes('wire.jsonl'))).toMatch(/wire\.jsonl:3: .*JSON/);
    // The good files are not complained about.
    for (const good of Object.keys(INPUTS).filter((n) => !BAD.includes(n))) expect(first.err).not.toContain(good);
  });

  it('stores every good article and nothing else', () => {
    expect([...articles.keys()].sort()).toEqual([
      'bank-gbk.txt',
      'harbor-utf16.txt',
      'hengyuan-page.html',
      'intel-big5.txt',
      'wire.jsonl#1',
      'wire.jsonl#2',
      'wire.jsonl#4',
    ]);
  });

  it('decodes GBK, Big5 and UTF-16 to exactly the gold texts', () => {
    expect(articles.get('bank-gbk.txt')?.text).toBe(goldText('zh', 'dongjia-bank-chairman-change.zh'));
    expect(articles.get('bank-gbk.txt')?.text).toContain('东嘉银行董事长王振华辞职');
    // Big5 stays in traditional characters.
    expect(articles.get('intel-big5.txt')?.text).toBe(goldText('zh', 'intel-ceo-retires.zh'));
    expect(articles.get('intel-big5.txt')?.text).toContain('英特爾執行長季辛格宣佈退休');
    expect(articles.get('harbor-utf16.txt')?.text).toBe(goldText('en', 'harbor-crest-cfo-transition.en'));
    expect(articles.get('harbor-utf16.txt')?.lang).toBe('en');
  });

  it('keeps the story of the HTML page without its navigation, ads, scripts, related links or footer, dated by its meta tag', () => {
    const page = articles.get('hengyuan-page.html')!;
    expect(page.text).toContain('自动驾驶公司衡远智驾今日确认，公司联合创始人、首席技术官周启航已于上周三正式离职。');
    expect(page.text).toContain('其职务由财务副总裁韦嘉代理。');
    for (const chrome of ['首页', '点击下载APP', 'dataLayer', 'gtag', 'loadAd', '真人娱乐', '相关阅读', 'Copyright', '版权所有', '隐私政策'])
      expect(page.text, chrome).not.toContain(chrome);
    expect(page.publishedAt).toBe('2024-10-17');
    expect(page.title).toContain('衡远智驾联合创始人、CTO周启航离职');
  });

  it('stores each whole JSONL record with its text and date', () => {
    for (const { line, l } of jsonlRecords) {
      const record = JSON.parse(l);
      const stored = articles.get(`wire.jsonl#${line}`);
      expect(stored?.text, `line ${line}`).toBe((record.text ?? record.content ?? record.body).trim());
    }
    expect(articles.get('wire.jsonl#2')?.publishedAt).toBe('2025-01-06');
  });

  it('adds nothing on a second ingest of the same folder, and says so in JSON', () => {
    const summary = JSON.parse(second.out);
    expect(summary).toMatchObject({ inputs: 7, read: 7, stored: 0, updated: 0, unchanged: 7, failed: 3 });
    expect(summary.diagnostics.map((d: { source: string; line?: number }) => `${path.basename(d.source)}${d.line ? `:${d.line}` : ''}`).sort()).toEqual([
      'empty.txt',
      'logo.png',
      'wire.jsonl:3',
    ]);
    expect(second.code).toBe(1);
    expect(articles.size).toBe(7);
  });
});

describe('newsanno export of the messy database', () => {
  let json: { schemaVersion: number; articles: ExportArticle[] };
  let jsonl: ExportArticle[];

  beforeAll(() => {
    const out = path.join(tmp(), 'export.json');
    const a = runCli(['export', '--db', db, '--out', out]);
    expect(a.code, a.err).toBe(0);
    json = JSON.parse(readFileSync(out, 'utf8'));
    const b = runCli(['export', '--db', db, '--format', 'jsonl']);
    expect(b.code, b.err).toBe(0);
    jsonl = b.out.trimEnd().split('\n').map((l) => JSON.parse(l));
  });

  it('--format json is one document that passes the schema', () => {
    const parsed = exportDocument.safeParse(json);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
    expect(json.articles).toHaveLength(7);
  });

  it('--format jsonl is one valid article a line, the same articles as the JSON document', () => {
    expect(jsonl).toHaveLength(7);
    for (const a of jsonl) expect(exportArticle.safeParse(a).success, a.source).toBe(true);
    expect(jsonl).toEqual(json.articles);
  });

  it('every offset indexes the article text', () => {
    expect(json.articles.flatMap(spanProblems)).toEqual([]);
    // The invariant was checked on real annotations, not on empty lists.
    expect(json.articles.reduce((n, a) => n + spanCount(a), 0)).toBeGreaterThan(50);
    expect(json.articles.find((a) => a.source.endsWith('intel-big5.txt'))?.events.length).toBeGreaterThan(0);
  });
});
