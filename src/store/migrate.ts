// Brings a database up to the schema this version of newsanno knows, one recorded migration at a time.
import { NewsannoError } from '../core/errors.js';
import type { Migration } from './migrations.js';
import type { Db } from './statements.js';

const NAME = /^\d{3}_[a-z0-9_]+$/;

function checkList(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (!NAME.test(m.name) || (i > 0 && migrations[i - 1].name >= m.name))
      throw new NewsannoError(`migration ${JSON.stringify(m.name)} is misnamed or out of order`, {
        code: 'internal',
        hint: 'migrations are named NNN_what and listed in ascending order; this is a bug in newsanno',
      });
  });
}

const tableExists = (db: Db, name: string): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;

const hasTables = (db: Db): boolean =>
  db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1`).get() !== undefined;

/**
 * Applies the migrations not yet recorded, each in its own transaction, and returns their names.
 * Refuses a database that is not newsanno's, one written by a newer newsanno, and (read-only) one
 * that would need migrating.
 */
export function migrate(db: Db, migrations: readonly Migration[], file: string, readonly = false): string[] {
  checkList(migrations);
  if (!tableExists(db, 'migrations')) {
    if (hasTables(db))
      throw new NewsannoError('this SQLite database was not made by newsanno (it has no migrations table)', {
        code: 'store-foreign',
        file,
        hint: 'give --db a new file name or an existing newsanno database; newsanno will not add its tables to another database',
      });
    if (readonly)
      throw new NewsannoError('this database is empty', {
        code: 'store-empty',
        file,
        hint: 'ingest articles into it first: newsanno ingest PATH --db FILE',
      });
    db.exec(`CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  }

  const applied = new Set((db.prepare(`SELECT name FROM migrations`).pluck().all() as string[]));
  const known = new Set(migrations.map((m) => m.name));
  const unknown = [...applied].filter((n) => !known.has(n)).sort();
  if (unknown.length > 0)
    throw new NewsannoError(`this database was written by a newer newsanno (it has migration ${unknown.join(', ')})`, {
      code: 'store-too-new',
      file,
      hint: 'upgrade newsanno to open it, or use another --db file',
    });

  const pending = migrations.filter((m) => !applied.has(m.name));
  if (pending.length > 0 && readonly)
    throw new NewsannoError(`this database needs migration ${pending.map((m) => m.name).join(', ')}`, {
      code: 'store-needs-migration',
      file,
      hint: 'open it once without read-only mode (for example with newsanno reprocess --db FILE) to upgrade it',
    });

  const record = db.prepare(`INSERT INTO migrations (name, applied_at) VALUES (?, ?)`);
  const done = db.prepare(`SELECT 1 FROM migrations WHERE name = ?`);
  for (const m of pending) {
    try {
      // IMMEDIATE plus the re-check: when two processes open a new database at once, the second
      // waits for the first and then finds the migration already applied.
      db.transaction(() => {
        if (done.get(m.name)) return;
        if (typeof m.up === 'string') db.exec(m.up);
        else m.up(db);
        record.run(m.name, new Date().toISOString());
      }).immediate();
    } catch (err) {
      throw new NewsannoError(`migration ${m.name} failed: ${err instanceof Error ? err.message : String(err)}`, {
        code: 'store-migration-failed',
        file,
        hint: 'the database was left as it was before this migration; restore a backup or report the bug',
        cause: err,
      });
    }
  }
  return pending.map((m) => m.name);
}
