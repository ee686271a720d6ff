// DESIGN habit 8: must-extract and must-not-extract tables for the Chinese departure, promotion and appointment
// rules. Every row runs through the real pipeline (createContext once, annotate each sentence as its own article).
// The tables live in ./tables/zh-*.tsv; README.md in this folder describes their columns.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotatedArticle, EventType } from '../../../src/core/types.js';
import { annotate, createContext, type PipelineContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/article.js';

type RuleType = Exclude<EventType, 'quote'>;

interface Row {
  /** File and line, for finding the row: `zh-departure.tsv:12`. */
  at: string;
  expect: 'must' | 'not';
  sentence: string;
  published: string;
  /** Canonical name; empty in a `not` row means "nobody". */
  person: string;
  role: string;
  /** A name, `null` (the event must have no org), or empty (not checked). */
  org: string;
  date: string;
  pattern: string;
}

const COLUMNS = ['expect', 'sentence', 'published', 'person', 'role', 'org', 'date', 'pattern'] as const;

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
    const [expect, sentence, published, person, role, org, date, pattern] = cells.map((c) => c.trim());
    if (expect !== 'must' && expect !== 'not') throw new Error(`${file}:${i + 1}: expect must be must or not, not ${expect}`);
    rows.push({ at: `${file}:${i + 1}`, expect, sentence: sentence.replace(/\\n/g, '\n'), published, person, role, org, date, pattern });
  });
  return rows;
}

let ctx: PipelineContext;
beforeAll(() => {
  ctx = createContext();
});

function run(row: Row): AnnotatedArticle {
  const { article } = toArticle({ source: row.at, text: row.sentence, published: row.published, lang: 'zh' });
  return annotate(article, ctx);
}

const same = (a: string | null | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** The events of an annotated article in a form that reads well in a failure message. */
function describeEvents(a: AnnotatedArticle) {
  const name = (id: string | null) => (id ? (a.entities.find((e) => e.id === id)?.name ?? id) : null);
  return a.events.map((e) => ({
    type: e.type,
    person: name(e.personId),
    role: e.role ? (e.role.en ?? `(${e.role.text})`) : null,
    org: name(e.orgId),
    date: e.date?.value ?? null,
    rule: e.rule,
  }));
}

/** The entities found, with their surface forms: shows whether a miss is the rule's or the mention finder's. */
function entityList(a: AnnotatedArticle): string {
  return a.entities.map((e) => `${e.name} (${e.type}: ${[...new Set(e.mentions.map((m) => m.text))].join('/')})`).join(', ') || '(none)';
}

type Found = ReturnType<typeof describeEvents>[number];

/** What is wrong with one candidate event for a must row, or null when it satisfies the row. */
function mismatch(row: Row, e: Found): string | null {
  const problems: string[] = [];
  if (row.role && !same(e.role, row.role)) problems.push(`role ${JSON.stringify(e.role)} ≠ ${JSON.stringify(row.role)}`);
  if (row.org === 'null') {
    if (e.org !== null) problems.push(`org ${JSON.stringify(e.org)} ≠ null`);
  } else if (row.org && !same(e.org, row.org)) problems.push(`org ${JSON.stringify(e.org)} ≠ ${JSON.stringify(row.org)}`);
  if (row.date && !(e.date ?? '').startsWith(row.date)) problems.push(`date ${JSON.stringify(e.date)} does not start with ${row.date}`);
  return problems.length ? problems.join('; ') : null;
}

const TABLES: Array<[RuleType, string]> = [
  ['departure', 'zh-departure.tsv'],
  ['promotion', 'zh-promotion.tsv'],
  ['appointment', 'zh-appointment.tsv'],
];

for (const [type, file] of TABLES) {
  const rows = loadTable(file);
  const must = rows.filter((r) => r.expect === 'must');
  const not = rows.filter((r) => r.expect === 'not');

  describe(`zh ${type} table (${file})`, () => {
    it('has at least 25 must-extract and 20 must-not-extract rows, well formed', () => {
      expect(must.length).toBeGreaterThanOrEqual(25);
      expect(not.length).toBeGreaterThanOrEqual(20);
      for (const r of rows) {
        expect(r.published, r.at).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (r.date) expect(r.date, r.at).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(r.pattern, r.at).not.toBe('');
        if (r.expect === 'must') expect(r.person, r.at).not.toBe('');
      }
    });
  });

  describe(`zh ${type}: must extract`, () => {
    it.each(must)('$at $sentence → $person [$pattern]', (row) => {
      const annotated = run(row);
      const found = describeEvents(annotated);
      const candidates = found.filter((e) => e.type === type && same(e.person, row.person));
      const detail = `${row.at} ${row.sentence}\n  pattern: ${row.pattern}\n  got: ${JSON.stringify(found)}\n  entities: ${entityList(annotated)}`;
      expect(candidates.length, `no ${type} event for ${row.person}\n${detail}`).toBeGreaterThan(0);
      const problems = candidates.map((e) => mismatch(row, e));
      if (problems.includes(null)) return;
      expect.fail(`${type} event for ${row.person} found, but: ${problems.join(' | ')}\n${detail}`);
    });
  });

  describe(`zh ${type}: must not extract`, () => {
    it.each(not)('$at $sentence ↛ $person [$pattern]', (row) => {
      const found = describeEvents(run(row));
      const wrong = found.filter((e) => e.type === type && (row.person === '' || same(e.person, row.person)));
      expect(wrong, `${row.at} ${row.sentence}\n  pattern: ${row.pattern}\n  must have no ${type} event${row.person ? ` for ${row.person}` : ''}\n  got: ${JSON.stringify(wrong)}`).toEqual([]);
    });
  });
}
