// The English stage never throws on odd text and keeps every offset true: every fixture article
// cut at arbitrary points, shouted, stripped of its closing quotation marks, or run together.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateEn } from './helpers.js';

const dir = path.resolve(__dirname, '../../../fixtures/gold/en');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));

/** A small deterministic generator, so a failure can be replayed. */
function* cuts(text: string, n: number): Generator<string> {
  let seed = text.length;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < n; k++) {
    const a = Math.floor(next() * text.length);
    const b = Math.min(text.length, a + 40 + Math.floor(next() * 600));
    yield text.slice(a, b);
  }
}

const variants = (t: string): string[] => [
  ...cuts(t, 6),
  t.toUpperCase(),
  t.replace(/[”"]\s/g, ' '),
  t.replace(/\n+/g, ' '),
  t.replace(/[.,]/g, ''),
];

describe('odd English text', () => {
  it.each(texts.map((t, k) => [k, t]))('fixture %i and its variants', (_k, text) => {
    for (const v of variants(text as string)) {
      if (!v.trim()) continue;
      const a = annotateEn(v);
      const t = a.article.text;
      for (const e of a.entities) for (const m of e.mentions) expect(t.slice(m.start, m.end)).toBe(m.text);
      for (const e of a.events) expect(t.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    }
  });
});
