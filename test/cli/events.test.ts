// Review from the command line on a small database: events list / accept / reject / edit / history,
// the decisions in the export (and `export --status`), and reprocess keeping every decision.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportArticle, ExportEvent } from '../../src/export/index.js';
import { exportDocument } from '../../src/export/index.js';
import { ingestedDbCopies, runMain, runMainOk, tmpDirs } from '../e2e/helpers.js';

const tmp = tmpDirs();
// One departure, one promotion and one quote.
const ARTICLE = {
  text: 'OpenAI首席技术官米拉·穆拉蒂9月25日宣布离职。马克·陈将升任研究高级副总裁。萨姆·奥特曼表示：“我们会想念她。”',
  published: '2024-09-26',
};

const freshDb = ingestedDbCopies(tmp, (dir) => {
  const file = path.join(dir, 'openai.json');
  writeFileSync(file, JSON.stringify(ARTICLE));
  return file;
});
const ok = runMainOk;

interface Listed {
  id: string;
  type: string;
  status: string;
  person: { name: string };
  evidence: { text: string };
}

const list = async (db: string, ...more: string[]): Promise<Listed[]> => JSON.parse(await ok(['events', 'list', '--db', db, '--json', ...more]));
const idOf = async (db: string, type: string): Promise<string> => (await list(db)).find((e) => e.type === type)!.id;

async function exported(db: string, ...more: string[]): Promise<ExportArticle> {
  const out = path.join(tmp(), 'export.json');
  await ok(['export', '--db', db, '--out', out, ...more]);
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  expect(exportDocument.safeParse(doc).success).toBe(true);
  expect(doc.articles).toHaveLength(1);
  return doc.articles[0];
}
const eventIn = (a: ExportArticle, id: string): ExportEvent | undefined => a.events.find((e) => e.id === id);

describe('newsanno events', () => {
  it('list --json shows the extracted events, all pending, with their evidence', async () => {
    const db = freshDb();
    const events = await list(db);
    expect(events.map((e) => [e.type, e.person.name, e.status])).toEqual([
      ['departure', 'Mira Murati', 'pending'],
      ['promotion', 'Mark Chen', 'pending'],
      ['quote', 'Sam Altman', 'pending'],
    ]);
    for (const e of events) expect(ARTICLE.text).toContain(e.evidence.text);
    expect(await list(db, '--status', 'accepted')).toEqual([]);
    expect((await list(db, '--type', 'quote')).map((e) => e.type)).toEqual(['quote']);
  });

  it('list without --json prints one event per entry with its id and source', async () => {
    const db = freshDb();
    const id = await idOf(db, 'departure');
    const text = await ok(['events', 'list', '--db', db]);
    expect(text).toMatch(new RegExp(`^${id}  pending  departure   Mira Murati`, 'm'));
    expect(text).toContain('openai.json: «');
  });

  it('accept: the event is accepted in the list and in the export; the others stay pending', async () => {
    const db = freshDb();
    const id = await idOf(db, 'departure');
    expect(await ok(['events', 'accept', id, '--db', db, '--reviewer', 'ana'])).toContain(`${id}  accepted`);
    expect((await list(db, '--status', 'accepted')).map((e) => e.id)).toEqual([id]);
    const a = await exported(db);
    expect(eventIn(a, id)?.status).toBe('accepted');
    expect(a.events.filter((e) => e.id !== id).map((e) => e.status)).toEqual(['pending', 'pending']);
  });

  it('export --status accepted keeps only the accepted events; --status pending only the others', async () => {
    const db = freshDb();
    const id = await idOf(db, 'promotion');
    await ok(['events', 'accept', id, '--db', db]);
    expect((await exported(db, '--status', 'accepted')).events.map((e) => e.id)).toEqual([id]);
    const pending = (await exported(db, '--status', 'pending')).events;
    expect(pending.map((e) => e.type)).toEqual(['departure', 'quote']);
    // Filtering events keeps the article and its entities.
    expect((await exported(db, '--status', 'rejected')).entities.length).toBeGreaterThan(0);
  });

  it('reject: the event stays stored, with status rejected', async () => {
    const db = freshDb();
    const id = await idOf(db, 'quote');
    await ok(['events', 'reject', id, '--db', db, '--note', 'not a quote about a change']);
    expect(eventIn(await exported(db), id)?.status).toBe('rejected');
    expect(await list(db)).toHaveLength(3);
  });

  it('edit: the edited fields appear in the export with status edited; the event keeps its id', async () => {
    const db = freshDb();
    const id = await idOf(db, 'promotion');
    await ok(['events', 'edit', id, '--db', db, '--type', 'appointment', '--role', '首席研究官', '--role-en', 'Chief Research Officer', '--date', '2024-09']);
    expect(eventIn(await exported(db), id)).toMatchObject({
      status: 'edited',
      type: 'appointment',
      person: { name: 'Mark Chen' },
      role: { text: '首席研究官', en: 'Chief Research Officer' },
      date: '2024-09',
    });
  });

  it('history lists the accept and then the edit, with the machine values', async () => {
    const db = freshDb();
    const id = await idOf(db, 'departure');
    await ok(['events', 'accept', id, '--db', db, '--reviewer', 'ana']);
    await ok(['events', 'edit', id, '--db', db, '--date', '2024-09', '--reviewer', 'bo', '--note', 'month only']);
    const { event, history } = JSON.parse(await ok(['events', 'history', id, '--db', db, '--json']));
    expect(history.map((r: { action: string; reviewer: string }) => [r.action, r.reviewer])).toEqual([
      ['accept', 'ana'],
      ['edit', 'bo'],
    ]);
    expect(history[1].changes).toEqual({ date: '2024-09' });
    expect(event.machine.date).toBe('2024-09-25');
    expect(event.date).toBe('2024-09');
    const text = await ok(['events', 'history', id, '--db', db]);
    expect(text).toMatch(/machine: .*2024-09-25/);
    expect(text).toMatch(/ accept by ana\n.* edit \{"date":"2024-09"\} by bo — month only/);
  });

  it('reprocess keeps every decision: accepted, rejected and edited events export as before', async () => {
    const db = freshDb();
    const [dep, pro, quote] = await Promise.all(['departure', 'promotion', 'quote'].map((t) => idOf(db, t)));
    await ok(['events', 'accept', dep, '--db', db]);
    await ok(['events', 'reject', quote, '--db', db]);
    await ok(['events', 'edit', pro, '--db', db, '--role', '首席研究官', '--role-en', 'Chief Research Officer']);
    const before = await exported(db);
    await ok(['reprocess', '--db', db, '--quiet']);
    const after = await exported(db);
    expect(after.events).toEqual(before.events);
    expect(eventIn(after, dep)?.status).toBe('accepted');
    expect(eventIn(after, quote)?.status).toBe('rejected');
    expect(eventIn(after, pro)).toMatchObject({ status: 'edited', role: { en: 'Chief Research Officer' } });
  });

  it('an unknown event id and an edit without changes are usage errors with a hint', async () => {
    const db = freshDb();
    const unknown = await runMain(['events', 'accept', 'no-such-event', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/no event "no-such-event".*newsanno events list/);
    const id = await idOf(db, 'departure');
    const empty = await runMain(['events', 'edit', id, '--db', db]);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/nothing to edit/);
    // Neither changed anything.
    expect((await list(db)).map((e) => e.status)).toEqual(['pending', 'pending', 'pending']);
  });
});
