// The issue's linking target: 100 well-known leaders written in their common Chinese forms (mainland,
// Taiwan, Hong Kong, traditional script, surname alone), each in a plain sentence through the real
// pipeline; at least 95 must link to the right person, and no other person may claim that name.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/core/paths.js';
import type { AnnotatedArticle } from '../../src/core/types.js';
import { annotate, createContext, type PipelineContext } from '../../src/pipeline.js';
import { toArticle } from '../../src/stages/read/index.js';

interface Case {
  line: number;
  sentence: string;
  expected: string;
  /** The leader's name as written in the sentence (the form note up to its colon). */
  surface: string;
  note: string;
}

const FIXTURE = fromRoot('fixtures', 'names', 'leaders-100.tsv');

function readCases(): Case[] {
  const out: Case[] = [];
  readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      if (raw === '' || raw.startsWith('#')) return;
      const [sentence, expected, note] = raw.split('\t');
      out.push({ line: i + 1, sentence, expected, note, surface: note.split(':')[0] });
    });
  return out;
}

interface Outcome {
  ok: boolean;
  /** What the pipeline linked at the leader's name, for the miss report. */
  found: string;
}

function judge(c: Case, a: AnnotatedArticle): Outcome {
  const start = c.sentence.indexOf(c.surface);
  const end = start + c.surface.length;
  const atName = a.entities.filter((e) => e.mentions.some((m) => m.start < end && m.end > start));
  const right = atName.some((e) => e.id === c.expected);
  const rivals = atName.filter((e) => e.id !== c.expected && e.type === 'person');
  const found = atName.length ? atName.map((e) => `${e.id}${e.resolved ? '' : ' (unresolved)'} "${e.mentions.map((m) => m.text).join('/')}"`).join(', ') : 'nothing';
  return { ok: right && rivals.length === 0, found };
}

describe('linking 100 well-known leaders in their common Chinese forms', () => {
  const cases = readCases();
  let ctx: PipelineContext;
  beforeAll(() => {
    ctx = createContext();
  });

  it('has 100 different leaders, each name written in its sentence, at least 30 in Taiwan/Hong Kong forms or traditional script', () => {
    expect(cases).toHaveLength(100);
    expect(new Set(cases.map((c) => c.expected)).size).toBe(100);
    for (const c of cases) expect(c.sentence, `line ${c.line}`).toContain(c.surface);
    const twHk = cases.filter((c) => /traditional|Taiwan|Hong Kong|Macau/.test(c.note));
    expect(twHk.length).toBeGreaterThanOrEqual(30);
    for (const c of cases) expect(ctx.dictionary.entities.get(c.expected)?.type, `line ${c.line}: ${c.expected}`).toBe('person');
  });

  it('links at least 95 of them to the right person', () => {
    const misses: string[] = [];
    for (const c of cases) {
      const { article } = toArticle({ source: `leaders-100.tsv:${c.line}`, text: c.sentence, lang: 'zh' });
      const outcome = judge(c, annotate(article, ctx));
      if (!outcome.ok) misses.push(`line ${c.line}: ${c.surface} → expected ${c.expected}, found ${outcome.found} | ${c.sentence}`);
    }
    const linked = cases.length - misses.length;
    console.log(`leaders linked: ${linked}/${cases.length}${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(linked, misses.join('\n')).toBeGreaterThanOrEqual(95);
  });
});
