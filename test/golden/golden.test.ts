// Golden exports: every gold article (and the two dev articles) annotated with its published date
// must export exactly as its committed file fixtures/golden/<lang>/<name>.export.json. A change to a
// golden file is a reviewed diff: regenerate with `npx tsc -p . && node scripts/update-golden.mjs`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportDocument, toExportArticle, type ExportArticle } from '../../src/export/index.js';
import { annotate, createContext, type PipelineContext } from '../../src/pipeline.js';
import { toArticle } from '../../src/stages/read/index.js';
// Shared with the script, so the test and the regeneration agree on cases, file format and diff.
import { describeDiff, goldenCases, rawArticle, ROOT, serialize } from '../../scripts/update-golden.mjs';
import { spanProblems } from '../e2e/helpers.js';

const REGENERATE = 'If the change is intended, regenerate with `npx tsc -p . && node scripts/update-golden.mjs` and review `git diff fixtures/golden`.';

type Case = ReturnType<typeof goldenCases>[number];
const cases: Case[] = goldenCases();

let ctx: PipelineContext;
beforeAll(() => {
  ctx = createContext();
});

const annotated = (c: Case): ExportArticle => toExportArticle(annotate(toArticle(rawArticle(c)).article, ctx));

function committed(c: Case): { text: string; article: ExportArticle } | null {
  const file = path.join(ROOT, c.golden);
  if (!existsSync(file)) return null;
  const text = readFileSync(file, 'utf8');
  return { text, article: JSON.parse(text).articles[0] };
}

describe('golden cases', () => {
  it('cover every gold article in both languages', () => {
    const langs = new Set(cases.map((c) => c.lang));
    expect([...langs].sort()).toEqual(['en', 'zh']);
    // 15 Chinese + 17 English gold articles at least; the dev articles when ../shared/eval is there.
    expect(cases.filter((c) => c.source.startsWith('fixtures/gold/')).length).toBeGreaterThanOrEqual(32);
  });

  it.skipIf(!existsSync(path.join(ROOT, '../shared/eval/dev')))('include the two dev articles', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['openai-departures.zh', 'openai-departures.en']));
  });
});

describe('golden exports', () => {
  for (const c of cases) {
    it(`${c.name} exports as ${c.golden}`, () => {
      const actual = annotated(c);
      const golden = committed(c);
      if (!golden) throw new Error(`${c.golden} is missing. ${REGENERATE}`);
      if (serialize(actual) !== golden.text) {
        const diff = describeDiff(golden.article, actual);
        throw new Error(`${c.name}: the export differs from ${c.golden} (golden → now):\n  ${diff.join('\n  ')}\n${REGENERATE}`);
      }
    });
  }
});

describe('golden files', () => {
  for (const c of cases) {
    it(`${c.golden} is a valid export whose offsets all index its text`, () => {
      const golden = committed(c);
      expect(golden, `${c.golden} is missing. ${REGENERATE}`).not.toBeNull();
      const doc = JSON.parse(golden!.text);
      expect(exportDocument.safeParse(doc).success).toBe(true);
      expect(spanProblems(doc.articles[0])).toEqual([]);
      expect(doc.articles[0].source).toBe(c.source);
      expect(doc.articles[0].publishedAt).toBe(c.published);
    });
  }
});

describe('describeDiff', () => {
  const base = (): ExportArticle => JSON.parse(readFileSync(path.join(ROOT, cases[0].golden), 'utf8')).articles[0];

  it('is empty for equal articles and names a removed event and a changed entity', () => {
    const a = base();
    expect(describeDiff(a, base())).toEqual([]);
    const b = base();
    expect(b.events.length).toBeGreaterThan(0);
    const gone = b.events.pop()!;
    b.entities[0] = { ...b.entities[0], name: 'Someone Else' };
    const lines = describeDiff(a, b);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^- event ${gone.type} `)));
    expect(lines).toContainEqual(expect.stringMatching(/^~ entity "Someone Else" .*name: /));
  });

  it('reports a changed role as one changed event, not a removal and an addition', () => {
    const a = base();
    const b = base();
    const i = b.events.findIndex((e) => e.type !== 'quote');
    expect(i).toBeGreaterThanOrEqual(0);
    b.events[i] = { ...b.events[i], id: 'new-id', role: { text: 'x', en: 'Chief Golden Officer' } };
    const lines = describeDiff(a, b);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^~ event .*role: .*Chief Golden Officer/);
  });
});
