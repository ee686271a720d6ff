import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/stages/read/load.js';

// The whole fixtures/messy folder, as `newsanno ingest fixtures/messy` reads it (see its README.md).
describe('fixtures/messy', async () => {
  const result = await loadArticles(['fixtures/messy']);
  const bySource = new Map(result.articles.map((a) => [a.source, a]));

  it('stores the eight good articles, in path order', () => {
    expect(result.articles.map((a) => [a.source, a.lang, a.publishedAt])).toEqual([
      ['fixtures/messy/big5-resignation.txt', 'zh', null],
      ['fixtures/messy/gbk-openai-departure.txt', 'zh', null],
      ['fixtures/messy/records.jsonl#1', 'en', '2025-02-10'],
      ['fixtures/messy/records.jsonl#2', 'zh', '2025-01-06'],
      ['fixtures/messy/records.jsonl#4', 'en', '2025-01-15'],
      ['fixtures/messy/utf16le-bom-appointment.txt', 'en', null],
      ['fixtures/messy/utf8-bom-appointment.md', 'zh', null],
      ['fixtures/messy/web/gb2312-openai-page.html', 'zh', '2024-09-26'],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('fails the empty file, the PNG and the broken JSONL line, each with a hint', () => {
    expect(result.diagnostics.map((d) => [d.source, d.line ?? null, d.code])).toEqual([
      ['fixtures/messy/empty.txt', null, 'empty'],
      ['fixtures/messy/logo.png', null, 'binary'],
      ['fixtures/messy/records.jsonl', 3, 'record'],
    ]);
    for (const d of result.diagnostics) expect(d.hint).toBeTruthy();
  });

  it('decodes every encoding to the right characters', () => {
    expect(bySource.get('fixtures/messy/gbk-openai-departure.txt')?.text).toMatch(/^美国人工智能公司OpenAI首席技术官米拉·穆拉蒂（Mira Murati）/);
    expect(bySource.get('fixtures/messy/big5-resignation.txt')?.text).toMatch(/^宏晟電子今日宣佈，總經理陳志明因個人健康因素請辭/);
    const utf16 = bySource.get('fixtures/messy/utf16le-bom-appointment.txt')?.text ?? '';
    expect(utf16).toMatch(/^Northwind Robotics names Priya Raman chief executive\n\nSEATTLE/);
    expect(utf16).not.toMatch(/[\r\ufeff]/);
    const md = bySource.get('fixtures/messy/utf8-bom-appointment.md');
    expect(md?.text.startsWith('# 星河汽车')).toBe(true);
    expect(md?.title).toBe('星河汽车任命王晓东为首席执行官');
  });

  it('reads the page without its chrome, with its metadata', () => {
    const page = bySource.get('fixtures/messy/web/gb2312-openai-page.html');
    expect(page?.title).toBe('OpenAI高层再生变动：马克·陈升任研究高级副总裁');
    expect(page?.url).toBe('https://tech.yuanwang.example.com/2024/09/26/openai-leadership.html');
    expect(page?.text.split('\n\n')).toHaveLength(4);
    expect(page?.text).not.toMatch(/首页|限时优惠|赞助内容|分享到|相关阅读|ICP/);
  });

  it('keeps record metadata and ignores unknown fields', () => {
    const first = bySource.get('fixtures/messy/records.jsonl#1');
    expect(first?.title).toBe('Kestrel Bank appoints Marcus Lee chief risk officer');
    expect(Object.keys(first ?? {}).sort()).toEqual(['id', 'lang', 'publishedAt', 'source', 'text', 'title', 'url']);
    expect(bySource.get('fixtures/messy/records.jsonl#2')?.url).toBe('https://news.example.com/2025/01/06/123.html');
  });
});
