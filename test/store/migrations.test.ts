import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { MIGRATIONS, openStore, type Migration } from '../../src/store/index.js';
import { openDatabase } from '../../src/store/open-database.js';
import { muratiArticle, RUN } from './fixture.js';
import { thrown, useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

const tables = (file: string): string[] => {
  const db = openDatabase(file, { readonly: true });
  try {
    return db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`).pluck().all() as string[];
  } finally {
    db.close();
  }
};

const applied = (file: string, migrations: readonly Migration[] = MIGRATIONS): Array<{ name: string; applied_at: string }> => {
  const db = openDatabase(file, { migrations });
  try {
    return db.prepare(`SELECT name, applied_at FROM migrations ORDER BY name`).all() as Array<{ name: string; applied_at: string }>;
  } finally {
    db.close();
  }
};

describe('opening and migrating', () => {
  it('creates the folder, the file and every table from nothing, with the pragmas set', () => {
    const file = path.join(tmp(), 'deep', 'er', 'news.db');
    const store = openStore(file);
    store.close();
    expect(existsSync(file)).toBe(true);
    expect(tables(file)).toEqual(
      expect.arrayContaining([
        'runs',
        'articles',
        'entities',
        'article_entities',
        'aliases',
        'mentions',
        'events',
        'reviews',
        'alias_proposals',
        'alias_proposal_sightings',
        'migrations',
      ]),
    );
    expect(applied(file).map((m) => m.name)).toEqual(['001_initial']);
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });

  it('re-opening applies nothing again and keeps the data', () => {
    const file = path.join(tmp(), 'news.db');
    const store = openStore(file);
    store.saveArticle(muratiArticle(), store.startRun(RUN), 'ingest');
    store.close();
    const before = applied(file);
    const again = openStore(file);
    expect(again.countArticles()).toBe(1);
    again.close();
    expect(applied(file)).toEqual(before);
  });

  it('applies only a missing later migration, and an older newsanno then refuses the newer database', () => {
    const file = path.join(tmp(), 'news.db');
    openStore(file).close();
    const second = { name: '002_article_notes', up: 'ALTER TABLE articles ADD COLUMN note TEXT' };
    const db = openDatabase(file, { migrations: [...MIGRATIONS, second] });
    expect(db.prepare(`SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'note'`).pluck().get()).toBe(1);
    db.close();
    expect(applied(file, [...MIGRATIONS, second]).map((m) => m.name)).toEqual(['001_initial', '002_article_notes']);
    // Re-opening with the same list is a no-op (running the ALTER twice would fail).
    openDatabase(file, { migrations: [...MIGRATIONS, second] }).close();

    const err = thrown(() => openStore(file));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('store-too-new');
    expect(err.message).toContain('002_article_notes');
    expect(err.hint).toMatch(/upgrade newsanno/);
  });

  it('runs each migration in a transaction: a failing one leaves no trace', () => {
    const file = path.join(tmp(), 'news.db');
    openStore(file).close();
    const broken = { name: '002_broken', up: 'CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);' };
    const err = thrown(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] }));
    expect(err.code).toBe('store-migration-failed');
    expect(err.message).toContain('002_broken');
    expect(tables(file)).not.toContain('half_done');
    expect(applied(file).map((m) => m.name)).toEqual(['001_initial']);
  });

  it('refuses a file that is not SQLite with a clear error, not a stack trace', () => {
    const file = path.join(tmp(), 'notes.db');
    writeFileSync(file, 'These are my notes, not a database. '.repeat(40));
    const err = thrown(() => openStore(file));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('store-not-sqlite');
    expect(err.options.file).toBe(file);
    expect(err.hint).toBeTruthy();
  });

  it('refuses to add its tables to somebody else’s SQLite database', () => {
    const file = path.join(tmp(), 'other.db');
    const db = openDatabase(file, { migrations: [] });
    db.exec('DROP TABLE migrations; CREATE TABLE customers (id INTEGER PRIMARY KEY)');
    db.close();
    const err = thrown(() => openStore(file));
    expect(err.code).toBe('store-foreign');
  });

  it('read-only: a missing file is an error with a hint; an existing database opens and refuses writes', () => {
    const dir = tmp();
    const missing = path.join(dir, 'missing.db');
    const err = thrown(() => openStore(missing, { readonly: true }));
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('store-missing');
    expect(err.hint).toMatch(/ingest/);
    expect(existsSync(missing)).toBe(false);

    const file = path.join(dir, 'news.db');
    const writer = openStore(file);
    writer.saveArticle(muratiArticle(), writer.startRun(RUN), 'ingest');
    writer.close();
    const reader = openStore(file, { readonly: true });
    expect(reader.countArticles()).toBe(1);
    expect(thrown(() => reader.startRun(RUN)).code).toBe('store-readonly');
    reader.close();
  });

  it('two connections to one file (an ingest and the review page) see each other’s writes', () => {
    const file = path.join(tmp(), 'news.db');
    const ingest = openStore(file);
    const review = openStore(file);
    ingest.saveArticle(muratiArticle(), ingest.startRun(RUN), 'ingest');
    const [event] = review.listEvents();
    review.review(event.id, 'accept');
    expect(ingest.getEvent(event.id)?.status).toBe('accepted');
    ingest.close();
    review.close();
  });

  it('works in memory (no file) for one-off use', () => {
    const store = openStore(':memory:');
    store.saveArticle(muratiArticle(), store.startRun(RUN), 'ingest');
    expect(store.countArticles()).toBe(1);
    store.close();
  });

  it('a path that is a folder is a clear error', () => {
    const err = thrown(() => openStore(tmp()));
    expect(err.code).toBe('store-cannot-open');
  });
});
