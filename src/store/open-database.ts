// Opening the SQLite file: folders, pragmas, and a clear error for anything that is not our database.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { NewsannoError } from '../core/errors.js';
import { migrate } from './migrate.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { translateSqliteError } from './sqlite-errors.js';
import type { Db } from './statements.js';

export interface OpenOptions {
  readonly?: boolean;
  /** Tests only: the migrations to apply instead of newsanno's own. */
  migrations?: readonly Migration[];
}

const IN_MEMORY = ':memory:';

function checkPath(file: string, readonly: boolean): void {
  if (file === IN_MEMORY) return;
  if (existsSync(file)) {
    if (statSync(file).isDirectory())
      throw new NewsannoError('the database path is a folder', {
        code: 'store-cannot-open',
        file,
        hint: 'give --db a file name, for example news.db',
      });
    return;
  }
  if (readonly)
    throw new NewsannoError('no database at this path', {
      code: 'store-missing',
      file,
      hint: 'check the --db path, or create the database with newsanno ingest PATH --db FILE',
    });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
}

/** Opens (creating when allowed) and migrates the database; every failure is a NewsannoError. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const readonly = options.readonly ?? false;
  checkPath(file, readonly);
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly });
    // First, so every later step waits for another process's lock instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // WAL lets the review page read while an ingest writes; it is stored in the file, so a
    // read-only connection inherits it. NORMAL sync is safe under WAL and much faster than FULL.
    if (!readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    if (!readonly) db.pragma('synchronous = NORMAL');
    // The first real read: a file that is not SQLite fails here.
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    migrate(db, options.migrations ?? MIGRATIONS, file, readonly);
    return db;
  } catch (err) {
    db?.close();
    throw translateSqliteError(err, file);
  }
}
