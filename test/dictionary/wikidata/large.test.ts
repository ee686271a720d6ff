import { statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../src/dictionary/load.js';
import { importWikidata } from '../../../src/dictionary/wikidata/index.js';
import { writeDump } from './generate-dump.js';
import { selection, useTmpDir } from './helpers.js';

const tmp = useTmpDir();

describe('a large generated dump', () => {
  it('imports 50,000 lines with the right counts', async () => {
    const dir = tmp();
    const dump = path.join(dir, 'dump.json');
    const expected = writeDump(dump, 50_000);
    const out = path.join(dir, 'big.tsv');
    const s = await importWikidata({ input: dump, out, selection: selection() });
    expect(s.lines).toBe(expected.lines);
    expect(s.entities).toBe(expected.entities);
    expect(s.malformed).toBe(expected.malformed);
    expect(s.malformedLines.map((m) => m.line)).toEqual([10_001, 20_001, 30_001, 40_001, 50_001]);
    expect(s.people).toBe(expected.people);
    expect(s.organisations).toBe(expected.orgs);
    expect(s.skipped).toEqual({ 'no-chinese': expected.noChinese, 'not-person-or-org': expected.notPersonOrOrg, 'no-english': expected.noEnglish });
    // 100 English names for 10,000 people: every person id has a QID suffix and a note.
    expect(s.withNote).toBe(expected.people);
    const { problems, dictionary } = compileDictionary([out]);
    expect(problems).toEqual([]);
    expect(dictionary.entities.size).toBe(expected.people + expected.orgs);
    console.log(`generated dump: ${(statSync(dump).size / 1e6).toFixed(0)} MB, ${s.entities} entities in ${s.seconds.toFixed(2)} s = ${Math.round(s.entitiesPerSecond)} entities/s`);
  });

  it('streams: an endless dump on stdin ends as soon as --limit is reached', async () => {
    let made = 0;
    const endless = Readable.from(
      (function* () {
        yield '[\n';
        for (;;) {
          made++;
          yield JSON.stringify({ type: 'item', id: `Q${made}`, labels: { en: { language: 'en', value: `Person ${made}` }, zh: { language: 'zh', value: `人物${made}号` } }, claims: { P31: [{ rank: 'normal', mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { id: 'Q5' } } } }] } }) + ',\n';
        }
      })(),
    );
    const s = await importWikidata({ input: '-', stdin: endless, out: path.join(tmp(), 'out.tsv'), selection: selection(), limit: 100 });
    expect(s).toMatchObject({ written: 100, stoppedAtLimit: true });
    expect(made).toBeLessThan(200);
  });
});
