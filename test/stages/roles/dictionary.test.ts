// The shipped entries agree with the finders: each title alone is found whole, with its own English.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../../src/dictionary/tsv.js';
import { SHIPPED_TITLES, findRolesEn, findRolesZh, normaliseRoleEn, translateRoleZh } from '../../../src/stages/roles/index.js';

function rows(file: string, header: string[]): Array<Record<string, string>> {
  const text = readFileSync(path.join(SHIPPED_TITLES(), file), 'utf8');
  return parseTsv(text, file, header).rows.map((r) => r.cells);
}

const ranks = rows('ranks.tsv', ['zh', 'en', 'kind', 'compose', 'bare', 'note']);
const contexts = rows('contexts.tsv', ['before', 'zh', 'en', 'note']);
const abbreviations = rows('en-abbreviations.tsv', ['abbr', 'en', 'bare', 'note']);
const units = rows('units.tsv', ['zh', 'en', 'kind', 'note']);
const bound = new Set(rows('en-variants.tsv', ['en', 'canonical', 'kind', 'note']).filter((r) => r.kind === 'bound').map((r) => r.canonical));

describe('ranks.tsv', () => {
  it.each(ranks.filter((r) => r.bare === 'yes').map((r) => [r.zh, r.en]))('%s alone is found whole as %s', (zh, en) => {
    const ms = findRolesZh(zh);
    expect(ms.map((m) => [m.text, m.en])).toEqual([[zh, en]]);
  });

  it.each(ranks.filter((r) => r.bare === 'no').map((r) => [r.zh]))('%s needs a unit', (zh) => {
    expect(findRolesZh(zh)).toEqual([]);
    expect(findRolesZh(`研究${zh}`).map((m) => m.text)).toEqual([`研究${zh}`]);
  });

  it.each([...new Set(ranks.map((r) => r.en))].filter((en) => !bound.has(en)).map((en) => [en]))('%s is found in English and normalises to itself', (en) => {
    expect(findRolesEn(en).map((m) => [m.text, m.en])).toEqual([[en, en]]);
    expect(findRolesEn(en.toLowerCase()).map((m) => m.en)).toEqual([en]);
    expect(normaliseRoleEn(en)).toBe(en);
  });
});

describe('contexts.tsv', () => {
  it.each(contexts.map((r) => [r.before, r.zh, r.en]))('%s + %s → %s, the context outside the span', (before, zh, en) => {
    expect(findRolesZh(before + zh).map((m) => [m.text, m.en])).toEqual([[zh, en]]);
  });
});

describe('en-abbreviations.tsv', () => {
  it.each(abbreviations.map((r) => [r.abbr, r.en, r.bare]))('%s → %s', (abbr, en, bare) => {
    expect(normaliseRoleEn(abbr)).toBe(en);
    expect(translateRoleZh(abbr)).toBe(en);
    expect(findRolesEn(`the ${abbr} said`).map((m) => m.en)).toEqual(bare === 'yes' ? [en] : []);
    expect(findRolesEn(`the interim ${abbr} said`).map((m) => m.en)).toEqual([`Interim ${en}`]);
  });
});

describe('units.tsv', () => {
  it.each(units.filter((r) => r.kind !== 'suffix').map((r) => [r.zh, r.en]))('%s composes before 副总裁 as %s', (zh, en) => {
    expect(findRolesZh(`${zh}副总裁`).map((m) => [m.text, m.en])).toEqual([[`${zh}副总裁`, `Vice President of ${en}`]]);
  });

  it.each(units.filter((r) => r.kind === 'suffix').map((r) => [r.zh, r.en]))('%s (%s) composes only after another unit', (zh, en) => {
    expect(findRolesZh(`研究${zh}副总裁`).map((m) => m.en)).toEqual([`Vice President of Research ${en}`]);
    expect(findRolesZh(`${zh}副总裁`).map((m) => m.text)).toEqual(['副总裁']);
  });
});
