// Opens a Wikidata dump as a stream of decompressed bytes, never the whole file in memory.
// The compression is read from the file's first bytes, not its name. gzip is decompressed by
// node:zlib (which also reads the multi-member files the parallel compressors write); Node has no
// bzip2, so .bz2 is piped through the system's lbzip2 (parallel) or bzip2.
import { spawn } from 'node:child_process';
import { accessSync, closeSync, constants, createReadStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { NewsannoError } from '../../core/errors.js';

export type Compression = 'gzip' | 'bzip2' | 'none';

export interface DumpSource {
  name: string;
  compression: Compression;
  chunks: AsyncIterable<Buffer | string>;
  /** Resolves once the decompressor has exited cleanly; rejects when it failed or was killed. */
  finished(): Promise<void>;
  /** Stops reading early (--limit, Ctrl-C): ends the decompressor. */
  close(): void;
}

const READ_CHUNK = 1 << 20;
/** Parallel decompressor first: the dumps are written by parallel compressors. */
const BZIP2_TOOLS = ['lbzip2', 'bzip2'];

export function detectCompression(file: string): Compression {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(3);
    const n = readSync(fd, head, 0, 3, 0);
    if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
    if (n === 3 && head.toString('latin1') === 'BZh') return 'bzip2';
    return 'none';
  } finally {
    closeSync(fd);
  }
}

/** The first of lbzip2/bzip2 found on PATH, or null. */
export function findBzip2(env: NodeJS.ProcessEnv = process.env): string | null {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const tool of BZIP2_TOOLS) {
    for (const dir of dirs) {
      const candidate = path.join(dir, tool);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here: keep looking
      }
    }
  }
  return null;
}

export function openDump(file: string, env: NodeJS.ProcessEnv = process.env): DumpSource {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new NewsannoError(`dump file not found: ${file}`, { code: 'usage', hint: 'download latest-all.json.gz from https://dumps.wikimedia.org/wikidatawiki/entities/ (see docs/wikidata-import.md)' });
  const compression = detectCompression(file);
  const name = path.basename(file);
  if (compression === 'bzip2') return bzip2Source(file, name, env);
  const raw = createReadStream(file, { highWaterMark: READ_CHUNK });
  if (compression === 'none') return plainSource(name, raw, raw);
  const gunzip = createGunzip({ chunkSize: READ_CHUNK });
  // pipeline forwards a read error into gunzip, so iterating gunzip throws it.
  pipeline(raw, gunzip, () => {});
  return { ...plainSource(name, gunzip, gunzip), compression };
}

type Stream = NodeJS.ReadableStream & { destroy?: () => void };

function plainSource(name: string, stream: Stream, chunks: AsyncIterable<Buffer | string>): DumpSource {
  return { name, compression: 'none', chunks, finished: async () => {}, close: () => stream.destroy?.() };
}

/** Plain JSON from standard input; compressed input is refused with what to do instead. */
export function stdinSource(stream: Stream): DumpSource {
  return plainSource('stdin', stream, refuseCompressed('stdin', stream as AsyncIterable<Buffer | string>));
}

async function* refuseCompressed(name: string, chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && typeof chunk !== 'string') {
      const kind = chunk[0] === 0x1f && chunk[1] === 0x8b ? 'gzip' : chunk.subarray(0, 3).toString('latin1') === 'BZh' ? 'bzip2' : null;
      if (kind)
        throw new NewsannoError(`${name} is ${kind}-compressed; - reads plain JSON`, {
          code: 'usage',
          hint: `give the file's path instead of -, or decompress into the pipe (${kind === 'gzip' ? 'zcat' : 'lbzip2 -dc'} FILE | newsanno dict import-wikidata - …)`,
        });
    }
    first = false;
    yield chunk;
  }
}

function bzip2Source(file: string, name: string, env: NodeJS.ProcessEnv): DumpSource {
  const tool = findBzip2(env);
  if (!tool) {
    throw new NewsannoError(`cannot read ${name}: it is bzip2-compressed and neither lbzip2 nor bzip2 is installed`, {
      code: 'setup',
      hint: 'install lbzip2 (fast, parallel) or bzip2, e.g. `apt-get install lbzip2`; or download latest-all.json.gz instead, or pipe: `bzip2 -dc FILE | newsanno dict import-wikidata - --out …`',
    });
  }
  const child = spawn(tool, ['-dc', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (stderr.length < 4000) stderr += s;
  });
  let closedByUs = false;
  // Recorded from the start: the child may exit before anyone asks.
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
    child.on('error', (error) => resolve({ code: null, signal: null, error }));
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  return {
    name,
    compression: 'bzip2',
    chunks: child.stdout,
    async finished() {
      const { code, signal, error } = await exit;
      if (code === 0 || closedByUs) return;
      const why = error ? error.message : signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      throw new NewsannoError(`${path.basename(tool)} could not decompress ${name}: ${why}${stderr ? ` (${stderr.trim()})` : ''}`, {
        code: 'input',
        hint: `the download may be incomplete; check it with \`${path.basename(tool)} -t ${file}\``,
      });
    },
    close() {
      closedByUs = true;
      child.stdout.destroy();
      child.kill();
    },
  };
}
