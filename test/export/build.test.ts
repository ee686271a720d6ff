import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { exportArticle, toExportArticle } from '../../src/export/index.js';
import { annotated, muratiArticle, MURATI_TEXT, openai } from '../store/fixture.js';
import { thrown } from '../helpers/tmp.js';

describe('toExportArticle', () => {
  it('shapes an annotation as the export contract says', () => {
    const a = muratiArticle();
    const out = toExportArticle(a);
    expect(exportArticle.safeParse(out).success).toBe(true);
    expect(out).toMatchObject({
      id: a.article.id,
      source: 'news/murati.txt',
      lang: 'zh',
      title: null,
      url: null,
      publishedAt: '2024-09-26',
      text: MURATI_TEXT,
    });
    // Entities in order of first mention: OpenAI, then Murati, then Altman.
    expect(out.entities.map((e) => e.id)).toEqual(['Q-openai', 'Q-murati', 'Q-altman']);
    expect(out.entities[1]).toEqual({
      id: 'Q-murati',
      type: 'person',
      name: 'Mira Murati',
      names: { en: 'Mira Murati', zh: '米拉·穆拉蒂' },
      resolved: true,
      mentions: [
        { text: '米拉·穆拉蒂', start: MURATI_TEXT.indexOf('米拉·穆拉蒂'), end: MURATI_TEXT.indexOf('米拉·穆拉蒂') + 6 },
        { text: '穆拉提', start: MURATI_TEXT.indexOf('穆拉提'), end: MURATI_TEXT.indexOf('穆拉提') + 3 },
        { text: '穆拉提', start: MURATI_TEXT.lastIndexOf('穆拉提'), end: MURATI_TEXT.lastIndexOf('穆拉提') + 3 },
      ],
    });
    expect(out.events).toHaveLength(2);
    const [dep, q] = out.events;
    expect(dep).toEqual({
      id: a.events[0].id,
      type: 'departure',
      status: 'pending',
      person: { id: 'Q-murati', name: 'Mira Murati' },
      org: { id: 'Q-openai', name: 'OpenAI' },
      role: { text: '首席技术官', en: 'Chief Technology Officer' },
      date: '2024-09',
      quote: null,
      evidence: a.events[0].evidence,
      confidence: 0.912,
    });
    expect(q).toMatchObject({ type: 'quote', org: null, role: null, date: null, quote: a.events[1].quote, confidence: 0.8 });
  });

  it('does not depend on the order the pipeline lists things in', () => {
    const a = muratiArticle();
    const reversed = { ...a, entities: [...a.entities].reverse(), events: [...a.events].reverse() };
    reversed.entities = reversed.entities.map((e) => ({ ...e, mentions: [...e.mentions].reverse() }));
    expect(toExportArticle(reversed)).toEqual(toExportArticle(a));
  });

  it('lists an unmentioned entity last and a repeated mention once', () => {
    const text = '前OpenAI研究员加入了这家公司。';
    const a = annotated({
      text,
      entities: [
        { id: 'Q-anthropic', type: 'org', name: 'Anthropic', zh: null },
        { ...openai, mentions: ['OpenAI', 'OpenAI'] },
      ],
    });
    const out = toExportArticle(a);
    expect(out.entities.map((e) => [e.id, e.mentions.length])).toEqual([
      ['Q-openai', 1],
      ['Q-anthropic', 0],
    ]);
  });

  it('an event naming an entity the annotation does not list is a NewsannoError', () => {
    const a = muratiArticle();
    a.entities = a.entities.filter((e) => e.id !== 'Q-openai');
    const err = thrown(() => toExportArticle(a));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('bad-annotation');
  });
});

describe('the export schema', () => {
  it('rejects a record whose span does not cover its text', () => {
    const out = toExportArticle(muratiArticle());
    const mention = out.entities[1].mentions[0];
    const shifted = structuredClone(out);
    shifted.entities[1].mentions[0] = { ...mention, start: mention.start + 1, end: mention.end + 1 };
    const r = exportArticle.safeParse(shifted);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ code: 'custom', path: ['entities', 1, 'mentions', 0] });

    const beyond = structuredClone(out);
    beyond.events[0].evidence = { text: '', start: out.text.length + 5, end: out.text.length + 5 };
    expect(exportArticle.safeParse(beyond).error?.issues[0].path).toEqual(['events', 0, 'evidence']);

    const backwards = structuredClone(out);
    backwards.events[1].quote = { text: '', start: 10, end: 4 };
    expect(exportArticle.safeParse(backwards).error?.issues[0].path).toEqual(['events', 1, 'quote']);

    const extra = { ...structuredClone(out), score: 1 };
    expect(exportArticle.safeParse(extra).success).toBe(false);
  });
});
