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

interface Meaning {
  code: string;
  message: string;
  hint: string;
}

/** What each SQLite result code means for a newsanno user, by code prefix (extended codes share their base's). */
const MEANINGS: Array<[prefixes: string[], meaning: Meaning]> = [
  [['SQLITE_NOTADB'], { code: 'store-not-sqlite', message: 'this file is not a SQLite database', hint: 'give --db a new file name or an existing newsanno database' }],
  [['SQLITE_CORRUPT'], { code: 'store-corrupt', message: 'the database file is damaged', hint: 'restore it from a backup, or re-ingest the articles into a new database' }],
  [
    ['SQLITE_BUSY', 'SQLITE_LOCKED'],
    {
      code: 'store-busy',
      message: 'the database stayed locked by another process for 5 seconds',
      hint: 'wait for the other newsanno command writing to it to finish, then run this again',
    },
  ],
  [['SQLITE_READONLY'], { code: 'store-readonly', message: 'the database cannot be written', hint: 'check the permissions of the file and its folder, or open it without --readonly' }],
  [
    ['SQLITE_CANTOPEN', 'SQLITE_PERM', 'SQLITE_AUTH'],
    {
      code: 'store-cannot-open',
      message: 'the database file cannot be opened',
      hint: 'check that the path is a file (not a folder) and that you may read and write it and its folder',
    },
  ],
  [['SQLITE_FULL'], { code: 'store-disk-full', message: 'the disk is full', hint: 'free some space and run this again' }],
  [['SQLITE_IOERR'], { code: 'store-io', message: 'reading or writing the database failed', hint: 'check the disk and the file system' }],
  [['SQLITE_CONSTRAINT'], { code: 'store-constraint', message: 'the database refused inconsistent data', hint: 'this is a bug in newsanno; please report it with the input file' }],
];

const UNKNOWN: Meaning = { code: 'store-error', message: 'the database reported an error', hint: 'this may be a bug in newsanno; please report it' };

function describe(code: string): Meaning {
  return MEANINGS.find(([prefixes]) => prefixes.some((p) => code.startsWith(p)))?.[1] ?? UNKNOWN;
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
