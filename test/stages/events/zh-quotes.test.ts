// DESIGN habit 8: must-extract and must-not-extract tables for the Chinese quote rule. Every row runs through the
// real pipeline (createContext once, annotate each sentence as its own article). Table: ./tables/zh-quote.tsv;
// README.md in this folder describes its columns.
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle } from '../../../src/core/types.js';
import { loadTable, useRowAnnotator } from './table.js';

const FILE = 'zh-quote.tsv';
// speaker: canonical name of the speaker (must rows; informational in not rows). quote: the quoted words (inside
// the marks) that the extracted quote must cover.
const COLUMNS = ['expect', 'sentence', 'published', 'speaker', 'quote', 'pattern'] as const;

/** Quote text compared without its marks, spaces and the punctuation at either end. */
function core(s: string): string {
  return s
    .replace(/[“”「」『』"‘’]/g, '')
    .replace(/\s+/g, '')
    .replace(/^[。，,.!！?？…：:；;、]+|[。，,.!！?？…：:；;、]+$/g, '');
}

const run = useRowAnnotator();

function quotesOf(a: AnnotatedArticle) {
  const name = (id: string | null) => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : null);
  return a.events.filter((e) => e.type === 'quote').map((e) => ({ speaker: name(e.personId), quote: e.quote?.text ?? null, rule: e.rule }));
}

const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

const rows = loadTable(FILE, COLUMNS);
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
