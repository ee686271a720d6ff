import { describe, expect, it } from 'vitest';
import { thrown } from '../../helpers/tmp.js';
import { articleId } from '../../../src/core/ids.js';
import { toArticle } from '../../../src/stages/read/article.js';

const zh = '米拉·穆拉蒂宣布离开OpenAI。她在公司工作了六年半。';
const en = 'Kestrel Bank said on Monday that it had appointed Marcus Lee as chief risk officer.';

describe('toArticle', () => {
  it('builds the article: id from the trimmed text only, title and url trimmed, date normalised', () => {
    const { article, warnings } = toArticle({
      source: 'in/a.txt',
      text: `\n  ${zh}\n\n`,
      title: '  穆拉蒂\n 离职  ',
      url: ' https://example.com/a ',
      published: '2024-09-26T10:00:00+08:00',
      externalId: 'x-1',
    });
    expect(article).toEqual({
      id: articleId(zh),
      source: 'in/a.txt',
      lang: 'zh',
      title: '穆拉蒂 离职',
      url: 'https://example.com/a',
      publishedAt: '2024-09-26',
      text: zh,
    });
    expect(warnings).toEqual([]);
  });

  it('gives the same id whatever the source and metadata', () => {
    const a = toArticle({ source: 'a.txt', text: zh }).article;
    const b = toArticle({ source: 'b.jsonl#3', text: `${zh}\n`, title: 'x', published: '2024-01-01', lang: 'zh-CN' }).article;
    expect(a.id).toBe(b.id);
    expect(toArticle({ source: 'c', text: zh + '。' }).article.id).not.toBe(a.id);
  });

  it('leaves empty title and url as null', () => {
    const { article } = toArticle({ source: 's', text: en, title: '   ', url: '' });
    expect(article.title).toBeNull();
    expect(article.url).toBeNull();
    expect(article.publishedAt).toBeNull();
  });

  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-TW', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
  ])('takes lang %s from the record as %s, even against the text', (tag, lang) => {
    expect(toArticle({ source: 's', text: lang === 'zh' ? en : zh, lang: tag }).article.lang).toBe(lang);
  });

  it('detects the language when the record gives none', () => {
    expect(toArticle({ source: 's', text: zh }).article.lang).toBe('zh');
    expect(toArticle({ source: 's', text: en, lang: '' }).article.lang).toBe('en');
  });

  it("throws 'language' for a text in another language, with a hint to force it", () => {
    const err = thrown(() => toArticle({ source: 'jp.txt', text: 'トヨタ自動車の社長が辞任を発表した。' }));
    expect(err.code).toBe('language');
    expect(err.options.file).toBe('jp.txt');
    expect(err.message).toMatch(/^language ja is not supported/);
    expect(err.hint).toMatch(/set "lang"/);
  });

  it("throws 'language' for a record that says another language", () => {
    const err = thrown(() => toArticle({ source: 'f.jsonl#2', text: en, lang: 'fr' }));
    expect(err.code).toBe('language');
    expect(err.message).toMatch(/language fr is not supported/);
  });

  it("throws 'language' for a text without letters", () => {
    const err = thrown(() => toArticle({ source: 'n.txt', text: '2024-09-26 10:00 | 123' }));
    expect(err.code).toBe('language');
    expect(err.message).toBe('cannot tell the language: the text has no letters');
  });

  it('accepts any text when the record forces zh or en', () => {
    expect(toArticle({ source: 's', text: 'トヨタ自動車の社長が辞任を発表した。', lang: 'zh' }).article.lang).toBe('zh');
  });

  it('drops an unreadable published value with a warning instead of failing', () => {
    const { article, warnings } = toArticle({ source: 'f.jsonl#4', text: en, published: 'last Tuesday' });
    expect(article.publishedAt).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^f\.jsonl#4: published value "last Tuesday"/);
  });

  it("throws 'empty' for a text of whitespace", () => {
    expect(thrown(() => toArticle({ source: 's', text: ' \n\u3000 ' })).code).toBe('empty');
  });
});
