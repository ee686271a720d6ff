// The page script driven in a DOM without a browser (linkedom): it loads the queue from the API,
// shows the evidence highlighted inside the article by offsets, escapes every text, and its buttons
// and keyboard shortcuts record decisions through the API (with the token from the page).
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventListing } from '../../src/store/index.js';
import { call, startFixture, type Fixture } from './helpers.js';

let fx: Fixture;
let document: any;
let window: any;
const requests: Array<{ method: string; url: string; token: string | null }> = [];

const $ = (id: string) => document.getElementById(id);
const queueItems = (): any[] => [...$('queue').children].filter((li: any) => li.getAttribute('data-id'));
const selectedId = () => queueItems().find((li) => li.getAttribute('aria-selected') === 'true')?.getAttribute('data-id');
const eventById = async (id: string): Promise<EventListing> => (await call(fx, 'GET', `/api/events/${id}`)).body.event;
const historyOf = async (id: string) => (await call(fx, 'GET', `/api/events/${id}`)).body.history as Array<{ action: string; changes: unknown }>;

function key(k: string): void {
  const e = new window.Event('keydown', { bubbles: true, cancelable: true });
  e.key = k;
  document.dispatchEvent(e);
}

beforeAll(async () => {
  fx = await startFixture({ ingestExamples: false });
  const html = (await call(fx, 'GET', '/')).text;
  ({ document, window } = parseHTML(html));
  const script = (await call(fx, 'GET', '/assets/review.js')).text;
  // The page's fetch: relative URLs against the server, recording what was sent.
  const pageFetch = (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    requests.push({ method: init.method ?? 'GET', url, token: headers.get('X-Newsanno-Token') });
    return fetch(fx.base + url, init);
  };
  new Function('document', 'window', 'fetch', script)(document, window, pageFetch);
  await vi.waitFor(() => {
    if (queueItems().length !== 4) throw new Error(`the queue shows ${queueItems().length} events, not 4`);
  });
});
afterAll(async () => {
  await fx?.close();
});

describe('the review page script (DOM, no browser)', () => {
  it('shows the pending queue with type, person, org, role, date, confidence and rule', () => {
    const text = queueItems().map((li) => li.textContent);
    const dep = text.find((t) => t.includes('departure'))!;
    expect(dep).toContain('Mira Murati');
    expect(dep).toContain('@ OpenAI');
    expect(dep).toContain('首席技术官 (Chief Technology Officer)');
    expect(dep).toContain('2024-09');
    expect(dep).toContain('confidence 0.91');
    expect(dep).toContain('test.departure');
    expect($('stats').textContent).toMatch(/4 pending/);
  });

  it('highlights the evidence inside the article text by offsets, and escapes every text', async () => {
    // Select the English appointment (its article title holds HTML-like text).
    const i = queueItems().findIndex((li) => li.textContent.includes('appointment'));
    queueItems()[i].click();
    const ev: EventListing = await eventById(queueItems()[i].getAttribute('data-id'));
    await expect.poll(() => document.querySelector('#detail .article-text') !== null).toBe(true);
    const box = document.querySelector('#detail .article-text');
    const article = (await call(fx, 'GET', `/api/articles/${ev.articleId}`)).body.article;
    expect(box.textContent).toBe(article.text);
    const marked = [...box.querySelectorAll('.hl-evidence')].map((s: any) => s.textContent).join('');
    expect(marked).toBe(ev.evidence.text);
    expect([...box.querySelectorAll('.hl-date')].map((s: any) => s.textContent).join('')).toBe('March 3');
    expect([...box.querySelectorAll('.hl-person')].map((s: any) => s.textContent)).toEqual(['Dana Lee', 'Lee', 'Lee']);
    // The evidence block above the article: the sentence alone, with the same marks.
    const sentence = document.querySelector('#detail .evidence .ev');
    expect(sentence.textContent).toBe(ev.evidence.text);
    expect(sentence.querySelector('.hl-person').textContent).toBe('Dana Lee');
    // The title is shown as text: no element was made from it.
    expect(document.querySelector('#detail .article h3').textContent).toBe(article.title);
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(document.querySelectorAll('#detail .article b').length).toBe(0);
  });

  it('works on Chinese articles: the quote, the person and the date are marked by their offsets', async () => {
    const i = queueItems().findIndex((li) => li.textContent.includes('departure'));
    queueItems()[i].click();
    await expect.poll(() => document.querySelector('#detail .article-text .hl-date')?.textContent).toBe('今年9月');
    const box = document.querySelector('#detail .article-text');
    expect(box.getAttribute('lang')).toBe('zh');
    expect([...box.querySelectorAll('.hl-person')].map((s: any) => s.textContent)).toEqual(['米拉·穆拉蒂', '穆拉提', '穆拉提']);
    expect([...box.querySelectorAll('.hl-evidence')].map((s: any) => s.textContent).join('')).toBe('OpenAI首席技术官米拉·穆拉蒂今年9月宣布离职' + '奥特曼称穆拉提的离职');
    const q = queueItems().findIndex((li) => li.textContent.includes('quote') && li.textContent.includes('Mira Murati'));
    queueItems()[q].click();
    await expect.poll(() => document.querySelector('#detail .article-text .hl-quote')?.textContent).toBe('我想为自己的探索创造时间和空间。');
    expect(document.querySelector('#detail .evidence .ev').textContent).toBe('穆拉提表示：“我想为自己的探索创造时间和空间。”');
  });

  it('Accept records the decision with the token, updates the row and moves to the next event', async () => {
    const i = queueItems().findIndex((li) => li.textContent.includes('departure'));
    queueItems()[i].click();
    const id = selectedId();
    $('reviewer').value = 'ui-tester';
    await expect.poll(() => $('do-accept') !== null).toBe(true);
    $('do-accept').click();
    await expect.poll(async () => (await eventById(id)).status).toBe('accepted');
    const post = requests.find((r) => r.method === 'POST' && r.url.includes(id));
    expect(post?.token).toBe(fx.token);
    expect((await eventById(id)).lastReview?.reviewer).toBe('ui-tester');
    await expect.poll(() => queueItems()[i].querySelector('.badge').textContent).toBe('accepted');
    if (i + 1 < queueItems().length) expect(selectedId()).toBe(queueItems()[i + 1].getAttribute('data-id'));
  });

  it('keyboard: j and k move, r rejects, u resets', async () => {
    queueItems()[0].click();
    key('j');
    expect(selectedId()).toBe(queueItems()[1].getAttribute('data-id'));
    key('k');
    expect(selectedId()).toBe(queueItems()[0].getAttribute('data-id'));
    key('k');
    expect(selectedId()).toBe(queueItems()[0].getAttribute('data-id'));
    const id = selectedId();
    key('r');
    await expect.poll(async () => (await eventById(id)).status).toBe('rejected');
    queueItems()[0].click();
    await expect.poll(() => $('do-reset') !== null).toBe(true);
    key('u');
    await expect.poll(async () => (await eventById(id)).status).toBe('pending');
    expect((await historyOf(id)).map((h) => h.action)).toEqual(['reject', 'reset']);
  });

  it('e opens the edit form; saving sends only the changed fields and the machine values stay', async () => {
    const i = queueItems().findIndex((li) => li.textContent.includes('appointment'));
    queueItems()[i].click();
    const id = selectedId();
    key('e');
    expect($('edit-form')).not.toBeNull();
    // While typing in the form, shortcuts are off.
    $('e-role').value = 'CTO';
    $('e-role-en').value = 'Chief Technology Officer';
    $('e-date').value = '2025-03';
    $('edit-form').dispatchEvent(new window.Event('submit', { cancelable: true }));
    await expect.poll(async () => (await eventById(id)).status).toBe('edited');
    const ev = await eventById(id);
    expect(ev.role).toEqual({ text: 'CTO', en: 'Chief Technology Officer' });
    expect(ev.date).toBe('2025-03');
    expect(ev.machine.role).toEqual({ text: 'chief technology officer', en: 'Chief Technology Officer' });
    expect((await historyOf(id)).at(-1)!.changes).toEqual({ role: { text: 'CTO', en: 'Chief Technology Officer' }, date: '2025-03' });
    await expect.poll(() => document.querySelector('#detail td.changed[data-field="role"]')?.textContent).toMatch(/^CTO.*machine: chief technology officer/);
  });

  it('the edit form finds another person through the entity search', async () => {
    const i = queueItems().findIndex((li) => li.textContent.includes('quote') && li.textContent.includes('Mira Murati'));
    queueItems()[i].click();
    const id = selectedId();
    key('e');
    const search = $('e-person-search');
    search.value = '奥特曼';
    search.dispatchEvent(new window.Event('input'));
    await expect.poll(() => document.querySelector('#edit-form [data-entity="Q-altman"]') !== null, { timeout: 5000 }).toBe(true);
    document.querySelector('#edit-form [data-entity="Q-altman"]').click();
    $('edit-form').dispatchEvent(new window.Event('submit', { cancelable: true }));
    await expect.poll(async () => (await eventById(id)).person.id).toBe('Q-altman');
    expect((await historyOf(id)).at(-1)!.changes).toEqual({ person: 'Q-altman' });
  });

  it('the proposals tab lists alias proposals and Accept decides one', async () => {
    $('tab-proposals').click();
    expect($('proposals-view').hidden).toBe(false);
    await expect.poll(() => $('p-queue').querySelectorAll('li[data-id]').length).toBe(2);
    const first = $('p-queue').querySelector('li[data-id]');
    const pid = Number(first.getAttribute('data-id'));
    await expect.poll(() => $('p-accept') !== null).toBe(true);
    $('p-accept').click();
    await expect.poll(async () => (await call(fx, 'GET', '/api/proposals?status=accepted')).body.proposals.map((p: { id: number }) => p.id)).toContain(pid);
    key('1');
    expect($('events-view').hidden).toBe(false);
  });
});
