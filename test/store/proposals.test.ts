import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { MURATI_TEXT, muratiArticle, RUN } from './fixture.js';
import { thrown, useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

function setup(): { store: Store; run: number } {
  const store = openStore(path.join(tmp(), 'news.db'));
  return { store, run: store.startRun(RUN) };
}

const sighting = (n: number, score: number) =>
  muratiArticle({
    text: `${MURATI_TEXT}（${n}）`,
    source: `news/${n}.txt`,
    proposals: [{ entity: 'Q-murati', alias: '穆拉提', score, evidence: '穆拉提表示' }],
  });

describe('alias proposals', () => {
  it('one row per (entity, alias): a later sighting counts, the best score and its evidence are kept', () => {
    const { store, run } = setup();
    store.saveArticle(muratiArticle(), run, 'ingest');
    let [p] = store.listProposals();
    expect(p).toMatchObject({ entityId: 'Q-murati', entityName: 'Mira Murati', alias: '穆拉提', score: 0.7, count: 1, status: 'proposed' });
    expect(p.evidence).toEqual({ text: '穆拉提', start: MURATI_TEXT.indexOf('穆拉提'), end: MURATI_TEXT.indexOf('穆拉提') + 3 });

    const better = sighting(2, 0.9);
    store.saveArticle(better, run, 'ingest');
    [p] = store.listProposals();
    expect(p).toMatchObject({ score: 0.9, count: 2, articleId: better.article.id, evidence: { text: '穆拉提表示' } });

    store.saveArticle(sighting(3, 0.5), run, 'ingest');
    [p] = store.listProposals();
    expect(p).toMatchObject({ score: 0.9, count: 3, articleId: better.article.id });

    // Seeing the same article again (a reprocess) is not a new sighting.
    store.saveArticle(sighting(3, 0.6), run, 'reprocess');
    expect(store.listProposals()[0].count).toBe(3);
    expect(store.listProposals()).toHaveLength(1);
  });

  it('decisions: accepted aliases are listed for reprocessing; a rejected one stays rejected', () => {
    const { store, run } = setup();
    store.saveArticle(muratiArticle(), run, 'ingest');
    const [p] = store.listProposals('proposed');
    expect(store.acceptedAliases()).toEqual([]);
    expect(store.decideProposal(p.id, 'accepted')).toMatchObject({ status: 'accepted' });
    expect(store.decideProposal(p.id, 'accepted').decidedAt).toBeTruthy();
    expect(store.acceptedAliases()).toEqual([{ entityId: 'Q-murati', alias: '穆拉提', lang: 'zh', entityType: 'person', entityName: 'Mira Murati' }]);
    expect(store.listProposals('proposed')).toEqual([]);

    store.decideProposal(p.id, 'rejected');
    expect(store.acceptedAliases()).toEqual([]);
    store.saveArticle(sighting(2, 0.95), run, 'ingest');
    expect(store.listProposals()).toMatchObject([{ status: 'rejected', score: 0.95, count: 2 }]);
    expect(store.listProposals(['accepted', 'proposed'])).toEqual([]);
  });

  it('an unknown proposal or article is a NewsannoError', () => {
    const { store } = setup();
    const err = thrown(() => store.decideProposal(7, 'accepted'));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('unknown-proposal');
    const proposal = muratiArticle().proposals[0];
    expect(thrown(() => store.saveProposals('not-stored', [proposal])).code).toBe('unknown-article');
  });
});
