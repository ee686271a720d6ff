// Alias proposals from the command line: glosses learned at ingest (梅拉·慕莉(Mira Murati): a form too
// far from the dictionary's for the sound model to link it alone) are
// listed by `dict proposals`, accepted or rejected, and after `reprocess` an accepted alias links
// another article's mention of that form to the entity.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportArticle } from '../../src/export/index.js';
import { ingestedDbCopies, runMain, runMainOk, tmpDirs } from '../e2e/helpers.js';

const tmp = tmpDirs();

// A gloss teaches a new Chinese form of a known entity (Mira Murati) and of an unknown name
// (Sasha Ivanov); a second article uses each form alone, with no gloss.
const ARTICLES: Record<string, string> = {
  'murati-gloss.txt': 'OpenAI宣布，梅拉·慕莉(Mira Murati)将离开公司。',
  'murati-alone.txt': '梅拉·慕莉表示：“我想创造时间和空间来做自己的探索。”',
  'ivanov-gloss.txt': '某公司宣布，萨沙·伊万诺夫(Sasha Ivanov)出任首席财务官。',
  'ivanov-alone.txt': '萨沙·伊万诺夫表示：“我们会继续推进转型。”',
};

interface Proposal {
  id: number;
  alias: string;
  entityId: string;
  entityName: string;
  method: string;
  status: string;
  evidence: { text: string };
}

const freshDb = ingestedDbCopies(tmp, (dir) => {
  const inputs = path.join(dir, 'articles');
  mkdirSync(inputs);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(path.join(inputs, name), text);
  return inputs;
});
const ok = runMainOk;

const proposals = async (db: string, status = 'proposed,accepted,rejected'): Promise<Proposal[]> =>
  JSON.parse(await ok(['dict', 'proposals', '--db', db, '--status', status, '--json']));
const proposalFor = async (db: string, entityName: string): Promise<Proposal> => {
  const p = (await proposals(db)).find((x) => x.entityName === entityName);
  expect(p, `no proposal for ${entityName}`).toBeDefined();
  return p!;
};

/** The exported article from `file`, by a fresh export of the database. */
async function article(db: string, file: string): Promise<ExportArticle> {
  const out = path.join(tmp(), 'export.json');
  await ok(['export', '--db', db, '--out', out]);
  const found = JSON.parse(readFileSync(out, 'utf8')).articles.find((a: ExportArticle) => a.source.endsWith(file));
  expect(found, file).toBeDefined();
  return found;
}
/** The entity an article's mention of `form` belongs to. */
const entityOf = (a: ExportArticle, form: string) => a.entities.find((e) => e.mentions.some((m) => m.text.includes(form)));

/** `newsanno reprocess`: re-annotates with the accepted aliases (jieba reloads with them as words). */
async function reprocess(db: string): Promise<void> {
  const r = await runMain(['reprocess', '--db', db, '--quiet']);
  expect(r.code, r.err).toBe(0);
}

describe('newsanno dict proposals', () => {
  it('lists the forms learned from glosses at ingest, with their evidence', async () => {
    const db = freshDb();
    const murati = await proposalFor(db, 'Mira Murati');
    // Seen twice: by the gloss, and by sound in the other article (below the link threshold); the
    // best-scored sighting is kept.
    expect(murati).toMatchObject({ entityId: 'mira-murati', status: 'proposed' });
    expect(['gloss', 'phonetic']).toContain(murati.method);
    expect(murati.alias).toContain('慕莉');
    expect(murati.evidence.text).toContain('梅拉·慕莉');
    const ivanov = await proposalFor(db, 'Sasha Ivanov');
    expect(ivanov.alias).toContain('伊万诺夫');
    const text = await ok(['dict', 'proposals', '--db', db]);
    expect(text).toMatch(new RegExp(`^\\s*${murati.id}  proposed  ${murati.alias} → Mira Murati \\(mira-murati\\)  (gloss|phonetic)`, 'm'));
  });

  it('before any decision, the form alone is not linked to the entity', async () => {
    const db = freshDb();
    const alone = await article(db, 'murati-alone.txt');
    expect(entityOf(alone, '慕莉')?.id).not.toBe('mira-murati');
  });

  it('accept, then reprocess: the proposal is accepted and the form alone now resolves to the entity', async () => {
    const db = freshDb();
    const p = await proposalFor(db, 'Mira Murati');
    const r = await runMain(['dict', 'accept', String(p.id), '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${p.id}  accepted  ${p.alias} → Mira Murati`);
    expect(r.err).toContain('newsanno reprocess');
    expect((await proposals(db, 'accepted')).map((x) => x.id)).toEqual([p.id]);
    await reprocess(db);
    const alone = await article(db, 'murati-alone.txt');
    expect(entityOf(alone, '慕莉')).toMatchObject({ id: 'mira-murati', name: 'Mira Murati', resolved: true });
    // The quote's speaker follows the link.
    expect(alone.events.find((e) => e.type === 'quote')?.person).toEqual({ id: 'mira-murati', name: 'Mira Murati' });
  });

  it('reject: the proposal leaves the list of open proposals and is not among the accepted', async () => {
    const db = freshDb();
    const p = await proposalFor(db, 'Mira Murati');
    await ok(['dict', 'reject', String(p.id), '--db', db]);
    expect((await proposals(db, 'proposed')).map((x) => x.id)).not.toContain(p.id);
    expect((await proposals(db, 'rejected')).map((x) => [x.id, x.status])).toEqual([[p.id, 'rejected']]);
    expect(await proposals(db, 'accepted')).toEqual([]);
  });

  it('an accepted form of a name the dictionary does not know links the other article to that person after reprocess', async () => {
    const db = freshDb();
    const p = await proposalFor(db, 'Sasha Ivanov');
    await ok(['dict', 'accept', String(p.id), '--db', db]);
    await reprocess(db);
    const alone = await article(db, 'ivanov-alone.txt');
    expect(entityOf(alone, '伊万诺夫'), `after accepting ${p.alias} → Sasha Ivanov (${p.entityId})`).toMatchObject({ id: p.entityId, name: 'Sasha Ivanov' });
  });

  it('a proposal id that is not a number is a usage error', async () => {
    const r = await runMain(['dict', 'accept', 'abc', '--db', freshDb()]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/"abc" is not a proposal id.*newsanno dict proposals/);
  });
});
