// Writing the export: every record validated before it is written, output streamed article by article
// into a temporary file that replaces the target only when complete, so a failure never leaves half a file.
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { NewsannoError } from '../core/errors.js';
import { exportArticle, SCHEMA_VERSION, type ExportArticle } from './schema.js';

export type ExportFormat = 'json' | 'jsonl';

export interface WriteExportOptions {
  format: ExportFormat;
  /** The file to write; null writes to `stdout`. */
  out: string | null;
  /** Where null `out` goes; process.stdout unless given (tests). */
  stdout?: NodeJS.WritableStream;
}

export interface ExportCounts {
  articles: number;
  entities: number;
  mentions: number;
  events: number;
}

const FLUSH_AT = 1 << 16;

/** Buffered synchronous writes to a file descriptor: few syscalls, no giant string. */
class FileSink {
  #parts: string[] = [];
  #size = 0;
  constructor(readonly fd: number) {}
  write(s: string): void {
    this.#parts.push(s);
    this.#size += s.length;
    if (this.#size >= FLUSH_AT) this.flush();
  }
  flush(): void {
    if (this.#parts.length === 0) return;
    writeSync(this.fd, this.#parts.join(''));
    this.#parts = [];
    this.#size = 0;
  }
}

function validated(article: ExportArticle, index: number): ExportArticle {
  const result = exportArticle.safeParse(article);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  const name = article && typeof article === 'object' ? `${article.id} (${article.source})` : `#${index + 1}`;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more problems)` : '';
  throw new NewsannoError(`export record for article ${name} breaks the export schema${where}: ${issue.message}${more}`, {
    code: 'export-invalid',
    ...(article && typeof article.source === 'string' ? { file: article.source } : {}),
    hint: 'nothing was written; this is a bug in newsanno, please report it with the input file',
  });
}

/** Pretty JSON matching JSON.stringify(document, null, 2), one article at a time. */
function writeJson(sink: FileSink, articles: Iterable<ExportArticle>, count: (a: ExportArticle) => void): void {
  sink.write(`{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "articles": [`);
  let first = true;
  let i = 0;
  for (const raw of articles) {
    const a = validated(raw, i++);
    // JSON escapes newlines inside strings, so every raw newline here is structure and can be indented.
    sink.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(a, null, 2).replace(/\n/g, '\n    ')}`);
    first = false;
    count(a);
  }
  sink.write(first ? ']\n}\n' : '\n  ]\n}\n');
}

function writeJsonl(sink: FileSink, articles: Iterable<ExportArticle>, count: (a: ExportArticle) => void): void {
  let i = 0;
  for (const raw of articles) {
    const a = validated(raw, i++);
    sink.write(`${JSON.stringify(a)}\n`);
    count(a);
  }
}

async function copyTo(file: string, stream: NodeJS.WritableStream): Promise<void> {
  for await (const chunk of createReadStream(file)) if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Writes the export as `{ "schemaVersion": 1, "articles": [...] }` (json) or one article per line
 * (jsonl). Output appears only once every article has been validated and written.
 */
export async function writeExport(articles: Iterable<ExportArticle>, options: WriteExportOptions): Promise<ExportCounts> {
  if (options.format !== 'json' && options.format !== 'jsonl')
    throw new NewsannoError(`unknown export format ${JSON.stringify(options.format)}`, { code: 'bad-format', hint: 'use json or jsonl' });
  const suffix = `${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  // Beside the target so the final rename stays on one file system (and is atomic).
  const tmp = options.out === null ? path.join(os.tmpdir(), `newsanno-export.${suffix}`) : `${options.out}.${suffix}`;
  if (options.out !== null) mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });

  const counts: ExportCounts = { articles: 0, entities: 0, mentions: 0, events: 0 };
  const count = (a: ExportArticle): void => {
    counts.articles++;
    counts.entities += a.entities.length;
    counts.mentions += a.entities.reduce((n, e) => n + e.mentions.length, 0);
    counts.events += a.events.length;
  };

  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w');
    const sink = new FileSink(fd);
    (options.format === 'json' ? writeJson : writeJsonl)(sink, articles, count);
    sink.flush();
    closeSync(fd);
    fd = null;
    if (options.out !== null) renameSync(tmp, options.out);
    else await copyTo(tmp, options.stdout ?? process.stdout);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (!(err instanceof Error) || e.syscall === undefined) throw err; // not a file-system failure
    throw new NewsannoError(`writing the export failed: ${e.message}`, {
      code: 'export-write-failed',
      ...(options.out !== null ? { file: options.out } : {}),
      hint: 'check that the folder exists, is writable and has free space',
      cause: err,
    });
  } finally {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
  }
  return counts;
}
