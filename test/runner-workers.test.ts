// The worker pool gives the same annotations as the main thread. Runs against the built worker script
// (dist/), which `npm test` builds first.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, createContext } from '../src/pipeline.js';
import { toArticle } from '../src/stages/read/article.js';
import { AnnotatorPool } from '../src/worker/pool.js';

const script = path.resolve('dist/src/worker/annotate-worker.js');

describe('annotation workers', () => {
  it.skipIf(!existsSync(script))('annotate exactly as the main thread does, and report errors as errors', async () => {
    const pool = new AnnotatorPool(2, {}, script);
    try {
      const texts = ['OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职。', 'Mira Murati, OpenAI’s chief technology officer, said on Wednesday that she is leaving.'];
      const ctx = createContext();
      for (const text of texts) {
        const { article } = toArticle({ source: 't', text, published: '2024-09-26' });
        const inWorker = await pool.annotate(article);
        const here = annotate(article, ctx);
        expect(inWorker.events).toEqual(here.events);
        expect(inWorker.entities).toEqual(here.entities);
      }
      const broken = { ...toArticle({ source: 't', text: 'x', lang: 'en' }).article, text: undefined as unknown as string };
      await expect(pool.annotate(broken)).rejects.toThrow();
    } finally {
      await pool.close();
    }
  });
});
