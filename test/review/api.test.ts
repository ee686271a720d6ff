// The review API against a real database: listings with evidence offsets, accept / edit / reject /
// reset appended to the history with the machine's values kept, alias proposals, and every error as
// JSON { error, hint } with the right status (400, 403, 404, 405, 413, 415), never a stack trace.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventListing } from '../../src/store/index.js';
import { call, startFixture, type Fixture, type Reply } from './helpers.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(async () => {
  await fx?.close();
});

const get = (url: string) => call(fx, 'GET', url);
const post = (url: string, body: unknown, options?: Parameters<typeof call>[4]) => call(fx, 'POST', url, body, options);
const review = (id: string, body: unknown) => post(`/api/events/${encodeURIComponent(id)}/review`, body);

/** An error reply: JSON with a message and a hint, and no stack trace or source path in it. */
function expectError(r: Reply, status: number, message?: RegExp): void {
  expect(r.status, r.text).toBe(status);
  expect(r.headers.get('content-type')).toMatch(/^application\/json/);
  expect(typeof r.body.error).toBe('string');
  expect(r.body.error.length).toBeGreaterThan(0);
  expect('hint' in r.body).toBe(true);
  expect(r.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  if (message) expect(r.body.error).toMatch(message);
}

async function eventsOf(articleId: string): Promise<EventListing[]> {
  const r = await get(`/api/events?article=${articleId}&status=all`);
  expect(r.status).toBe(200);
  return r.body.events;
}

describe('reading', () => {
  it('GET /api/stats counts articles, events and proposals', async () => {
    const r = await get('/api/stats');
    expect(r.status).toBe(200);
    expect(r.body.articles).toBe(4);
    expect(r.body.events).toBeGreaterThanOrEqual(4);
    expect(r.body.eventsByStatus.pending).toBe(r.body.events);
    expect(r.body.proposalsByStatus.proposed).toBeGreaterThanOrEqual(2);
  });

  it('GET /api/events lists pending events with evidence whose offsets index the article text (Chinese and English)', async () => {
    const r = await get('/api/events?status=pending&limit=500');
    expect(r.status).toBe(200);
    expect(r.body.hasMore).toBe(false);
    const events: EventListing[] = r.body.events;
    expect(events.length).toBeGreaterThanOrEqual(4);
    expect(events.every((e) => e.status === 'pending')).toBe(true);
    const texts = new Map<string, string>();
    let checked = 0;
    for (const e of events) {
      if (!texts.has(e.articleId)) texts.set(e.articleId, (await get(`/api/articles/${e.articleId}`)).body.article.text);
      const text = texts.get(e.articleId)!;
      for (const span of [e.evidence, ...e.moreEvidence, ...(e.quote ? [e.quote] : []), ...(e.dateSpan ? [e.dateSpan] : [])]) {
        expect(text.slice(span.start, span.end)).toBe(span.text);
        checked++;
      }
    }
    expect(texts.size).toBe(4); // both ingested examples produced events, and both hand-made articles
    expect(checked).toBeGreaterThan(events.length);
  });

  it('pages with limit and offset, and says when more follow', async () => {
    const all: EventListing[] = (await get('/api/events?status=all&limit=500')).body.events;
    const page = await get('/api/events?status=all&limit=2&offset=1');
    expect(page.body.events.map((e: EventListing) => e.id)).toEqual(all.slice(1, 3).map((e) => e.id));
    expect(page.body).toMatchObject({ limit: 2, offset: 1, hasMore: true });
    const last = await get(`/api/events?status=all&limit=2&offset=${all.length - 1}`);
    expect(last.body.events).toHaveLength(1);
    expect(last.body.hasMore).toBe(false);
  });

  it('filters by type, by person (id, or part of a Chinese or English name) and by article', async () => {
    const quotes: EventListing[] = (await get('/api/events?status=all&type=quote')).body.events;
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.every((e) => e.type === 'quote')).toBe(true);
    const both: EventListing[] = (await get('/api/events?status=all&type=quote,appointment')).body.events;
    expect(new Set(both.map((e) => e.type))).toEqual(new Set(['quote', 'appointment']));
    const byId: EventListing[] = (await get('/api/events?person=Q-murati')).body.events;
    expect(byId.map((e) => e.type).sort()).toEqual(['departure', 'quote']);
    const byZh: EventListing[] = (await get(`/api/events?person=${encodeURIComponent('穆拉')}`)).body.events;
    expect(byZh.map((e) => e.id).sort()).toEqual(byId.map((e) => e.id).sort());
    const byEn: EventListing[] = (await get('/api/events?person=dana')).body.events;
    expect(byEn).toHaveLength(2);
    expect((await eventsOf(fx.lee)).map((e) => e.type).sort()).toEqual(['appointment', 'quote']);
  });

  it('rejects bad filters with 400 and a hint', async () => {
    expectError(await get('/api/events?status=done'), 400, /status/);
    expectError(await get('/api/events?type=hiring'), 400, /type/);
    expectError(await get('/api/events?limit=0'), 400, /limit/);
    expectError(await get('/api/events?limit=100000'), 400, /limit/);
    expectError(await get('/api/events?offset=-1'), 400, /offset/);
    expectError(await get('/api/events?colour=red'), 400, /colour/);
  });

  it('GET /api/events/:id gives the event and its (empty) history', async () => {
    const [dep] = (await eventsOf(fx.murati)).filter((e) => e.type === 'departure');
    const r = await get(`/api/events/${dep.id}`);
    expect(r.status).toBe(200);
    expect(r.body.event).toMatchObject({ id: dep.id, type: 'departure', status: 'pending', person: { id: 'Q-murati', name: 'Mira Murati' } });
    expect(r.body.event.role).toEqual({ text: '首席技术官', en: 'Chief Technology Officer' });
    expect(r.body.history).toEqual([]);
  });

  it('GET /api/articles/:id gives the text, its entities with mentions, and its events', async () => {
    const r = await get(`/api/articles/${fx.murati}`);
    expect(r.status).toBe(200);
    const { article, entities, events } = r.body;
    expect(article.lang).toBe('zh');
    const murati = entities.find((e: { id: string }) => e.id === 'Q-murati');
    expect(murati.mentions.map((m: { text: string }) => m.text)).toEqual(['米拉·穆拉蒂', '穆拉提', '穆拉提']);
    for (const m of murati.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
    expect(events).toHaveLength(2);
  });

  it('GET /api/entities finds people and organisations for the edit form', async () => {
    const people = (await get(`/api/entities?q=${encodeURIComponent('奥特曼')}&type=person`)).body.entities;
    expect(people.map((e: { id: string }) => e.id)).toContain('Q-altman');
    const orgs = (await get('/api/entities?q=acme&type=org')).body.entities;
    expect(orgs.map((e: { id: string }) => e.id)).toEqual(['T-acme']);
    expect((await get('/api/entities?q=acme&type=person')).body.entities).toEqual([]);
    expect((await get('/api/entities?q=')).body.entities).toEqual([]);
    expectError(await get('/api/entities'), 400, /q/);
    expectError(await get('/api/entities?q=x&type=place'), 400, /type/);
  });

  it('GET /api/roles/translate suggests the English title for the edit form', async () => {
    const r = await get(`/api/roles/translate?text=${encodeURIComponent('首席技术官')}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ text: '首席技术官', en: 'Chief Technology Officer' });
  });
});

describe('reviewing', () => {
  it('accept: the listing comes back accepted, with reviewer and note in the history', async () => {
    const [dep] = (await eventsOf(fx.murati)).filter((e) => e.type === 'departure');
    const r = await review(dep.id, { action: 'accept', reviewer: 'ana', note: 'checked the source' });
    expect(r.status, r.text).toBe(200);
    expect(r.body).toMatchObject({ id: dep.id, status: 'accepted', edited: [] });
    expect(r.body.lastReview).toMatchObject({ action: 'accept', reviewer: 'ana', note: 'checked the source' });
    const h = (await get(`/api/events/${dep.id}`)).body.history;
    expect(h.map((x: { action: string }) => x.action)).toEqual(['accept']);
    expect((await get('/api/events?status=accepted')).body.events.map((e: EventListing) => e.id)).toContain(dep.id);
  });

  it('a review without a reviewer records the server default', async () => {
    const [quote] = (await eventsOf(fx.murati)).filter((e) => e.type === 'quote');
    const r = await review(quote.id, { action: 'accept' });
    expect(r.body.lastReview.reviewer).toBe('tester');
    await review(quote.id, { action: 'reset' });
  });

  it('edit: the changes show, the machine values stay, the history grows; a second edit accumulates', async () => {
    const [app] = (await eventsOf(fx.lee)).filter((e) => e.type === 'appointment');
    const machine = app.machine;
    const r1 = await review(app.id, {
      action: 'edit',
      changes: { role: { text: 'CTO', en: 'Chief Technology Officer' }, date: '2025-03', org: null },
      note: 'org is not named in this sentence',
    });
    expect(r1.status, r1.text).toBe(200);
    const e1: EventListing = r1.body;
    expect(e1.status).toBe('edited');
    expect(e1.role).toEqual({ text: 'CTO', en: 'Chief Technology Officer' });
    expect(e1.date).toBe('2025-03');
    expect(e1.org).toBeNull();
    expect(e1.edited.sort()).toEqual(['date', 'org', 'role']);
    expect(e1.machine).toEqual(machine);
    expect(e1.machine.org).toEqual({ id: 'T-acme', name: 'Acme Robotics' });
    expect(e1.evidence).toEqual(app.evidence);

    const r2 = await review(app.id, { action: 'edit', changes: { org: 'T-globex', type: 'promotion' } });
    const e2: EventListing = r2.body;
    expect(e2.type).toBe('promotion');
    expect(e2.org).toEqual({ id: 'T-globex', name: 'Globex' });
    expect(e2.date).toBe('2025-03'); // from the first edit
    expect(e2.machine).toEqual(machine);

    const r3 = await review(app.id, { action: 'accept' });
    expect(r3.body.status).toBe('accepted');
    expect(r3.body.type).toBe('promotion'); // accepting an edited event accepts it as edited

    const h = (await get(`/api/events/${app.id}`)).body.history;
    expect(h.map((x: { action: string }) => x.action)).toEqual(['edit', 'edit', 'accept']);
    expect(h[0].changes).toEqual({ role: { text: 'CTO', en: 'Chief Technology Officer' }, date: '2025-03', org: null });
    expect(h[0].note).toBe('org is not named in this sentence');
    expect(h[1].changes).toEqual({ org: 'T-globex', type: 'promotion' });
  });

  it('edit can change the person to another entity found by search', async () => {
    const [quote] = (await eventsOf(fx.murati)).filter((e) => e.type === 'quote');
    const altman = (await get(`/api/entities?q=${encodeURIComponent('Sam Altman')}&type=person`)).body.entities[0];
    const r = await review(quote.id, { action: 'edit', changes: { person: altman.id } });
    expect(altman.name).toBe('Sam Altman');
    expect(r.body.person).toEqual({ id: altman.id, name: 'Sam Altman' });
    expect(r.body.edited).toEqual(['person']);
    expect(r.body.machine.person).toEqual({ id: 'Q-murati', name: 'Mira Murati' });
    await review(quote.id, { action: 'reset' });
  });

  it('reject, then reset: back to pending with the machine values, and every step kept in the history', async () => {
    const [quote] = (await eventsOf(fx.lee)).filter((e) => e.type === 'quote');
    await review(quote.id, { action: 'edit', changes: { date: '2025' } });
    const rej = await review(quote.id, { action: 'reject', note: 'not a quote about the appointment' });
    expect(rej.body.status).toBe('rejected');
    expect((await get('/api/events?status=rejected')).body.events.map((e: EventListing) => e.id)).toContain(quote.id);
    const reset = await review(quote.id, { action: 'reset' });
    expect(reset.body.status).toBe('pending');
    expect(reset.body.edited).toEqual([]);
    expect(reset.body.date).toBe(quote.date);
    expect(reset.body.machine).toEqual(quote.machine);
    const h = (await get(`/api/events/${quote.id}`)).body.history;
    expect(h.map((x: { action: string }) => x.action)).toEqual(['edit', 'reject', 'reset']);
  });

  it('stats follow the decisions', async () => {
    const s = (await get('/api/stats')).body;
    expect(s.eventsByStatus.accepted).toBeGreaterThanOrEqual(2);
    expect(s.eventsByStatus.pending + s.eventsByStatus.accepted + s.eventsByStatus.rejected + s.eventsByStatus.edited).toBe(s.events);
  });
});

describe('bad review requests', () => {
  let id: string;
  beforeAll(async () => {
    id = (await eventsOf(fx.murati)).find((e) => e.type === 'departure')!.id;
  });

  it('400 for bodies that are not a valid review', async () => {
    const before = (await get(`/api/events/${id}`)).body.history.length;
    expectError(await review(id, { action: 'approve' }), 400, /action/);
    expectError(await review(id, {}), 400, /action/);
    expectError(await review(id, []), 400);
    expectError(await review(id, 'accept'), 400);
    expectError(await review(id, { action: 'edit' }), 400, /changes/);
    expectError(await review(id, { action: 'accept', changes: { date: '2024' } }), 400, /changes/);
    expectError(await review(id, { action: 'edit', changes: {} }), 400, /change at least one/);
    expectError(await review(id, { action: 'edit', changes: { date: 'last May' } }), 400, /YYYY/);
    expectError(await review(id, { action: 'edit', changes: { salary: 1 } }), 400, /salary/);
    expectError(await review(id, { action: 'edit', changes: { role: { text: 'CEO' } } }), 400, /role/);
    expectError(await review(id, { action: 'accept', extra: true }), 400, /extra/);
    expectError(await review(id, { action: 'accept', note: 'x'.repeat(3000) }), 400, /note/);
    expectError(await review(id, { action: 'edit', changes: { person: 'nobody-at-all' } }), 400, /not a known entity/);
    expectError(await review(id, { action: 'edit', changes: { org: 'Q-murati' } }), 400, /not a org|person/);
    expectError(await post(`/api/events/${id}/review`, undefined, { raw: '{"action": "accept"' }), 400, /not valid JSON/);
    expectError(await post(`/api/events/${id}/review`, undefined, { raw: '' }), 400, /empty/);
    expect((await get(`/api/events/${id}`)).body.history).toHaveLength(before);
  });

  it('415 unless the body is JSON, 413 when it is too large', async () => {
    expectError(await post(`/api/events/${id}/review`, undefined, { raw: 'action=accept', contentType: 'application/x-www-form-urlencoded' }), 415, /JSON/);
    expectError(await post(`/api/events/${id}/review`, undefined, { raw: '{"action":"accept"}', contentType: 'text/plain' }), 415);
    const ok = await post(`/api/events/${id}/review`, undefined, { raw: '{"action":"reset"}', contentType: 'application/json; charset=utf-8' });
    expect(ok.status).toBe(200);
    expectError(await review(id, { action: 'accept', note: 'x'.repeat(100_000) }), 413, /larger/);
  });

  it('403 without the token, with a wrong one, or from another origin; nothing is recorded', async () => {
    const before = (await get(`/api/events/${id}`)).body.history.length;
    expectError(await post(`/api/events/${id}/review`, { action: 'accept' }, { token: false }), 403, /token/i);
    expectError(await post(`/api/events/${id}/review`, { action: 'accept' }, { token: 'x'.repeat(fx.token.length) }), 403, /token/i);
    expectError(await post(`/api/events/${id}/review`, { action: 'accept' }, { token: fx.token.slice(1) }), 403, /token/i);
    expectError(await post('/api/proposals/1', { decision: 'accepted' }, { token: false }), 403, /token/i);
    expectError(await post(`/api/events/${id}/review`, { action: 'accept' }, { headers: { Origin: 'https://evil.example' } }), 403, /evil\.example/);
    expect((await get(`/api/events/${id}`)).body.history).toHaveLength(before);
  });

  it('403 for a Host header that is not this machine (DNS rebinding)', async () => {
    const status = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: fx.server.port, path: '/api/stats', headers: { Host: `evil.example:${fx.server.port}` } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status.status).toBe(403);
    expect(JSON.parse(status.body).error).toMatch(/Host/);
    expect((await call(fx, 'GET', '/api/stats', undefined, { headers: {} })).status).toBe(200);
  });
});

describe('unknown ids and paths', () => {
  it('404 with JSON for unknown events, articles, proposals and paths', async () => {
    expectError(await get('/api/events/no-such-event'), 404, /no-such-event/);
    expectError(await review('no-such-event', { action: 'accept' }), 404, /no-such-event/);
    expectError(await review('no-such-event', { action: 'nonsense' }), 404);
    expectError(await get('/api/articles/no-such-article'), 404, /article/);
    expectError(await post('/api/proposals/999999', { decision: 'accepted' }), 404, /proposal/);
    expectError(await post('/api/proposals/abc', { decision: 'accepted' }), 404, /proposal/);
    expectError(await get('/api/nothing-here'), 404);
    expectError(await get('/no-page-here'), 404);
    expectError(await get('/api/events/%E0%A4%A'), 400, /encoding/);
  });

  it('405 for a method a path does not take', async () => {
    expectError(await call(fx, 'DELETE', '/api/events'), 405);
    expectError(await call(fx, 'POST', '/api/stats', {}), 405);
    expectError(await call(fx, 'POST', '/', {}), 405);
  });
});

describe('alias proposals', () => {
  it('lists by status, accepts and rejects, and refuses bad decisions', async () => {
    const open = (await get('/api/proposals?status=proposed')).body.proposals;
    const p = open.find((x: { alias: string }) => x.alias === '穆拉提');
    expect(p).toMatchObject({ entityId: 'Q-murati', entityName: 'Mira Murati', lang: 'zh', status: 'proposed', articleId: fx.murati });
    expect(p.evidence.text).toBe('穆拉提');

    expectError(await post(`/api/proposals/${p.id}`, { decision: 'maybe' }), 400, /decision/);
    expectError(await post(`/api/proposals/${p.id}`, {}), 400, /decision/);

    const acc = await post(`/api/proposals/${p.id}`, { decision: 'accepted' });
    expect(acc.status, acc.text).toBe(200);
    expect(acc.body).toMatchObject({ id: p.id, status: 'accepted' });
    expect(acc.body.decidedAt).toEqual(expect.any(String));
    expect((await get('/api/proposals?status=accepted')).body.proposals.map((x: { id: number }) => x.id)).toContain(p.id);
    expect((await get('/api/proposals?status=proposed')).body.proposals.map((x: { id: number }) => x.id)).not.toContain(p.id);

    const lee = open.find((x: { alias: string }) => x.alias === 'D. Lee');
    const rej = await post(`/api/proposals/${lee.id}`, { decision: 'rejected' });
    expect(rej.body.status).toBe('rejected');
    const all = (await get('/api/proposals?status=all')).body.proposals;
    expect(all.length).toBe(open.length);
    expect((await get('/api/stats')).body.proposalsByStatus).toMatchObject({ accepted: 1, rejected: 1 });
    expectError(await get('/api/proposals?status=maybe'), 400, /status/);
  });
});
