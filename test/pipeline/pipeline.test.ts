import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotate, createContext, NewsannoError, toExportArticle, exportArticle } from '../../src/index.js';
import { loadPipeline, listPipelines } from '../../src/pipeline-definition.js';

describe('pipeline definitions', () => {
  it('ships news (the default) and entities-only', () => {
    expect(listPipelines()).toEqual(expect.arrayContaining(['news', 'entities-only']));
    expect(loadPipeline().name).toBe('news');
  });
  it.each([
    ['an unknown stage', { name: 'x', stages: ['normalise', 'tokenize', 'mentions', 'resolve', 'sentiment'], dictionaries: ['dictionaries/entities'] }, 'stages'],
    ['an unknown option', { name: 'x', stages: ['normalise', 'tokenize', 'mentions', 'resolve'], dictionaries: ['dictionaries/entities'], options: { speed: 'fast' } }, 'speed'],
    ['a missing required stage', { name: 'x', stages: ['normalise', 'tokenize', 'mentions'], dictionaries: ['dictionaries/entities'] }, 'resolve'],
    ['a missing dictionary', { name: 'x', stages: ['normalise', 'tokenize', 'mentions', 'resolve'], dictionaries: ['no/such/folder'] }, 'not found'],
  ])('rejects %s with a clear error naming the file', (_what, def, message) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pipe-')), 'x.json');
    writeFileSync(file, JSON.stringify(def));
    expect(() => loadPipeline(file)).toThrow(NewsannoError);
    expect(() => loadPipeline(file)).toThrow(message);
  });
  it('names the pipelines there are when one is unknown', () => {
    expect(() => loadPipeline('no-such-pipeline')).toThrow(/unknown pipeline/);
  });
  it('entities-only finds names but no events', () => {
    const ctx = createContext({ pipeline: 'entities-only' });
    const a = annotate({ text: '米拉·穆拉蒂宣布离职。' }, ctx);
    expect(a.entities.map((e) => e.id)).toContain('mira-murati');
    expect(a.events).toEqual([]);
  });
});

describe('library API', () => {
  it('annotates a plain input record and its export passes the schema', () => {
    const a = annotate({ text: 'OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职。', published: '2024-09-26' });
    expect(a.events).toEqual([expect.objectContaining({ type: 'departure', personId: 'mira-murati', orgId: 'openai', date: expect.objectContaining({ value: '2024-09' }) })]);
    expect(() => exportArticle.parse(toExportArticle(a))).not.toThrow();
  });
  it('never throws on odd input, and says so clearly when there is no text at all', () => {
    for (const text of ['“', '「未闭合的引号', '😀'.repeat(50), 'a'.repeat(10_000), '他说：“', '”，她说', '"He said', '\u0000\u0001 control']) {
      expect(() => annotate({ text, lang: 'zh' })).not.toThrow();
      expect(() => annotate({ text, lang: 'en' })).not.toThrow();
    }
    expect(() => annotate({ text: '   ' })).toThrow(NewsannoError);
  });
});
