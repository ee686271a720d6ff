// DESIGN habit 8: must-extract and must-not-extract tables for the Chinese quote rule. Every row runs through the
// real pipeline (createContext once, annotate each sentence as its own article). Table: ./tables/zh-quote.tsv;
// README.md in this folder describes its columns.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../src/core/types.js';
import { annotate, createContext, type PipelineContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/article.js';

interface Row {
  at: string;
  expect: 'must' | 'not';
  sentence: string;
  published: string;
  /** Canonical name of the speaker (must rows); informational in not rows. */
  speaker: string;
  /** The quoted words (inside the marks) that the extracted quote must cover. */
  quote: string;
  pattern: string;
}

const FILE = 'zh-quote.tsv';
const COLUMNS = ['expect', 'sentence', 'published', 'speaker', 'quote', 'pattern'] as const;

function loadTable(file: string): Row[] {
  const text = readFileSync(new URL(`./tables/${file}`, import.meta.url), 'utf8');
  const rows: Row[] = [];
  let header: string[] | null = null;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      if (header.join('\t') !== COLUMNS.join('\t')) throw new Error(`${file}:${i + 1}: header must be ${COLUMNS.join(' ')}`);
      return;
    }
    if (cells.length !== COLUMNS.length) throw new Error(`${file}:${i + 1}: ${cells.length} cells, want ${COLUMNS.length}`);
    const [expect, sentence, published, speaker, quote, pattern] = cells.map((c) => c.trim());
    if (expect !== 'must' && expect !== 'not') throw new Error(`${file}:${i + 1}: expect must be must or not, not ${expect}`);
    rows.push({ at: `${file}:${i + 1}`, expect, sentence: sentence.replace(/\\n/g, '\n'), published, speaker, quote, pattern });
  });
  return rows;
}

/** Quote text compared without its marks, spaces and the punctuation at either end. */
function core(s: string): string {
  return s
    .replace(/[“”「」『』"‘’]/g, '')
    .replace(/\s+/g, '')
    .replace(/^[。，,.!！?？…：:；;、]+|[。，,.!！?？…：:；;、]+$/g, '');
}

let ctx: PipelineContext;
beforeAll(() => {
  ctx = createContext();
});

function run(row: Row): AnnotatedArticle {
  const { article } = toArticle({ source: row.at, text: row.sentence, published: row.published, lang: 'zh' });
  return annotate(article, ctx);
}

function quotesOf(a: AnnotatedArticle) {
  const name = (id: string | null) => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : null);
  return a.events.filter((e) => e.type === 'quote').map((e) => ({ speaker: name(e.personId), quote: e.quote?.text ?? null, rule: e.rule }));
}

const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

const rows = loadTable(FILE);
const must = rows.filter((r) => r.expect === 'must');
const not = rows.filter((r) => r.expect === 'not');

describe(`zh quote table (${FILE})`, () => {
  it('has at least 20 must-extract and 15 must-not-extract rows, well formed', () => {
    expect(must.length).toBeGreaterThanOrEqual(20);
    expect(not.length).toBeGreaterThanOrEqual(15);
    for (const r of rows) {
      expect(r.published, r.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.pattern, r.at).not.toBe('');
      if (r.expect === 'must') {
        expect(r.speaker, r.at).not.toBe('');
        expect(r.quote, r.at).not.toBe('');
        expect(r.sentence.includes(r.quote), `${r.at}: the quote must be a substring of the sentence`).toBe(true);
      }
    }
  });
});

describe('zh quote: must extract', () => {
  it.each(must)('$at $sentence → $speaker [$pattern]', (row) => {
    const annotated = run(row);
    const found = quotesOf(annotated);
    const entities = annotated.entities.map((e) => `${e.name} (${e.type}: ${[...new Set(e.mentions.map((m) => m.text))].join('/')})`).join(', ');
    const detail = `${row.at} ${row.sentence}\n  pattern: ${row.pattern}\n  got: ${JSON.stringify(found)}\n  entities: ${entities || '(none)'}`;
    const bySpeaker = found.filter((q) => same(q.speaker, row.speaker));
    expect(bySpeaker.length, `no quote event for ${row.speaker}\n${detail}`).toBeGreaterThan(0);
    const want = core(row.quote);
    const covering = bySpeaker.filter((q) => core(q.quote ?? '').includes(want));
    expect(covering.length, `quote of ${row.speaker} found but none covers ${JSON.stringify(row.quote)}\n${detail}`).toBeGreaterThan(0);
  });
});

describe('zh quote: must not extract', () => {
  it.each(not)('$at $sentence ↛ quote [$pattern]', (row) => {
    const found = quotesOf(run(row));
    expect(found, `${row.at} ${row.sentence}\n  pattern: ${row.pattern}\n  must have no quote event\n  got: ${JSON.stringify(found)}`).toEqual([]);
  });
});
