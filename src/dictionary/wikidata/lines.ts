// Splits a byte stream into lines without ever holding more than one line (plus one chunk).
// Lines stay bytes: most lines of a dump are dropped by a byte search, and decoding UTF-8 costs
// more than everything else, so only the lines that are parsed get decoded. Splitting bytes on
// `\n` is safe in UTF-8: no byte of a multi-byte character is 0x0A.
import { NewsannoError } from '../../core/errors.js';

/** The largest entities in the dump are a few MB; a longer "line" means the file is not a dump. */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

const NL = 0x0a;
const CR = 0x0d;

/** Yields each line without its `\n` (and without a `\r` before it), as a view into the chunk when it can. */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Buffer> {
  // Pieces of the current, unfinished line: joined once, when its newline arrives.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNo = 1;
  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = buf.indexOf(NL); nl !== -1; nl = buf.indexOf(NL, start)) {
      let line = buf.subarray(start, nl);
      if (pending.length) {
        line = Buffer.concat([...pending, line]);
        pending = [];
        pendingBytes = 0;
      }
      yield withoutCr(line);
      lineNo++;
      start = nl + 1;
    }
    if (start < buf.length) {
      // Copied: the stream may reuse the chunk's memory.
      pending.push(Buffer.from(buf.subarray(start)));
      pendingBytes += buf.length - start;
      if (pendingBytes > maxLineBytes) {
        throw new NewsannoError(`line ${lineNo} is longer than ${maxLineBytes} bytes: this is not a Wikidata JSON dump`, {
          code: 'input',
          line: lineNo,
          hint: 'the dump has one entity per line; give latest-all.json(.gz|.bz2) from https://dumps.wikimedia.org/wikidatawiki/entities/',
        });
      }
    }
  }
  if (pending.length) yield withoutCr(Buffer.concat(pending));
}

const withoutCr = (line: Buffer): Buffer => (line.length && line[line.length - 1] === CR ? line.subarray(0, -1) : line);
