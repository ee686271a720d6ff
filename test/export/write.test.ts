import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../src/core/errors.js';
import { exportArticle, exportDocument, toExportArticle, writeExport, type ExportArticle } from '../../src/export/index.js';
import { annotated, altman, muratiArticle } from '../store/fixture.js';
import { useTmpDir } from '../helpers/tmp.js';

const tmp = useTmpDir();

const articles = (): ExportArticle[] => [
  toExportArticle(muratiArticle()),
  toExportArticle(
    annotated({
      text: 'Sam Altman said: "We will miss her."\nThe company\tthanked her.',
      lang: 'en',
      source: 'news/en.txt',
      entities: [{ ...altman, mentions: ['Sam Altman'] }],
      events: [{ type: 'quote', person: 'Q-altman', quote: 'We will miss her.', evidence: 'Sam Altman said: "We will miss her."' }],
    }),
  ),
];

/** A record whose mention no longer covers its text: a bug the schema must catch. */
function broken(): ExportArticle {
  const a = structuredClone(articles()[0]);
  a.entities[0].mentions[0].start += 1;
  return a;
}

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('writeExport', () => {
  it('json: the document pretty-printed with two spaces, streamed, passing the schema', async () => {
    const out = path.join(tmp(), 'sub', 'export.json');
    const counts = await writeExport(articles(), { format: 'json', out });
    const text = readFileSync(out, 'utf8');
    const doc = { schemaVersion: 1, articles: articles() };
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(exportDocument.safeParse(JSON.parse(text)).success).toBe(true);
    expect(counts).toEqual({ articles: 2, entities: 4, mentions: 6, events: 3 });
    expect(readdirSync(path.dirname(out))).toEqual(['export.json']);
  });

  it('json: an empty export is still a valid document', async () => {
    const out = path.join(tmp(), 'empty.json');
    expect(await writeExport([], { format: 'json', out })).toEqual({ articles: 0, entities: 0, mentions: 0, events: 0 });
    const text = readFileSync(out, 'utf8');
    expect(text).toBe(`${JSON.stringify({ schemaVersion: 1, articles: [] }, null, 2)}\n`);
  });

  it('jsonl: one article object per line, each passing the schema', async () => {
    const out = path.join(tmp(), 'export.jsonl');
    await writeExport(articles(), { format: 'jsonl', out });
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    const parsed = lines.map((l) => JSON.parse(l));
    parsed.forEach((a) => expect(exportArticle.safeParse(a).success).toBe(true));
    expect(parsed).toEqual(articles());
  });

  it('writes to stdout when out is null', async () => {
    const { stream, text } = capture();
    await writeExport(articles(), { format: 'jsonl', out: null, stdout: stream });
    expect(text().trimEnd().split('\n').map((l) => JSON.parse(l).source)).toEqual(['news/murati.txt', 'news/en.txt']);
  });

  it('an invalid record fails the export, names the article and the problem, and leaves no half file', async () => {
    const dir = tmp();
    const out = path.join(dir, 'export.json');
    writeFileSync(out, 'the previous export');
    const bad = broken();
    const records = [articles()[1], bad, articles()[0]];
    const err = await writeExport(records, { format: 'json', out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect((err as NewsannoError).code).toBe('export-invalid');
    expect((err as NewsannoError).message).toContain(bad.id);
    expect((err as NewsannoError).message).toContain('entities.0.mentions.0');
    expect((err as NewsannoError).options.file).toBe('news/murati.txt');
    expect(readFileSync(out, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir)).toEqual(['export.json']);

    const { stream, text } = capture();
    await expect(writeExport(records, { format: 'jsonl', out: null, stdout: stream })).rejects.toThrow(NewsannoError);
    expect(text()).toBe('');
  });

  it('refuses an unknown format', async () => {
    await expect(writeExport([], { format: 'xml' as never, out: null })).rejects.toMatchObject({ code: 'bad-format' });
  });
});
