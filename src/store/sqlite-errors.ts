// SQLite failures turned into errors a user can act on: which database, what happened, what to do.
import { NewsannoError } from '../core/errors.js';

interface SqliteLikeError {
  code: string;
  message: string;
}

const isSqliteError = (err: unknown): err is SqliteLikeError => {
  const code = err instanceof Error ? (err as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
};

/** What each SQLite result code means for a newsanno user. */
function describe(code: string): { code: string; message: string; hint: string } {
  if (code === 'SQLITE_NOTADB')
    return {
      code: 'store-not-sqlite',
      message: 'this file is not a SQLite database',
      hint: 'give --db a new file name or an existing newsanno database',
    };
  if (code.startsWith('SQLITE_CORRUPT'))
    return {
      code: 'store-corrupt',
      message: 'the database file is damaged',
      hint: 'restore it from a backup, or re-ingest the articles into a new database',
    };
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return {
      code: 'store-busy',
      message: 'the database stayed locked by another process for 5 seconds',
      hint: 'wait for the other newsanno command writing to it to finish, then run this again',
    };
  if (code.startsWith('SQLITE_READONLY'))
    return {
      code: 'store-readonly',
      message: 'the database cannot be written',
      hint: 'check the permissions of the file and its folder, or open it without --readonly',
    };
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH'))
    return {
      code: 'store-cannot-open',
      message: 'the database file cannot be opened',
      hint: 'check that the path is a file (not a folder) and that you may read and write it and its folder',
    };
  if (code === 'SQLITE_FULL')
    return { code: 'store-disk-full', message: 'the disk is full', hint: 'free some space and run this again' };
  if (code.startsWith('SQLITE_IOERR'))
    return { code: 'store-io', message: 'reading or writing the database failed', hint: 'check the disk and the file system' };
  if (code.startsWith('SQLITE_CONSTRAINT'))
    return {
      code: 'store-constraint',
      message: 'the database refused inconsistent data',
      hint: 'this is a bug in newsanno; please report it with the input file',
    };
  return { code: 'store-error', message: 'the database reported an error', hint: 'this may be a bug in newsanno; please report it' };
}

/** Rethrows SQLite errors as NewsannoError naming the file; anything else passes through unchanged. */
export function translateSqliteError(err: unknown, file: string): unknown {
  if (!isSqliteError(err)) return err;
  const d = describe(err.code);
  return new NewsannoError(`${d.message} (${err.code}: ${err.message})`, { code: d.code, file, hint: d.hint, cause: err });
}

/** Runs `fn`, translating SQLite errors. */
export function guarded<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw translateSqliteError(err, file);
  }
}
