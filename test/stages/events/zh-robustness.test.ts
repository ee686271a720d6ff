// Real scraped Chinese text is messy: cut mid-sentence, unbalanced quotation marks, stray Latin,
// emoji, repeated punctuation. Annotation must never throw and every offset must index the text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, createContext } from '../../../src/pipeline.js';
import { toArticle } from '../../../src/stages/read/article.js';

const dir = path.resolve('fixtures/gold/zh');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(dir, f), 'utf8'));
const ctx = createContext();

/** A seeded generator, so a failure can be reproduced. */
function rng(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
}

const MUTATIONS: [string, (t: string, r: () => number) => string][] = [
  ['cut at a random point', (t, r) => t.slice(0, Math.floor(r() * t.length))],
  ['started mid-sentence', (t, r) => t.slice(Math.floor(r() * t.length))],
  ['closing quotation marks removed', (t) => t.replace(/[”」』’]/g, '')],
  ['opening quotation marks removed', (t) => t.replace(/[“「『‘]/g, '')],
  ['run together on one line', (t) => t.replace(/\n+/g, '')],
  ['noise inserted', (t, r) => [...t].map((c) => (r() < 0.03 ? c + ['😀', 'ＡＢＣ', '\u0000', '（', '·', '“', 'GPT-4o', '\t', '…'][Math.floor(r() * 9)] : c)).join('')],
  ['traditional/full-width mix', (t) => t.replace(/，/g, '，，').replace(/。/g, '。。')],
];

describe('messy Chinese text', () => {
  it.each(MUTATIONS)('%s: no throw, every offset indexes the text', (_name, mutate) => {
    const r = rng(42);
    for (const t of texts) {
      const text = mutate(t, r).trim() || '空';
      const a = annotate(toArticle({ source: 'x', text, published: '2024-09-26', lang: 'zh' }).article, ctx);
      for (const e of a.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const ev of a.events) {
        expect(text.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.text);
        if (ev.quote) expect(text.slice(ev.quote.start, ev.quote.end)).toBe(ev.quote.text);
      }
    }
  });
});
