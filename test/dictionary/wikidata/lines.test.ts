import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../../src/core/errors.js';
import { splitLines } from '../../../src/dictionary/wikidata/lines.js';

async function collect(chunks: (Buffer | string)[], max?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const l of splitLines(Readable.from(chunks), max)) out.push(l.toString('utf8'));
  return out;
}

describe('splitLines', () => {
  it('joins lines cut across chunks, including a multi-byte character cut in the middle', async () => {
    const bytes = Buffer.from('[\n{"zh":"米拉·穆拉蒂"},\n{"b":2}\n]\n', 'utf8');
    // Every split point, so some fall inside the three bytes of a Chinese character.
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await collect([bytes.subarray(0, cut), bytes.subarray(cut)])).toEqual(['[', '{"zh":"米拉·穆拉蒂"},', '{"b":2}', ']']);
    }
  });

  it('handles CRLF, a last line without newline, and empty lines', async () => {
    expect(await collect([Buffer.from('a\r\n\nb\r\nc')])).toEqual(['a', '', 'b', 'c']);
  });

  it('handles a line spread over many chunks', async () => {
    const long = 'x'.repeat(100_000);
    const chunks = [];
    for (let i = 0; i < long.length; i += 1000) chunks.push(Buffer.from(long.slice(i, i + 1000)));
    expect(await collect([...chunks, Buffer.from('\ny\n')])).toEqual([long, 'y']);
  });

  it('fails clearly on a "line" longer than the limit instead of filling memory', async () => {
    const err = await collect([Buffer.from('abc'), Buffer.from('defgh'), Buffer.from('ijk\n')], 6).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.message).toMatch(/line 1 is longer than 6 bytes/);
  });

  it('yields lines while the input is still arriving (streaming, not buffering)', async () => {
    let produced = 0;
    // An endless source: only a streaming reader can return from it.
    const endless = Readable.from(
      (function* () {
        for (;;) yield Buffer.from(`line ${produced++}\n`);
      })(),
    );
    const seen: string[] = [];
    for await (const l of splitLines(endless)) {
      seen.push(l.toString());
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(['line 0', 'line 1', 'line 2']);
  });
});
