import { describe, expect, it } from 'vitest';
import { readJsonlRecords, readJsonRecords } from '../../../src/stages/read/records.js';

const line = (v: unknown): string => JSON.stringify(v);

describe('readJsonlRecords', () => {
  it('reads every good line, and a broken line becomes a diagnostic with its line number', () => {
    const content = [
      line({ text: '董事会任命李明为总裁。', title: ' 任命 ', published: '2024-09-26', lang: 'zh', id: 7 }),
      '{"text": "cut off',
      '',
      line({ content: 'Kestrel Bank appointed Marcus Lee.' }),
      '[1, 2]',
      line({ title: 'no text here', text: '   ' }),
      line({ body: 'Becker stepped down.', url: 'https://example.com/a' }),
      '',
    ].join('\n');
    const r = readJsonlRecords(content, 'in/feed.jsonl');

    expect(r.articles.map((a) => a.source)).toEqual(['in/feed.jsonl#1', 'in/feed.jsonl#4', 'in/feed.jsonl#7']);
    expect(r.articles[0]).toEqual({
      source: 'in/feed.jsonl#1',
      text: '董事会任命李明为总裁。',
      title: ' 任命 ',
      url: null,
      published: '2024-09-26',
      lang: 'zh',
      externalId: '7',
    });
    expect(r.articles[1].text).toBe('Kestrel Bank appointed Marcus Lee.');
    expect(r.articles[2]).toMatchObject({ text: 'Becker stepped down.', url: 'https://example.com/a' });

    expect(r.diagnostics.map((d) => [d.source, d.line, d.code])).toEqual([
      ['in/feed.jsonl', 2, 'record'],
      ['in/feed.jsonl', 5, 'record'],
      ['in/feed.jsonl', 6, 'record'],
    ]);
    expect(r.diagnostics[0].message).toMatch(/^not valid JSON/);
    expect(r.diagnostics[0].message).not.toContain('cut off'); // the line is named, not echoed
    expect(r.diagnostics[0].hint).toMatch(/other lines were read/);
    expect(r.diagnostics[1].message).toMatch(/expected a JSON object, found an array/);
    expect(r.diagnostics[2].message).toMatch(/no text/);
  });

  it('ignores unknown fields', () => {
    const r = readJsonlRecords(line({ text: 'Lee joins.', source_site: 'wire', tags: ['a'], nested: { x: 1 } }), 'f.jsonl');
    expect(r.diagnostics).toEqual([]);
    expect(Object.keys(r.articles[0]).sort()).toEqual(['externalId', 'lang', 'published', 'source', 'text', 'title', 'url']);
  });

  it('takes the first non-empty of text, content and body', () => {
    const r = readJsonlRecords(line({ text: '', content: '  ', body: 'the body' }), 'f.jsonl');
    expect(r.articles[0].text).toBe('the body');
    expect(readJsonlRecords(line({ text: 'the text', body: 'the body' }), 'f.jsonl').articles[0].text).toBe('the text');
  });

  it('reports a known field of the wrong type', () => {
    const r = readJsonlRecords(line({ text: 'x', title: 42 }), 'f.jsonl');
    expect(r.articles).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({ source: 'f.jsonl', line: 1, code: 'record' });
    expect(r.diagnostics[0].message).toMatch(/title/);
  });

  it('accepts a numeric published value and id', () => {
    const r = readJsonlRecords(line({ text: 'x', published: 1727316000, id: 12 }), 'f.jsonl');
    expect(r.articles[0]).toMatchObject({ published: '1727316000', externalId: '12' });
  });

  it('reads the article out of a record that stores the scraped page', () => {
    const page =
      '<html><head><meta property="article:published_time" content="2024-09-26"><title>任命</title></head><body>' +
      '<nav>首页 新闻</nav><article><p>董事会任命李明为总裁。</p><p>他此前担任副总裁。</p></article><footer>版权所有</footer></body></html>';
    const r = readJsonlRecords(line({ content: page, title: 'Record title' }), 'f.jsonl');
    expect(r.articles[0].text).toBe('董事会任命李明为总裁。\n\n他此前担任副总裁。');
    expect(r.articles[0].title).toBe('Record title'); // the record's own fields win
    expect(r.articles[0].published).toBe('2024-09-26');
  });
});

describe('readJsonRecords', () => {
  it('reads one record with the path as its source', () => {
    const r = readJsonRecords(JSON.stringify({ text: 'Lee joins.', lang: 'en' }, null, 2), 'a/one.json');
    expect(r.diagnostics).toEqual([]);
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]).toMatchObject({ source: 'a/one.json', text: 'Lee joins.', lang: 'en' });
  });

  it('reads an array with 1-based sources, reporting the bad element only', () => {
    const r = readJsonRecords(JSON.stringify([{ text: 'one' }, { title: 'no text' }, { body: 'three' }]), 'many.json');
    expect(r.articles.map((a) => [a.source, a.text])).toEqual([
      ['many.json#1', 'one'],
      ['many.json#3', 'three'],
    ]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ source: 'many.json#2', code: 'record' });
  });

  it('reports invalid JSON without echoing it', () => {
    const r = readJsonRecords('{\n  "text": "a",\n  "title": \n}\n', 'bad.json');
    expect(r.articles).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ source: 'bad.json', code: 'record' });
    expect(r.diagnostics[0].message).toMatch(/^not valid JSON: Unexpected token/);
    expect(r.diagnostics[0].message).not.toContain('title'); // not echoed back
  });

  it('gives the line of a JSON error when the parser names a position', () => {
    const r = readJsonRecords('[\n  {"text": "a"},\n  {"text": "b\n', 'cut.json');
    expect(r.diagnostics[0]).toMatchObject({ source: 'cut.json', line: 3, code: 'record' });
  });

  it('reports an empty array', () => {
    const r = readJsonRecords('[]', 'none.json');
    expect(r.diagnostics[0]).toMatchObject({ source: 'none.json', code: 'empty' });
  });
});
