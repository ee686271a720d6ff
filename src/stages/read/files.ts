import { readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { NewsannoError, toDiagnostic } from '../../core/errors.js';
import type { RawArticle } from '../../core/types.js';
import { decodeText } from './decode.js';
import { decodeHtml } from './html-charset.js';
import { extractHtml } from './html.js';
import { readJsonlRecords, readJsonRecords, type ReadResult } from './records.js';
import { sniffTextKind } from './sniff.js';

export type { ReadResult } from './records.js';

/** What stdin can be given as: a stream (process.stdin), or its bytes / text already read. */
export type StdinSource = AsyncIterable<Uint8Array | string> | Uint8Array | string;

/** How a file is read, from its extension; 'sniff' decides from the content. */
export type InputKind = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'sniff';

const KIND_BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** Larger files are refused rather than risk running out of memory or string length. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function inputKind(file: string): InputKind {
  return KIND_BY_EXTENSION[path.extname(file).toLowerCase()] ?? 'sniff';
}

const toSlashes = (p: string): string => p.replace(/\\/g, '/');

/** Names skipped inside folders: hidden entries, and a corpus's own README / LICENSE. */
function skippedInFolder(name: string): boolean {
  return name.startsWith('.') || /^(readme|license|licence)(\.[a-z]+)?$/i.test(name);
}

function walk(root: string, rel: string, seen: Set<string>, out: string[]): void {
  const dir = path.join(root, rel);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    out.push(rel); // readInput reports why the folder cannot be read
    return;
  }
  for (const entry of entries) {
    if (skippedInFolder(entry.name)) continue;
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = statSync(path.join(root, childRel)).isDirectory();
      } catch {
        out.push(childRel); // a broken link: readInput reports it
        continue;
      }
    }
    if (!isDir) {
      out.push(childRel);
      continue;
    }
    // Following links to folders is useful; the real path set stops loops and double reads.
    let real: string;
    try {
      real = realpathSync(path.join(root, childRel));
    } catch {
      out.push(childRel);
      continue;
    }
    if (seen.has(real)) continue;
    seen.add(real);
    walk(root, childRel, seen, out);
  }
}

/**
 * The files to read for the paths given: files as given, folders walked recursively (hidden entries
 * and README/LICENSE files skipped, links followed without looping), each folder's files sorted by
 * path for reproducible runs. Paths are returned as given joined with the path inside the folder, with
 * forward slashes (`fixtures/messy/web/page.html`); these are also the articles' sources. A missing
 * path, a broken link or an unreadable folder is passed through for readInput to report. `-` is stdin.
 */
export function listInputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const given of paths) {
    let stats: Stats | null = null;
    try {
      stats = given === '-' ? null : statSync(given);
    } catch {
      stats = null;
    }
    if (!stats?.isDirectory()) {
      out.push(given === '-' ? '-' : toSlashes(given));
      continue;
    }
    const found: string[] = [];
    let real = path.resolve(given);
    try {
      real = realpathSync(given);
    } catch {
      // keep the resolved path; walk reports the folder if it cannot be read
    }
    walk(given, '', new Set([real]), found);
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const rel of found) out.push(rel ? path.posix.join(toSlashes(given), rel) : toSlashes(given));
  }
  return out;
}

function markdownTitle(text: string): string | null {
  const first = text.split('\n').find((l) => l.trim() !== '');
  return first?.match(/^\s{0,3}#\s+(.+?)\s*#*\s*$/)?.[1] ?? null;
}

function fromText(text: string, source: string, kind: 'text' | 'markdown'): ReadResult {
  const article: RawArticle = { source, text, title: kind === 'markdown' ? markdownTitle(text) : null };
  return { articles: [article], diagnostics: [] };
}

function fromHtml(html: string, source: string): ReadResult {
  const page = extractHtml(html, source);
  // The page's <html lang> is not passed on as the article's lang: site templates often say lang="en"
  // over Chinese text, and a record's lang forces the language. Detection decides for pages.
  const article: RawArticle = { source, text: page.text, title: page.title, url: page.url, published: page.published };
  return { articles: [article], diagnostics: [] };
}

function fromDecoded(text: string, source: string, kind: Exclude<InputKind, 'sniff'>): ReadResult {
  switch (kind) {
    case 'text':
    case 'markdown':
      return fromText(text, source, kind);
    case 'html':
      return fromHtml(text, source);
    case 'json':
      return readJsonRecords(text, source);
    case 'jsonl':
      return readJsonlRecords(text, source);
  }
}

/**
 * An input's bytes as raw articles: decoded (pages honour their meta charset), then read as the kind
 * says, or as sniffed from the content (JSON Lines, JSON, HTML, else text). Never throws: every failure
 * is a diagnostic for `source`.
 */
export function readBytes(bytes: Buffer, source: string, kind: InputKind): ReadResult {
  try {
    if (kind === 'html' || kind === 'sniff') {
      const { text } = decodeHtml(bytes, source);
      return fromDecoded(text, source, kind === 'html' ? 'html' : sniffTextKind(text));
    }
    return fromDecoded(decodeText(bytes, source).text, source, kind);
  } catch (err) {
    return { articles: [], diagnostics: [toDiagnostic(source, err)] };
  }
}

async function readAll(stdin: StdinSource): Promise<Buffer> {
  if (typeof stdin === 'string') return Buffer.from(stdin, 'utf8');
  if (stdin instanceof Uint8Array) return Buffer.from(stdin);
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function fileError(source: string, err: unknown): NewsannoError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new NewsannoError('no such file or folder (or a broken link)', { code: 'missing', file: source, hint: 'check the path' });
  }
  const reason = err instanceof Error ? err.message : String(err);
  return new NewsannoError(`cannot read: ${reason}`, {
    code: 'unreadable',
    file: source,
    hint: code === 'EACCES' || code === 'EPERM' ? 'check the file permissions' : 'check that the path is a readable file or folder',
  });
}

function readFile(file: string): ReadResult {
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) {
      readdirSync(file); // throws when the folder cannot be listed: that is the diagnostic
      return merge(listInputs([file]).filter((f) => f !== toSlashes(file)).map(readFile));
    }
    if (!stats.isFile()) {
      // Reading a named pipe would block the whole batch.
      throw new NewsannoError('not a regular file (a pipe, socket or device)', {
        code: 'unreadable',
        file,
        hint: 'ingest only article files',
      });
    }
    if (stats.size > MAX_FILE_BYTES) {
      throw new NewsannoError(`file is too large (${Math.round(stats.size / 1048576)} MiB)`, {
        code: 'too-large',
        file,
        hint: 'split it into smaller files (JSONL files split cleanly at line breaks)',
      });
    }
    return readBytes(readFileSync(file), file, inputKind(file));
  } catch (err) {
    return { articles: [], diagnostics: [toDiagnostic(file, err instanceof NewsannoError ? err : fileError(file, err))] };
  }
}

function merge(results: ReadResult[]): ReadResult {
  return { articles: results.flatMap((r) => r.articles), diagnostics: results.flatMap((r) => r.diagnostics) };
}

/**
 * Reads one input: a file (by its extension; other extensions are sniffed, binaries reported), a
 * folder (every file in it, as listInputs walks it), or `-` for stdin (sniffed; `stdin` defaults to
 * process.stdin). Never rejects: missing paths, unreadable files and bad content become diagnostics.
 */
export async function readInput(input: string, stdin?: StdinSource): Promise<ReadResult> {
  if (input !== '-') return readFile(toSlashes(input));
  try {
    return readBytes(await readAll(stdin ?? process.stdin), '-', 'sniff');
  } catch (err) {
    return { articles: [], diagnostics: [toDiagnostic('-', fileError('-', err))] };
  }
}

/** Reads every input listInputs finds under the paths, in order. */
export async function readInputs(paths: string[], stdin?: StdinSource): Promise<ReadResult> {
  const results: ReadResult[] = [];
  for (const input of listInputs(paths)) results.push(await readInput(input, stdin));
  return merge(results);
}
