// Issue: a Chinese and an English report of the same change give one entity per person and
// organisation in the database, with the same ids in both articles' exports.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocument, type ExportArticle } from '../../src/export/schema.js';
import { ROOT, runCli, tmpDirs } from './helpers.js';

const tempDir = tmpDirs();

interface Gold {
  published: string;
  entities: { canonical: string; type: string }[];
}

/** Writes NAME.json records ({text, published}) for gold pairs into a folder, as the eval does. */
function records(dir: string, pairs: [string, string][]): void {
  for (const [folder, name] of pairs) {
    const gold = JSON.parse(readFileSync(path.join(folder, `${name}.gold.json`), 'utf8')) as Gold;
    writeFileSync(path.join(dir, `${name}.json`), JSON.stringify({ text: readFileSync(path.join(folder, `${name}.txt`), 'utf8'), published: gold.published }));
  }
}

function exported(db: string): ExportArticle[] {
  const r = runCli(['export', '--db', db]);
  expect(r.code, r.err).toBe(0);
  return exportDocument.parse(JSON.parse(r.out)).articles;
}

/** Canonical name → the set of entity ids the export gives it, over all articles. */
function idsByName(articles: ExportArticle[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of articles) for (const e of a.entities) out.set(e.name, (out.get(e.name) ?? new Set()).add(e.id));
  return out;
}

describe('a Chinese and an English report of the same change', () => {
  it('share entity ids for every person and organisation both name (fixture pair)', () => {
    const dir = tempDir();
    records(dir, [
      [path.join(ROOT, 'fixtures/gold/zh'), 'openai-schulman-brockman.zh'],
      [path.join(ROOT, 'fixtures/gold/en'), 'openai-leadership-pair.en'],
    ]);
    const db = path.join(dir, 'pair.db');
    expect(runCli(['ingest', dir, '--db', db, '--quiet']).code).toBe(0);
    const articles = exported(db);
    expect(articles).toHaveLength(2);
    const [zh, en] = ['zh', 'en'].map((l) => articles.find((a) => a.lang === l)!);
    const zhIds = new Map(zh.entities.map((e) => [e.id, e.name]));
    const shared = en.entities.filter((e) => zhIds.has(e.id)).map((e) => e.name);
    // The people of the story appear in both, under one id each.
    for (const name of ['John Schulman', 'Greg Brockman', 'Sam Altman', 'OpenAI', 'Anthropic']) expect(shared).toContain(name);
    for (const [name, ids] of idsByName(articles)) expect(ids.size, `${name} has ${ids.size} ids`).toBe(1);
  });

  const shared = path.join(ROOT, '..', 'shared', 'eval');
  it.skipIf(!existsSync(shared))('ingesting ../shared/eval/dev and dev-en into one database gives each person of both articles one entity (needs ../shared/eval)', () => {
    const dir = tempDir();
    records(dir, [
      [path.join(shared, 'dev'), 'openai-departures.zh'],
      [path.join(shared, 'dev-en'), 'openai-departures.en'],
    ]);
    const db = path.join(dir, 'dev.db');
    expect(runCli(['ingest', dir, '--db', db, '--quiet']).code).toBe(0);
    const articles = exported(db);
    const byName = idsByName(articles);
    const people = new Set<string>();
    for (const [folder, name] of [['dev', 'openai-departures.zh'], ['dev-en', 'openai-departures.en']]) {
      const gold = JSON.parse(readFileSync(path.join(shared, folder, `${name}.gold.json`), 'utf8')) as Gold;
      for (const e of gold.entities) if (e.type === 'person') people.add(e.canonical);
    }
    for (const person of people) expect(byName.get(person)?.size, `${person}: ${[...(byName.get(person) ?? [])].join(', ')}`).toBe(1);
    // And the two articles really share them: the people of the story carry the same id in both.
    const [zh, en] = ['zh', 'en'].map((l) => new Set(articles.find((a) => a.lang === l)!.entities.map((e) => e.name)));
    for (const name of ['Mira Murati', 'Sam Altman', 'Bob McGrew', 'Barret Zoph', 'Mark Chen', 'Jakub Pachocki', 'OpenAI']) {
      expect(zh.has(name) && en.has(name), name).toBe(true);
    }
  });
});
