// Prepared statements compiled once per connection and reused: preparing is the costly part of a query.
import type Database from 'better-sqlite3';

export type Db = Database.Database;
export type Row = Record<string, unknown>;

export class Statements {
  readonly #cache = new Map<string, Database.Statement>();
  // One wrapper for every transaction: better-sqlite3 builds four variants per db.transaction() call.
  readonly #tx: Database.Transaction<(fn: () => unknown) => unknown>;
  constructor(readonly db: Db) {
    this.#tx = db.transaction((fn: () => unknown) => fn());
  }

  /** The prepared statement for `sql`, compiled on first use. */
  get(sql: string): Database.Statement {
    let stmt = this.#cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.#cache.set(sql, stmt);
    }
    return stmt;
  }

  run(sql: string, params: object | unknown[] = []): Database.RunResult {
    return Array.isArray(params) ? this.get(sql).run(...params) : this.get(sql).run(params);
  }

  one<T = Row>(sql: string, params: object | unknown[] = []): T | undefined {
    return (Array.isArray(params) ? this.get(sql).get(...params) : this.get(sql).get(params)) as T | undefined;
  }

  all<T = Row>(sql: string, params: object | unknown[] = []): T[] {
    return (Array.isArray(params) ? this.get(sql).all(...params) : this.get(sql).all(params)) as T[];
  }

  /**
   * Runs `fn` in a transaction (a savepoint when already inside one). IMMEDIATE takes the write lock
   * up front, so a second writing process waits (busy_timeout) instead of failing on lock upgrade.
   */
  transaction<T>(fn: () => T): T {
    return this.#tx.immediate(fn) as T;
  }
}
