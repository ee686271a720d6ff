import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { openDatabase } from '../../src/store/open-database.js';
import { altman, annotated, muratiArticle, RUN } from './fixture.js';
import { thrown, useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

function setup(): { store: Store; file: string; dep: string; quote: string } {
  const file = path.join(tmp(), 'news.db');
  const store = openStore(file);
  store.saveArticle(muratiArticle(), store.startRun(RUN), 'ingest');
  const [dep, quote] = store.listEvents().map((e) => e.id);
  return { store, file, dep, quote };
}

describe('reviews', () => {
  it('status follows the latest review: accept, reject, reset', () => {
    const { store, dep } = setup();
    expect(store.getEvent(dep)?.status).toBe('pending');
    expect(store.review(dep, 'accept').status).toBe('accepted');
    expect(store.review(dep, 'reject').status).toBe('rejected');
    expect(store.review(dep, 'reset').status).toBe('pending');
    expect(store.history(dep).map((r) => r.action)).toEqual(['accept', 'reject', 'reset']);
  });

  it('edits override the machine’s fields in listings while the machine’s values stay', () => {
    const { store, file, dep } = setup();
    const edited = store.review(dep, 'edit', {
      changes: { type: 'appointment', role: { text: 'CTO', en: 'Chief Technology Officer' }, date: '2024-09-25', org: null },
      reviewer: 'ana',
      note: 'date from the press release',
    });
    expect(edited).toMatchObject({
      status: 'edited',
      type: 'appointment',
      org: null,
      role: { text: 'CTO', en: 'Chief Technology Officer' },
      date: '2024-09-25',
      person: { id: 'Q-murati', name: 'Mira Murati' },
      edited: ['type', 'org', 'role', 'date'],
      machine: {
        type: 'departure',
        org: { id: 'Q-openai', name: 'OpenAI' },
        role: { text: '首席技术官', en: 'Chief Technology Officer' },
        date: '2024-09',
      },
      lastReview: { action: 'edit', reviewer: 'ana', note: 'date from the press release' },
    });
    const db = openDatabase(file, { readonly: true });
    expect(db.prepare('SELECT type, org_id, role_text, date FROM events WHERE id = ?').get(dep)).toEqual({
      type: 'departure',
      org_id: 'Q-openai',
      role_text: '首席技术官',
      date: '2024-09',
    });
    db.close();

    // Edits accumulate; accepting keeps them; a reset goes back to the machine.
    store.review(dep, 'edit', { changes: { person: 'Q-altman' } });
    const accepted = store.review(dep, 'accept');
    expect(accepted).toMatchObject({ status: 'accepted', type: 'appointment', person: { id: 'Q-altman', name: 'Sam Altman' }, date: '2024-09-25' });
    expect(accepted.edited).toEqual(['type', 'person', 'org', 'role', 'date']);
    expect(store.listEvents({ type: ['appointment'] }).map((e) => e.id)).toEqual([dep]);
    expect(store.listEvents({ type: ['departure'] })).toEqual([]);
    expect(store.listEvents({ person: 'Altman' }).map((e) => e.id)).toEqual([dep]);
    const reset = store.review(dep, 'reset');
    expect(reset).toMatchObject({ status: 'pending', type: 'departure', person: { id: 'Q-murati' }, org: { id: 'Q-openai' }, edited: [] });
    expect(store.history(dep).map((r) => [r.action, r.changes])).toEqual([
      ['edit', { type: 'appointment', role: { text: 'CTO', en: 'Chief Technology Officer' }, date: '2024-09-25', org: null }],
      ['edit', { person: 'Q-altman' }],
      ['accept', null],
      ['reset', null],
    ]);
  });

  it('reviews are append-only in the database itself', () => {
    const { store, file, dep } = setup();
    store.review(dep, 'accept');
    const db = openDatabase(file);
    expect(() => db.prepare(`UPDATE reviews SET action = 'reject'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM reviews`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM events WHERE id = ?`).run(dep)).toThrow(/never deleted/);
    db.close();
    expect(store.history(dep)).toHaveLength(1);
  });

  it('filters listings by status, type, article, person, with limit and offset', () => {
    const { store, dep, quote } = setup();
    const other = annotated({
      text: '萨姆·奥特曼表示：“我们会想念她。”',
      source: 'news/altman.txt',
      entities: [{ ...altman, mentions: ['萨姆·奥特曼'] }],
      events: [{ type: 'quote', person: 'Q-altman', quote: '我们会想念她。', evidence: '萨姆·奥特曼表示：“我们会想念她。”' }],
    });
    store.saveArticle(other, store.startRun(RUN), 'ingest');
    store.review(quote, 'reject');
    expect(store.listEvents().map((e) => e.source)).toEqual(['news/altman.txt', 'news/murati.txt', 'news/murati.txt']);
    expect(store.listEvents({ status: ['pending'] })).toHaveLength(2);
    expect(store.listEvents({ status: ['rejected'] }).map((e) => e.id)).toEqual([quote]);
    expect(store.listEvents({ type: ['quote'], status: ['pending'] }).map((e) => e.person.id)).toEqual(['Q-altman']);
    expect(store.listEvents({ articleId: muratiArticle().article.id }).map((e) => e.id)).toEqual([dep, quote]);
    expect(store.listEvents({ person: '穆拉' }).map((e) => e.id)).toEqual([dep, quote]);
    expect(store.listEvents({ person: 'mira' }).map((e) => e.id)).toEqual([dep, quote]);
    expect(store.listEvents({ person: 'Q-altman' })).toHaveLength(1);
    expect(store.listEvents({ person: '%' })).toHaveLength(0);
    expect(store.listEvents({ limit: 1, offset: 1 }).map((e) => e.id)).toEqual([dep]);
    expect(thrown(() => store.listEvents({ status: ['done' as never] })).code).toBe('bad-filter');
    expect(thrown(() => store.listEvents({ limit: -1 })).code).toBe('bad-filter');
  });

  it('an unknown event or an invalid edit is a NewsannoError with a hint, and writes nothing', () => {
    const { store, dep } = setup();
    const unknown = thrown(() => store.review('no-such-event', 'accept'));
    expect(unknown).toBeInstanceOf(NewsannoError);
    expect(unknown.code).toBe('unknown-event');
    expect(unknown.hint).toMatch(/events list/);
    expect(thrown(() => store.history('no-such-event')).code).toBe('unknown-event');

    const bad = [
      { changes: { date: 'September 2024' } },
      { changes: { person: 'Q-nobody' } },
      { changes: { person: 'Q-openai' } }, // an organisation as the person
      { changes: { org: 'Q-murati' } },
      { changes: {} },
      { changes: { colour: 'red' } as never },
      {},
    ];
    for (const options of bad) {
      const err = thrown(() => store.review(dep, 'edit', options));
      expect(err, JSON.stringify(options)).toBeInstanceOf(NewsannoError);
      expect(err.code, JSON.stringify(options)).toBe('bad-edit');
    }
    expect(thrown(() => store.review(dep, 'accept', { changes: { date: '2024' } })).code).toBe('bad-review');
    expect(thrown(() => store.review(dep, 'approve' as never)).code).toBe('bad-review');
    expect(store.history(dep)).toEqual([]);
  });

  it('counts articles and events by effective type and status', () => {
    const { store, dep, quote } = setup();
    store.review(dep, 'edit', { changes: { type: 'promotion' } });
    store.review(quote, 'accept');
    expect(store.stats()).toEqual({
      articles: 1,
      events: 2,
      eventsByType: { departure: 0, promotion: 1, appointment: 0, quote: 1 },
      eventsByStatus: { pending: 0, accepted: 1, rejected: 0, edited: 1 },
      proposalsByStatus: { proposed: 1, accepted: 0, rejected: 0 },
    });
  });
});
