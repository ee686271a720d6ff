import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { NewsannoError } from '../../../src/core/errors.js';
import { compileDictionary, SHIPPED_ENTITIES } from '../../../src/dictionary/load.js';
import { checkPaths, importWikidata, loadExisting, readQidList, type ImportOptions } from '../../../src/dictionary/wikidata/index.js';
import { findBzip2 } from '../../../src/dictionary/wikidata/dump-source.js';
import { FIXTURE, selection, useTmpDir } from './helpers.js';

const tmp = useTmpDir();

async function run(over: Partial<ImportOptions> = {}, input = FIXTURE) {
  const out = path.join(tmp(), 'wikidata.tsv');
  const summary = await importWikidata({ input, out, selection: selection(), ...over });
  const text = readFileSync(out, 'utf8');
  const rows = text
    .split('\n')
    .slice(1)
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
  const byQid = new Map(rows.map((r) => [r[6], r]));
  return { out, summary, text, rows, byQid, qids: rows.map((r) => r[6]).sort() };
}

const ALL_KEPT = ['Q22686', 'Q2283', 'Q317521', 'Q478214', 'Q6279', 'Q7426870', 'Q990000001', 'Q990000002', 'Q990000005', 'Q990000008', 'Q990000010'];

describe('import from the sample dump', () => {
  it('streams the plain and the gzipped dump to the same dictionary', async () => {
    const plain = await run();
    const gz = await run({}, `${FIXTURE}.gz`);
    expect(gz.summary.compression).toBe('gzip');
    expect(plain.summary.compression).toBe('none');
    expect(gz.text.replace(/sample\.json\.gz/, 'sample.json')).toBe(plain.text);
    expect(plain.qids).toEqual(ALL_KEPT);
  });

  it('counts entities read, kept, skipped by reason, written and malformed lines with their numbers', async () => {
    const { summary } = await run();
    expect(summary).toMatchObject({ lines: 20, entities: 17, kept: 11, written: 11, people: 8, organisations: 3, malformed: 1 });
    expect(summary.skipped).toEqual({ 'no-chinese': 1, 'no-english': 1, 'not-person-or-org': 2, 'not-an-item': 1, 'no-usable-chinese': 1 });
    expect(summary.malformedLines).toEqual([{ line: 11, message: 'does not end with "}" (cut short?)' }]);
    expect(summary.droppedEn['single-word']).toBe(3);
  });

  it('writes the exact entity TSV format, which the project loader reads without a problem', async () => {
    const { out, text } = await run();
    expect(text.split('\n')[0]).toBe('id\ttype\tname\tzh\tzh_short\ten_aliases\twikidata\torg\trole\tnote');
    for (const line of text.split('\n').slice(1, -1)) if (!line.startsWith('#')) expect(line.split('\t')).toHaveLength(10);
    const { dictionary, problems } = compileDictionary([out]);
    expect(problems).toEqual([]);
    expect(dictionary.entities.size).toBe(11);
    // Aliases resolve through the project's folding: traditional, no separator, other dots.
    expect(dictionary.zh.get('萨蒂亚纳德拉')?.map((h) => h.entityId)).toEqual(['satya-nadella']);
    expect(dictionary.en.get('satya narayana nadella')?.map((h) => h.entityId)).toEqual(['satya-nadella']);
  });

  it('folds traditional/simplified duplicates and keeps differing Taiwan/HK forms', async () => {
    const { byQid } = await run();
    expect(byQid.get('Q7426870')!.slice(0, 6)).toEqual(['satya-nadella', 'person', 'Satya Nadella', '萨蒂亚·纳德拉|薩提亞·納德拉', '', 'Satya Narayana Nadella']);
    expect(byQid.get('Q317521')![3]).toBe('埃隆·马斯克|伊隆·馬斯克');
    expect(byQid.get('Q22686')![3]).toBe('唐纳德·特朗普|唐納·川普|唐納·特朗普');
    expect(byQid.get('Q2283')![3]).toBe('微软|微软公司');
    expect(byQid.get('Q990000008')!.slice(0, 4)).toEqual(['ada-brown', 'person', 'Ada Brown', '艾达·布朗']);
  });

  it('gives entities sharing a slug QID suffixes, and notes on both for their shared aliases', async () => {
    const { byQid } = await run();
    const a = byQid.get('Q990000001')!;
    const b = byQid.get('Q990000002')!;
    expect([a[0], b[0]]).toEqual(['john-smith-q990000001', 'john-smith-q990000002']);
    expect(b[3]).toBe('约翰·史密斯|約翰·史密夫');
    expect(a[9]).toBe('Wikidata Q990000001: British banker (fictional test entity). Shares 约翰·史密斯, John Smith with john-smith-q990000002');
    expect(b[9]).toMatch(/^Wikidata Q990000002: Australian politician .* with john-smith-q990000001$/);
    expect(byQid.get('Q7426870')![9]).toBe('');
  });

  it('--with-employer fills org and role from imported organisations only', async () => {
    const plain = await run();
    expect(plain.rows.every((r) => r[7] === '' && r[8] === '')).toBe(true);
    const { byQid, out } = await run({ selection: selection({ withEmployer: true }) });
    expect(byQid.get('Q7426870')!.slice(7, 9)).toEqual(['microsoft', 'Chief Executive Officer']);
    expect(byQid.get('Q317521')!.slice(7, 9)).toEqual(['tesla-inc', 'Chief Executive Officer']);
    expect(byQid.get('Q990000001')!.slice(7, 9)).toEqual(['northwind-bank', 'Chairperson']);
    expect(byQid.get('Q22686')!.slice(7, 9)).toEqual(['', '']);
    expect(compileDictionary([out]).problems).toEqual([]);
    // Without Microsoft in the output, Nadella's employer cannot be referenced.
    const people = await run({ selection: selection({ withEmployer: true, type: 'person' }) });
    expect(people.byQid.get('Q7426870')!.slice(7, 9)).toEqual(['', '']);
  });
});

describe('filters', () => {
  it('--type person and --type org', async () => {
    const people = await run({ selection: selection({ type: 'person' }) });
    expect(people.qids).toEqual(['Q22686', 'Q317521', 'Q6279', 'Q7426870', 'Q990000001', 'Q990000002', 'Q990000005', 'Q990000008']);
    expect(people.summary.skipped['type-filter']).toBe(3);
    const orgs = await run({ selection: selection({ type: 'org' }) });
    expect(orgs.qids).toEqual(['Q2283', 'Q478214', 'Q990000010']);
  });

  it('--qids FILE', async () => {
    const qids = readQidList(path.join('fixtures', 'wikidata', 'qids.txt'), '--qids');
    expect(qids).toEqual(['Q7426870', 'Q990000001', 'Q22686', 'Q148']);
    const { qids: kept, summary } = await run({ selection: selection({ qids: new Set(qids) }) });
    expect(kept).toEqual(['Q22686', 'Q7426870', 'Q990000001']);
    expect(summary.skipped['not-person-or-org']).toBe(1);
    expect(summary.skipped['not-listed']).toBe(11);
  });

  it('--occupation (businessperson) keeps organisations and businesspeople', async () => {
    const { qids } = await run({ selection: selection({ occupations: new Set(['Q43845']) }) });
    expect(qids).toEqual(['Q22686', 'Q2283', 'Q317521', 'Q478214', 'Q7426870', 'Q990000001', 'Q990000005', 'Q990000010']);
  });

  it('--occupation politician with --type person', async () => {
    const { qids } = await run({ selection: selection({ occupations: new Set(['Q82955']), type: 'person' }) });
    expect(qids).toEqual(['Q22686', 'Q6279', 'Q990000002']);
  });

  it('--position (President of the United States)', async () => {
    const { qids } = await run({ selection: selection({ positions: new Set(['Q11696']), type: 'person' }) });
    expect(qids).toEqual(['Q22686', 'Q6279']);
  });

  it('--min-sitelinks', async () => {
    const { qids, summary } = await run({ selection: selection({ minSitelinks: 6 }) });
    expect(qids).toEqual(['Q22686', 'Q2283', 'Q317521', 'Q6279', 'Q7426870']);
    // Also the entities without an English label or usable Chinese: sitelinks are checked first.
    expect(summary.skipped['few-sitelinks']).toBe(8);
  });

  it('--limit stops reading once enough entities are kept', async () => {
    const { qids, summary } = await run({ limit: 2 });
    expect(qids).toEqual(['Q2283', 'Q7426870']);
    expect(summary).toMatchObject({ stoppedAtLimit: true, lines: 3, written: 2 });
  });
});

describe('next to existing dictionaries', () => {
  it('skips QIDs already there, avoids their ids and unexplained aliases, and loads together with them', async () => {
    const shipped = SHIPPED_ENTITIES();
    const out = path.join(tmp(), 'wikidata.tsv');
    const summary = await importWikidata({ input: FIXTURE, out, selection: selection({ withEmployer: true }), existing: loadExisting([shipped], out) });
    expect(summary.skipped['in-dictionary']).toBe(6);
    expect(summary.written).toBe(5);
    const { problems } = compileDictionary([shipped, out]);
    expect(problems).toEqual([]);
  });

  it('drops an alias an existing entity claims without a note, and notes one it shares with a noted entity', async () => {
    const dir = tmp();
    const existingFile = path.join(dir, 'existing.tsv');
    writeFileSync(
      existingFile,
      'id\ttype\tname\tzh\tzh_short\ten_aliases\twikidata\torg\trole\tnote\n' +
        'northwind\torg\tNorthwind Trading\t北风银行\t\t\t\t\t\t\n' +
        'zhang-wei-swimmer\tperson\tZhang Wei\t张伟\t\t\t\t\t\tthe swimmer\n',
    );
    const out = path.join(dir, 'out', 'wikidata.tsv');
    const summary = await importWikidata({ input: FIXTURE, out, selection: selection(), existing: loadExisting([existingFile], out) });
    const text = readFileSync(out, 'utf8');
    expect(summary.skipped['no-usable-chinese']).toBe(2);
    expect(summary.droppedZh.claimed).toBe(2);
    expect(text).not.toContain('北风银行');
    expect(text).toMatch(/\nzhang-wei\tperson\tZhang Wei\t张伟\t.*Shares 张伟, Zhang Wei with zhang-wei-swimmer/);
    expect(compileDictionary([existingFile, out]).problems).toEqual([]);
  });

  it('ignores its own previous output when that is among the existing dictionaries', async () => {
    const first = await run();
    const again = await importWikidata({ input: FIXTURE, out: first.out, selection: selection(), existing: loadExisting([path.dirname(first.out)], first.out) });
    expect(again.written).toBe(11);
  });
});

describe('input formats and failures', () => {
  it('reads a multi-member gzip file (as parallel compressors write)', async () => {
    const dir = tmp();
    const text = readFileSync(FIXTURE);
    const cut = text.indexOf('\n', text.length / 2) + 1;
    const file = path.join(dir, 'multi.json.gz');
    writeFileSync(file, Buffer.concat([gzipSync(text.subarray(0, cut)), gzipSync(text.subarray(cut))]));
    const { summary } = await run({}, file);
    expect(summary).toMatchObject({ entities: 17, written: 11 });
  });

  it.skipIf(!findBzip2())('reads .bz2 through the system bzip2', async () => {
    const file = path.join(tmp(), 'sample.json.bz2');
    const bz = spawnSync(findBzip2()!, ['-c', FIXTURE]);
    writeFileSync(file, bz.stdout);
    const { summary, qids } = await run({}, file);
    expect(summary.compression).toBe('bzip2');
    expect(qids).toEqual(ALL_KEPT);
    const limited = await run({ limit: 1 }, file);
    expect(limited.summary.written).toBe(1);
  });

  it('says what to install when a .bz2 cannot be decompressed, and writes nothing', async () => {
    const dir = tmp();
    const file = path.join(dir, 'dump.json.bz2');
    writeFileSync(file, Buffer.from('BZh91AY&SY-not-really'));
    const out = path.join(dir, 'out.tsv');
    const err = await importWikidata({ input: file, out, selection: selection(), env: { PATH: '' } }).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.message).toMatch(/neither lbzip2 nor bzip2 is installed/);
    expect(err.hint).toMatch(/apt-get install lbzip2/);
    expect(existsSync(out)).toBe(false);
  });

  it.skipIf(!findBzip2())('reports a corrupt .bz2 instead of importing part of it', async () => {
    const dir = tmp();
    const full = spawnSync(findBzip2()!, ['-c', FIXTURE]).stdout;
    const file = path.join(dir, 'cut.json.bz2');
    writeFileSync(file, full.subarray(0, full.length - 40));
    const out = path.join(dir, 'out.tsv');
    const err = await importWikidata({ input: file, out, selection: selection() }).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.message).toMatch(/could not decompress cut\.json\.bz2/);
    expect(existsSync(out)).toBe(false);
  });

  it('a truncated .gz fails with a hint, leaves an existing output untouched and no temporary file', async () => {
    const dir = tmp();
    const gz = readFileSync(`${FIXTURE}.gz`);
    const file = path.join(dir, 'cut.json.gz');
    writeFileSync(file, gz.subarray(0, gz.length - 100));
    const out = path.join(dir, 'out.tsv');
    writeFileSync(out, 'previous\n');
    const err = await importWikidata({ input: file, out, selection: selection() }).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.message).toMatch(/cannot read cut\.json\.gz/);
    expect(err.hint).toMatch(/incomplete/);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
    expect(readdirSync(dir).sort()).toEqual(['cut.json.gz', 'out.tsv']);
  });

  it('reads plain JSON from stdin with -', async () => {
    const out = path.join(tmp(), 'out.tsv');
    const summary = await importWikidata({ input: '-', stdin: Readable.from([readFileSync(FIXTURE)]), out, selection: selection() });
    expect(summary).toMatchObject({ input: 'stdin', written: 11 });
  });

  it('keeps the first of two lines with the same QID (concatenated dumps)', async () => {
    const entities = readFileSync(FIXTURE, 'utf8').split('\n').slice(1, -2).map((l) => l.replace(/,$/, ''));
    const twice = `[\n${[...entities, entities[0]].join(',\n')}\n]\n`;
    const out = path.join(tmp(), 'o.tsv');
    const s = await importWikidata({ input: '-', stdin: Readable.from([twice]), out, selection: selection() });
    expect(s).toMatchObject({ written: 11, skipped: expect.objectContaining({ 'duplicate-qid': 1 }) });
    expect(compileDictionary([out]).problems).toEqual([]);
  });

  it('refuses compressed data on stdin with what to do instead', async () => {
    const err = await importWikidata({ input: '-', stdin: Readable.from([readFileSync(`${FIXTURE}.gz`)]), out: path.join(tmp(), 'o.tsv'), selection: selection() }).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.message).toBe('stdin is gzip-compressed; - reads plain JSON');
    expect(err.hint).toMatch(/zcat FILE \| newsanno dict import-wikidata -/);
  });

  it('an interrupted import (Ctrl-C) writes nothing', async () => {
    const dir = tmp();
    const out = path.join(dir, 'out.tsv');
    const controller = new AbortController();
    controller.abort();
    const err = await importWikidata({ input: FIXTURE, out, selection: selection(), signal: controller.signal }).catch((e) => e);
    expect(err).toBeInstanceOf(NewsannoError);
    expect(err.code).toBe('interrupted');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses to write over the dump or to a file the loader would not read', () => {
    const dump = path.join(tmp(), 'dump.json');
    copyFileSync(FIXTURE, dump);
    expect(() => checkPaths(dump, dump)).toThrow(/--out must end in .tsv|names the dump/);
    expect(() => checkPaths(dump, 'out.txt')).toThrow(/--out must end in .tsv/);
    expect(() => checkPaths(dump, 'out.tsv')).not.toThrow();
  });
});
