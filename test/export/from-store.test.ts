import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportArticle, exportFromStore, toExportArticle } from '../../src/export/index.js';
import { openStore, type Store } from '../../src/store/index.js';
import { altman, annotated, muratiArticle, RUN } from '../store/fixture.js';
import { thrown, useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

const xaiArticle = () =>
  annotated({
    text: '萨姆·奥特曼表示：“我们会想念她。”另据报道，xAI正在招聘。',
    source: 'news/altman.txt',
    entities: [
      { ...altman, mentions: ['萨姆·奥特曼'] },
      { id: 'Q-xai', type: 'org', name: 'xAI', zh: null, mentions: ['xAI'] },
      // Listed without a mention of its own: must survive the round trip too.
      { id: 'Q-anthropic', type: 'org', name: 'Anthropic', zh: null },
    ],
    events: [{ type: 'quote', person: 'Q-altman', quote: '我们会想念她。', evidence: '萨姆·奥特曼表示：“我们会想念她。”', confidence: 0.77777 }],
  });

function ingested(): Store {
  const store = openStore(path.join(tmp(), 'news.db'));
  const run = store.startRun(RUN);
  store.saveArticle(muratiArticle(), run, 'ingest');
  store.saveArticle(xaiArticle(), run, 'ingest');
  return store;
}

describe('exportFromStore', () => {
  it('a freshly ingested article exports exactly as toExportArticle of its annotation, in source order', () => {
    const store = ingested();
    expect([...exportFromStore(store)]).toEqual([toExportArticle(xaiArticle()), toExportArticle(muratiArticle())]);
  });

  it('applies current status and edited fields; the machine’s values stay in the store', () => {
    const store = ingested();
    const [dep, q] = store.listEvents({ articleId: muratiArticle().article.id });
    store.review(dep.id, 'edit', { changes: { org: 'Q-xai', role: { text: '研究员', en: 'Researcher' }, date: '2024' } });
    store.review(q.id, 'reject');
    const [, murati] = [...exportFromStore(store)];
    expect(exportArticle.safeParse(murati).success).toBe(true);
    expect(murati.events[0]).toMatchObject({
      id: dep.id,
      status: 'edited',
      org: { id: 'Q-xai', name: 'xAI' },
      role: { text: '研究员', en: 'Researcher' },
      date: '2024',
    });
    expect(murati.events[1]).toMatchObject({ id: q.id, status: 'rejected' });
    // The edited organisation is listed among the article's entities so its id can be looked up.
    expect(murati.entities.at(-1)).toEqual({
      id: 'Q-xai',
      type: 'org',
      name: 'xAI',
      names: { en: 'xAI', zh: null },
      resolved: true,
      mentions: [],
    });
    expect(store.getEvent(dep.id)?.machine).toMatchObject({ org: { id: 'Q-openai' }, date: '2024-09' });
  });

  it('--status filters events, and reviewed events dropped by a reprocess are still exported', () => {
    const store = ingested();
    const [dep] = store.listEvents({ articleId: muratiArticle().article.id });
    store.review(dep.id, 'accept');
    store.saveArticle(muratiArticle({ events: [] }), store.startRun(RUN), 'reprocess');
    const accepted = [...exportFromStore(store, { status: ['accepted'] })];
    expect(accepted.map((a) => a.events.map((e) => e.id))).toEqual([[], [dep.id]]);
    const pending = [...exportFromStore(store, { status: ['pending'] })];
    expect(pending.map((a) => a.events.length)).toEqual([1, 0]);
    expect(thrown(() => [...exportFromStore(store, { status: ['done' as never] })]).code).toBe('bad-filter');
  });

  it('an article with no events and no entities exports cleanly', () => {
    const store = openStore(path.join(tmp(), 'news.db'));
    const empty = annotated({ text: 'Nothing happened today.', lang: 'en', source: 'quiet.txt', entities: [] });
    store.saveArticle(empty, store.startRun(RUN), 'ingest');
    expect([...exportFromStore(store)]).toEqual([toExportArticle(empty)]);
  });
});
