import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ambiguityLines, checkDictionary, plausibilityProblems, readReviewedPairs, REVIEWED_PAIRS_FILE, type ReviewedPair } from '../../../src/dictionary/check.js';
import { compileEntities, dictionaryVersion } from '../../../src/dictionary/compile.js';
import { ENTITY_HEADER, entitiesFromTsv } from '../../../src/dictionary/entities.js';
import { compileDictionary } from '../../../src/dictionary/load.js';
import { parseTsv, type TsvProblem } from '../../../src/dictionary/tsv.js';

const header = ENTITY_HEADER.join('\t');
/** A person or org row; empty trailing columns filled in. */
const row = (id: string, type: string, name: string, zh: string, note = '', aliases = '') => [id, type, name, zh, '', aliases, '', '', '', note].join('\t');

function load(rows: string[]) {
  const text = [header, ...rows].join('\n') + '\n';
  const problems: TsvProblem[] = [];
  const sources = entitiesFromTsv(parseTsv(text, 'people.tsv', ENTITY_HEADER), problems);
  const dict = compileEntities(sources, dictionaryVersion([text]), problems);
  expect(problems).toEqual([]);
  return { dict, sources };
}

const reviewed = (id: string, zh: string): ReviewedPair => ({ id, zh, reason: 'checked by hand for this test', file: 'pairs.tsv', line: 2 });

describe('checkDictionary: plausibility of Chinese forms', () => {
  it('passes transliterations and native Chinese names, with and without the separator', () => {
    const { dict, sources } = load([
      row('mira-murati', 'person', 'Mira Murati', '米拉·穆拉蒂|米拉·穆拉提'),
      row('jensen-huang', 'person', 'Jensen Huang', '黃仁勳'),
      row('lisa-su', 'person', 'Lisa Su', '苏姿丰'),
    ]);
    const result = checkDictionary(dict, { sources });
    expect(result.implausible).toEqual([]);
    expect(result.reviewed).toBe(0);
  });

  it('flags a form of another person and a form with its parts swapped, with file:line', () => {
    const { dict, sources } = load([
      row('sam-altman', 'person', 'Sam Altman', '米拉·穆拉蒂'),
      row('mira-murati', 'person', 'Mira Murati', '穆拉蒂·米拉'),
      row('tim-cook', 'person', 'Tim Cook', '蒂姆·库克'),
    ]);
    const result = checkDictionary(dict, { sources });
    expect(result.implausible.map((p) => [p.entityId, p.zh, p.file, p.line])).toEqual([
      ['sam-altman', '米拉·穆拉蒂', 'people.tsv', 2],
      ['mira-murati', '穆拉蒂·米拉', 'people.tsv', 3],
    ]);
    expect(result.implausible[0].score).toBeLessThan(0.5);
    expect(result.implausible[0].detail).toMatch(/phonetic score/);
  });

  it('flags a native Chinese name whose surname the English does not spell', () => {
    const { dict, sources } = load([row('jensen-huang', 'person', 'Jensen Huang', '苏姿丰')]);
    const [p] = checkDictionary(dict, { sources }).implausible;
    expect(p?.zh).toBe('苏姿丰');
    expect(p?.detail).toMatch(/surname 苏/);
  });

  it('accepts a reviewed pair under any script or separator variant, and reports reviews that match nothing', () => {
    const { dict, sources } = load([row('alan-jope', 'person', 'Alan Jope', '乔安路|艾伦·乔普')]);
    expect(checkDictionary(dict, { sources }).implausible.map((p) => p.zh)).toEqual(['乔安路']);
    const result = checkDictionary(dict, { sources, reviewed: [reviewed('alan-jope', '喬安路'), reviewed('alan-jope', '乔治')] });
    expect(result.implausible).toEqual([]);
    expect(result.reviewed).toBe(1);
    expect(result.staleReviews.map((r) => r.zh)).toEqual(['乔治']);
  });

  it('checks organisations only where the Chinese form is written by sound', () => {
    const { dict, sources } = load([
      row('microsoft', 'org', 'Microsoft', '微软|微软公司'),
      row('amazon', 'org', 'Amazon', '亚马逊|亚马逊公司'),
      row('carnegie-mellon-university', 'org', 'Carnegie Mellon University', '卡内基梅隆大学'),
      row('disney', 'org', 'Walt Disney Company', '迪士尼公司'),
      row('intel', 'org', 'Intel', '斯坦福'),
    ]);
    const result = checkDictionary(dict, { sources });
    expect(result.implausible.map((p) => [p.entityId, p.zh])).toEqual([['intel', '斯坦福']]);
  });

  it('without sources, checks the compiled display forms and keys', () => {
    const { dict } = load([row('sam-altman', 'person', 'Sam Altman', '萨姆·奥尔特曼|米拉·穆拉蒂')]);
    const result = checkDictionary(dict);
    expect(result.implausible.map((p) => [p.zh, p.file])).toEqual([['米拉穆拉蒂', null]]);
  });
});

describe('checkDictionary: ambiguous aliases', () => {
  it('lists every folded key claimed by several entities, in both languages, with the notes', () => {
    const { dict } = load([
      row('daniel-zhang', 'person', 'Daniel Zhang', '张勇', 'Alibaba CEO 2015-2023, not the Haidilao founder', 'Zhang Yong'),
      row('zhang-yong-haidilao', 'person', 'Zhang Yong', '張勇', 'Haidilao founder, not the Alibaba CEO'),
      row('tim-cook', 'person', 'Tim Cook', '蒂姆·库克'),
    ]);
    const { ambiguous } = checkDictionary(dict);
    expect(ambiguous).toEqual([
      {
        lang: 'en',
        key: 'zhang yong',
        entities: [
          { id: 'daniel-zhang', name: 'Daniel Zhang', kind: 'en-alias', note: 'Alibaba CEO 2015-2023, not the Haidilao founder' },
          { id: 'zhang-yong-haidilao', name: 'Zhang Yong', kind: 'en-name', note: 'Haidilao founder, not the Alibaba CEO' },
        ],
      },
      {
        lang: 'zh',
        key: '张勇',
        entities: [
          { id: 'daniel-zhang', name: 'Daniel Zhang', kind: 'zh-full', note: 'Alibaba CEO 2015-2023, not the Haidilao founder' },
          { id: 'zhang-yong-haidilao', name: 'Zhang Yong', kind: 'zh-full', note: 'Haidilao founder, not the Alibaba CEO' },
        ],
      },
    ]);
    expect(ambiguityLines(dict)[1]).toBe(
      'alias "张勇" (zh) is claimed by daniel-zhang (Alibaba CEO 2015-2023, not the Haidilao founder); zhang-yong-haidilao (Haidilao founder, not the Alibaba CEO)',
    );
  });
});

describe('plausibilityProblems and the reviewed-pairs file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsanno-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports file:line for an unreviewed pair and a stale review, and nothing for a reviewed one', () => {
    const folder = path.join(dir, 'entities');
    mkdirSync(path.join(folder, path.dirname(REVIEWED_PAIRS_FILE)), { recursive: true });
    writeFileSync(
      path.join(folder, 'people.tsv'),
      [header, row('alan-jope', 'person', 'Alan Jope', '乔安路'), row('sam-altman', 'person', 'Sam Altman', '米拉·穆拉蒂')].join('\n') + '\n',
    );
    writeFileSync(
      path.join(folder, REVIEWED_PAIRS_FILE),
      'id\tzh\treason\nalan-jope\t乔安路\tofficial Chinese name used by Unilever China\ntim-cook\t库克\tno longer in the dictionary\n',
    );
    const { dictionary, problems } = compileDictionary([folder]);
    expect(problems).toEqual([]);
    const lines = plausibilityProblems(dictionary, [folder]);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/people\.tsv:3: person sam-altman: Chinese form "米拉·穆拉蒂" does not read as "Sam Altman"/);
    expect(lines[1]).toMatch(/pairs\.tsv:3: reviewed pair tim-cook "库克" matches no Chinese form/);
  });

  it('rejects a reviewed line without a real reason', () => {
    const file = path.join(dir, 'bad-pairs.tsv');
    writeFileSync(file, 'id\tzh\treason\nalan-jope\t乔安路\tok\n');
    expect(() => readReviewedPairs(file)).toThrow(/reason "ok" is too short/);
  });
});

describe('the shipped dictionary', () => {
  it('has no unreviewed implausible pair and no stale review', () => {
    const { dictionary, problems } = compileDictionary();
    expect(problems).toEqual([]);
    expect(plausibilityProblems(dictionary)).toEqual([]);
  });
});
