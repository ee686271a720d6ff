import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { openDatabase } from '../../src/store/open-database.js';
import { altman, annotated, departure, murati, muratiArticle, MURATI_TEXT, openai, quote, RUN } from './fixture.js';
import { thrown, useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

function setup(): { store: Store; file: string; rows: (table: string, where?: string) => number } {
  const file = path.join(tmp(), 'news.db');
  const store = openStore(file);
  const rows = (table: string, where = '1'): number => {
    const db = openDatabase(file, { readonly: true });
    try {
      return db.prepare(`SELECT count(*) FROM ${table} WHERE ${where}`).pluck().get() as number;
    } finally {
      db.close();
    }
  };
  return { store, file, rows };
}

describe('saveArticle', () => {
  it('stores an article with its entities, mentions, events and proposals', () => {
    const { store, rows } = setup();
    const a = muratiArticle();
    expect(store.saveArticle(a, store.startRun(RUN), 'ingest')).toBe('stored');
    expect(rows('articles')).toBe(1);
    expect(rows('entities')).toBe(3);
    expect(rows('mentions')).toBe(5);
    expect(rows('events')).toBe(2);
    expect(rows('alias_proposals')).toBe(1);
    expect(store.getArticle(a.article.id)).toEqual(a.article);
    expect(store.articleIds()).toEqual([a.article.id]);
    const entities = store.articleEntities(a.article.id);
    expect(entities.find((e) => e.id === 'Q-murati')?.mentions.map((m) => m.text)).toEqual(['米拉·穆拉蒂', '穆拉提', '穆拉提']);
    expect(entities.find((e) => e.id === 'Q-murati')?.mentions[0].resolution).toEqual({ method: 'alias', confidence: 0.95, rule: 'test.alias' });
    const listed = store.listEvents();
    expect(listed.map((e) => e.type)).toEqual(['departure', 'quote']);
    expect(listed[0]).toMatchObject({
      status: 'pending',
      person: { id: 'Q-murati', name: 'Mira Murati' },
      org: { id: 'Q-openai', name: 'OpenAI' },
      role: { text: '首席技术官', en: 'Chief Technology Officer' },
      date: '2024-09',
      dateSpan: { text: '今年9月' },
      moreEvidence: [{ text: '奥特曼称穆拉提的离职' }],
      dictionaryVersion: 'd1',
      dropped: false,
    });
  });

  it('ingesting the same article twice stores it once and only moves last_run', () => {
    const { store, file, rows } = setup();
    const first = store.startRun(RUN);
    store.saveArticle(muratiArticle(), first, 'ingest');
    const second = store.startRun(RUN);
    // Same text, another file and a different annotation: still the same article, left as it was.
    const again = muratiArticle({ source: 'elsewhere/copy.txt', events: [departure] });
    expect(store.saveArticle(again, second, 'ingest')).toBe('unchanged');
    expect(rows('articles')).toBe(1);
    expect(rows('events')).toBe(2);
    expect(store.getArticle(again.article.id)?.source).toBe('news/murati.txt');
    const db = openDatabase(file, { readonly: true });
    expect(db.prepare('SELECT first_run, last_run FROM articles').get()).toEqual({ first_run: first, last_run: second });
    db.close();
  });

  it('reprocessing an unchanged annotation is unchanged; a changed one replaces unreviewed events', () => {
    const { store, rows } = setup();
    const a = muratiArticle();
    store.saveArticle(a, store.startRun(RUN), 'ingest');
    expect(store.saveArticle(muratiArticle(), store.startRun(RUN), 'reprocess')).toBe('unchanged');

    const fewer = muratiArticle({ events: [departure], entities: [murati, openai] });
    expect(store.saveArticle(fewer, store.startRun(RUN), 'reprocess')).toBe('updated');
    expect(store.listEvents().map((e) => e.type)).toEqual(['departure']);
    expect(rows('events')).toBe(1);
    expect(rows('mentions')).toBe(4); // Altman's mention went with him
    expect(store.articleEntities(a.article.id).map((e) => e.id).sort()).toEqual(['Q-murati', 'Q-openai']);
    expect(rows('entities')).toBe(3); // entities are never deleted
  });

  it('reprocessing never loses a review: dropped reviewed events stay with their status and history', () => {
    const { store } = setup();
    const a = muratiArticle();
    store.saveArticle(a, store.startRun(RUN), 'ingest');
    const [dep, q] = store.listEvents();
    store.review(dep.id, 'accept', { reviewer: 'ana' });
    store.review(q.id, 'reject', { reviewer: 'ana', note: 'not a quote about the change' });

    // The new rules find neither event, but a new one about Altman.
    const rerun = muratiArticle({
      events: [{ type: 'quote', person: 'Q-altman', quote: '公司的自然组成部分', evidence: '奥特曼称穆拉提的离职是公司的自然组成部分' }],
      rulesVersion: 'r2',
    });
    const run = store.startRun({ ...RUN, rulesVersion: 'r2' });
    expect(store.saveArticle(rerun, run, 'reprocess')).toBe('updated');
    const after = store.listEvents();
    expect(after).toHaveLength(3);
    const byId = new Map(after.map((e) => [e.id, e]));
    expect(byId.get(dep.id)).toMatchObject({ status: 'accepted', dropped: true, rulesVersion: 'r1' });
    expect(byId.get(q.id)).toMatchObject({ status: 'rejected', dropped: true });
    expect(store.history(q.id)).toMatchObject([{ action: 'reject', reviewer: 'ana', note: 'not a quote about the change' }]);
    expect(after.filter((e) => e.status === 'pending').map((e) => e.person.id)).toEqual(['Q-altman']);

    // Produced again (same id): the review still applies, the machine values are the new ones.
    const back = muratiArticle({ events: [{ ...departure, confidence: 0.6 }], rulesVersion: 'r3' });
    expect(store.saveArticle(back, store.startRun({ ...RUN, rulesVersion: 'r3' }), 'reprocess')).toBe('updated');
    const again = store.getEvent(dep.id)!;
    expect(again).toMatchObject({ status: 'accepted', dropped: false, confidence: 0.6, rulesVersion: 'r3' });
    expect(store.history(dep.id)).toHaveLength(1);
    // The unreviewed Altman quote is gone; the rejected quote is still kept.
    expect(store.listEvents().map((e) => e.id).sort()).toEqual([dep.id, q.id].sort());
  });

  it('upserts entities: dictionary names improve, an unresolved guess never replaces them', () => {
    const { store } = setup();
    const run = store.startRun(RUN);
    store.saveArticle(muratiArticle(), run, 'ingest');
    const text = 'Mira Murati left OpenAI. Murati said she wanted time to explore.';
    const better = { ...murati, en: 'Mira Murati', zh: '米拉·穆拉蒂', mentions: ['Mira Murati', ['Murati', 1]] as Array<string | [string, number]> };
    store.saveArticle(
      annotated({ text, lang: 'en', source: 'news/en.txt', entities: [{ ...better, name: 'Mira Murati' }, { ...openai, zh: null }] }),
      run,
      'ingest',
    );
    expect(store.getEntity('Q-openai')?.names).toEqual({ en: 'OpenAI', zh: 'OpenAI' }); // null does not erase
    const guess = annotated({
      text: 'Murati, the former CTO, spoke.',
      lang: 'en',
      source: 'news/guess.txt',
      entities: [{ id: 'Q-murati', type: 'person', name: 'Murati', en: 'Murati', resolved: false, mentions: ['Murati'] }],
    });
    store.saveArticle(guess, run, 'ingest');
    expect(store.getEntity('Q-murati')).toMatchObject({ name: 'Mira Murati', resolved: true, names: { zh: '米拉·穆拉蒂' } });
    expect(store.findEntities('穆拉').map((e) => e.id)).toEqual(['Q-murati']);
    expect(store.findEntities('murati').map((e) => e.id)).toEqual(['Q-murati']);
  });

  it('refuses an inconsistent annotation before writing anything', () => {
    const { store, rows } = setup();
    const run = store.startRun(RUN);
    const orphan = muratiArticle({ entities: [murati, altman] }); // the departure names OpenAI, which is not listed
    const err = thrown(() => store.saveArticle(orphan, run, 'ingest'));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('bad-annotation');
    expect(err.options.file).toBe('news/murati.txt');
    expect(err.message).toContain('Q-openai');

    const broken = muratiArticle();
    broken.events[0].evidence = { ...broken.events[0].evidence, start: broken.events[0].evidence.start + 1 };
    expect(thrown(() => store.saveArticle(broken, run, 'ingest')).code).toBe('bad-annotation');
    expect(rows('articles')).toBe(0);
    expect(rows('entities')).toBe(0);
  });

  it('refuses an unknown run', () => {
    const { store } = setup();
    expect(thrown(() => store.saveArticle(muratiArticle(), 42, 'ingest')).code).toBe('unknown-run');
  });

  it('batches several articles in one transaction, all or nothing', () => {
    const { store, rows } = setup();
    const run = store.startRun(RUN);
    const articles = [1, 2, 3].map((n) => muratiArticle({ text: `${MURATI_TEXT}（第${n}版）`, source: `news/${n}.txt` }));
    expect(() =>
      store.transaction(() => {
        for (const a of articles) store.saveArticle(a, run, 'ingest');
        throw new Error('interrupted');
      }),
    ).toThrow('interrupted');
    expect(rows('articles')).toBe(0);
    store.transaction(() => articles.forEach((a) => store.saveArticle(a, run, 'ingest')));
    expect(store.countArticles()).toBe(3);
  });

  it('iterates stored articles page by page while reprocessing saves each of them', () => {
    const { store } = setup();
    const run = store.startRun(RUN);
    const sources = ['e.txt', 'a.txt', 'd.txt', 'b.txt', 'c.txt'];
    sources.forEach((s, n) => store.saveArticle(muratiArticle({ text: `${MURATI_TEXT}${n}`, source: s }), run, 'ingest'));
    const again = store.startRun({ ...RUN, command: 'reprocess' });
    const seen: string[] = [];
    for (const article of store.iterateArticles({ pageSize: 2 })) {
      seen.push(article.id);
      const rerun = muratiArticle({ text: article.text, source: article.source, events: [departure] });
      expect(store.saveArticle(rerun, again, 'reprocess')).toBe('updated');
    }
    expect(seen).toEqual(store.articleIds());
    expect(store.listEvents().filter((e) => e.type === 'quote')).toHaveLength(0);
    expect([...store.iterateArticles({ order: 'source', pageSize: 2 })].map((a) => a.source)).toEqual([...sources].sort());
  });

  it('records runs with their summary', () => {
    const { store } = setup();
    const id = store.startRun(RUN);
    store.finishRun(id, { stored: 1, failed: 0 });
    expect(store.getRun(id)).toMatchObject({ command: 'test', summary: { stored: 1, failed: 0 } });
    expect(store.getRun(id)?.finishedAt).toBeTruthy();
    expect(thrown(() => store.finishRun(99, {})).code).toBe('unknown-run');
  });
});
