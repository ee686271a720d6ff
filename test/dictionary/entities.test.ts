import { describe, expect, it } from 'vitest';
import { compileEntities, dictionaryVersion } from '../../src/dictionary/compile.js';
import { ENTITY_HEADER, entitiesFromTsv } from '../../src/dictionary/entities.js';
import { enKey, zhKey } from '../../src/dictionary/fold.js';
import { parseTsv, type TsvProblem } from '../../src/dictionary/tsv.js';

const header = ENTITY_HEADER.join('\t');
const row = (...cells: string[]) => cells.join('\t');

function compile(text: string) {
  const problems: TsvProblem[] = [];
  const parsed = parseTsv(text, 'people.tsv', ENTITY_HEADER);
  problems.push(...parsed.problems);
  const entities = entitiesFromTsv(parsed, problems);
  const dict = compileEntities(entities, dictionaryVersion([text]), problems);
  return { dict, problems: problems.map((p) => `${p.file}:${p.line}: ${p.message}`) };
}

describe('entity dictionary validation', () => {
  const good = [
    header,
    row('openai', 'org', 'OpenAI', '', '', 'Open AI', 'Q21708200', '', '', ''),
    row('mira-murati', 'person', 'Mira Murati', '米拉·穆拉蒂|米拉·穆拉提', '穆拉蒂|穆拉提', '', '', 'openai', 'Chief Technology Officer', ''),
  ].join('\n') + '\n';

  it('compiles aliases under folded keys, with name parts for short forms', () => {
    const { dict, problems } = compile(good);
    expect(problems).toEqual([]);
    expect(dict.zh.get('米拉穆拉蒂')?.[0].entityId).toBe('mira-murati');
    expect(dict.zh.get('穆拉提')?.[0].kind).toBe('zh-short');
    expect(dict.en.get('open ai')?.[0].entityId).toBe('openai');
    const e = dict.entities.get('mira-murati')!;
    expect(e.zhGiven).toEqual(['米拉']);
    expect(e.zhSurnames).toEqual(['穆拉蒂', '穆拉提']);
    expect(e.enSurnames).toEqual(['Murati']);
    expect(dict.jiebaLines).toContain('米拉穆拉蒂 100000 nr');
  });

  it('folds script, width and separators in keys', () => {
    expect(zhKey('米拉・穆拉蒂')).toBe('米拉穆拉蒂');
    expect(zhKey('祖克柏')).toBe(zhKey('祖克柏'));
    expect(zhKey('馬克·祖克柏')).toBe('马克祖克柏');
    expect(enKey('Lip-Bu  Tan')).toBe('lip bu tan');
    expect(enKey("Altman's")).toBe('altman');
    expect(enKey('José Muñoz')).toBe('jose munoz');
  });

  it.each([
    ['a BOM', '\ufeff' + header + '\n', 'byte-order mark'],
    ['CRLF', header + '\r\n' + row('x-y', 'person', 'X Y', '', '', '', '', '', '', '') + '\r\n', 'CRLF'],
    ['a missing column', header + '\n' + row('x-y', 'person', 'X Y', '', '', '', '', '', '') + '\n', 'expected 10'],
    ['a stray separator', header + '\n' + row('x-y', 'person', 'X Y', '甲乙||丙丁', '', '', '', '', '', '') + '\n', 'empty item'],
    ['an empty id', header + '\n' + row('', 'person', 'X Y', '', '', '', '', '', '', '') + '\n', 'empty id'],
    ['an empty name', header + '\n' + row('x-y', 'person', '', '', '', '', '', '', '', '') + '\n', 'empty name'],
    ['a bad type', header + '\n' + row('x-y', 'human', 'X Y', '', '', '', '', '', '', '') + '\n', 'type must be'],
    ['Latin in zh', header + '\n' + row('x-y', 'person', 'X Y', 'X·Y', '', '', '', '', '', '') + '\n', 'Latin letters'],
    ['a one-character alias', header + '\n' + row('x-y', 'person', 'X Y', '王', '', '', '', '', '', '') + '\n', 'single character'],
    ['an unknown org', header + '\n' + row('x-y', 'person', 'X Y', '', '', '', '', 'nowhere', '', '') + '\n', 'not the id of any entity'],
    ['a bad QID', header + '\n' + row('x-y', 'person', 'X Y', '', '', '', 'Z12', '', '', '') + '\n', 'not a QID'],
    ['a stray dot', header + '\n' + row('x-y', 'person', 'X Y', '米拉·', '', '', '', '', '', '') + '\n', 'stray name separator'],
  ])('rejects %s with file:line and the reason', (_what, text, message) => {
    const { problems } = compile(text);
    expect(problems.join('\n')).toContain(message);
    expect(problems[0]).toMatch(/^people\.tsv:\d+: /);
  });

  it('rejects duplicate ids and unexplained shared aliases, accepts explained ones', () => {
    const dup = [header, row('a-b', 'person', 'A B', '', '', '', '', '', '', ''), row('a-b', 'person', 'A C', '', '', '', '', '', '', '')].join('\n') + '\n';
    expect(compile(dup).problems.join()).toContain('already used at people.tsv:2');
    const shared = [header, row('john-a', 'person', 'John A', '约翰·史密斯', '', '', '', '', '', ''), row('john-b', 'person', 'John B', '约翰·史密斯', '', '', '', '', '', '')].join('\n') + '\n';
    expect(compile(shared).problems.join()).toContain('also claimed by');
    const noted = [header, row('john-a', 'person', 'John A', '约翰·史密斯', '', '', '', '', '', 'the banker'), row('john-b', 'person', 'John B', '约翰·史密斯', '', '', '', '', '', 'the footballer')].join('\n') + '\n';
    expect(compile(noted).problems).toEqual([]);
  });
});
