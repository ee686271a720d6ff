// DESIGN habit 8: must-extract and must-not-extract tables for the Chinese departure, promotion and appointment
// rules. Every row runs through the real pipeline (createContext once, annotate each sentence as its own article).
// The tables live in ./tables/zh-*.tsv; README.md in this folder describes their columns.
import { describe, expect, it } from 'vitest';
import type { AnnotatedArticle, EventType } from '../../../src/core/types.js';
import { loadTable, useRowAnnotator, type TableRow } from './table.js';

type RuleType = Exclude<EventType, 'quote'>;

// person: canonical name; empty in a `not` row means "nobody". org: a name, `null` (the event must have no org),
// or empty (not checked).
const COLUMNS = ['expect', 'sentence', 'published', 'person', 'role', 'org', 'date', 'pattern'] as const;
type Row = TableRow<(typeof COLUMNS)[number]>;

const run = useRowAnnotator();

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
  const rows = loadTable(file, COLUMNS);
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
