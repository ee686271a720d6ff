import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NewsannoError } from '../../../src/core/errors.js';
import {
  SHIPPED_TITLES,
  checkTitleDictionary,
  compileTitleDictionary,
  findRolesZh,
  loadTitleDictionary,
} from '../../../src/stages/roles/index.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A copy of the shipped title files with `file` changed by `edit`; returns the folder. */
function copyWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsanno-titles-'));
  made.push(dir);
  cpSync(SHIPPED_TITLES(), dir, { recursive: true });
  const full = path.join(dir, file);
  writeFileSync(full, edit(readFileSync(full, 'utf8')));
  return dir;
}

/** Appends a line; returns the folder and that line's number. */
function withLine(file: string, line: string): { dir: string; line: number } {
  let n = 0;
  const dir = copyWith(file, (t) => {
    n = t.split('\n').length - (t.endsWith('\n') ? 0 : -1);
    return `${t.endsWith('\n') ? t : `${t}\n`}${line}\n`;
  });
  return { dir, line: n };
}

function problemsOf(dir: string): string[] {
  return checkTitleDictionary(dir).map((p) => `${path.basename(p.file)}:${p.line}: ${p.message}`);
}

describe('the shipped title files', () => {
  it('have no problems and a few hundred entries', () => {
    expect(checkTitleDictionary()).toEqual([]);
    const entries = ['ranks', 'modifiers', 'units', 'en-abbreviations', 'en-variants', 'contexts', 'blockers']
      .map((f) => readFileSync(path.join(SHIPPED_TITLES(), `${f}.tsv`), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).length - 1)
      .reduce((a, b) => a + b, 0);
    expect(entries).toBeGreaterThan(400);
  });

  it('compile once (cached) with a version', () => {
    const a = loadTitleDictionary();
    expect(loadTitleDictionary()).toBe(a);
    expect(a.version).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('validation: a bad line is reported as file:line with the reason', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['ranks.tsv', 'wrong column count', '首席魔法官\tChief Magic Officer\texecutive\tof', /expected 6 tab-separated columns/],
    ['ranks.tsv', 'an empty required cell', '首席魔法官\t\texecutive\tof\tyes\t', /column "en" is empty/],
    ['ranks.tsv', 'a duplicate', '首席技术官\tChief Technology Officer\texecutive\tof\tyes\t', /duplicate title "首席技术官" \(first at line \d+\)/],
    ['ranks.tsv', 'an unknown kind', '首席魔法官\tChief Magic Officer\twizard\tof\tyes\t', /"wizard" is not one of executive/],
    ['ranks.tsv', 'English not in Title Case', '首席魔法官\tchief magic officer\texecutive\tof\tyes\t', /Title Case: "Chief Magic Officer"/],
    ['ranks.tsv', 'a title that could never be found', '首席魔法官\tChief Magic Officer\texecutive\tnone\tno\t', /could never be found/],
    ['ranks.tsv', 'Latin in a Chinese column', 'Magic\tChief Magic Officer\texecutive\tof\tyes\t', /must be Chinese characters only/],
    ['ranks.tsv', 'a stray space', ' 首席魔法官\tChief Magic Officer\texecutive\tof\tyes\t', /spaces around/],
    ['modifiers.tsv', 'an unknown modifier kind', '超级\tSuper\tmagic\t', /"magic" is not one of former/],
    ['units.tsv', 'a bad yes/no', '魔法\tMagic\tdomain', /expected 4 tab-separated columns/],
    ['en-abbreviations.tsv', 'an abbreviation in lower case', 'cmgo\tChief Magic Officer\tyes\t', /2 to 6 capital letters/],
    ['en-abbreviations.tsv', 'an expansion no file composes', 'CMGO\tChief Magic Officer\tyes\t', /"Chief Magic Officer" is not a title the other files compose/],
    ['en-variants.tsv', 'a canonical form nothing knows', 'wizard\tWizard\talias\t', /"Wizard" is not an English title, modifier or unit/],
    ['en-variants.tsv', 'a bound word that is no title', 'wizard\tWizard\tbound\t', /must be an English title of ranks.tsv/],
    ['contexts.tsv', 'a context for an unknown title', '魔法部\t魔法部长\tMinister for Magic\t', /"魔法部长" is not in ranks.tsv/],
    ['blockers.tsv', 'a pattern without its bar', '长期\tblock\t', /must be LEFT\|RIGHT/],
    ['blockers.tsv', 'an unknown action', '长|期\tmaybe\t', /"maybe" is not one of block, allow/],
  ];
  it.each(cases)('%s: %s', (file, _what, line, reason) => {
    const { dir, line: n } = withLine(file, line);
    const found = problemsOf(dir);
    expect(found.some((p) => p.startsWith(`${file}:${n}: `) && reason.test(p))).toBe(true);
  });

  it('a byte-order mark', () => {
    const dir = copyWith('units.tsv', (t) => `\ufeff${t}`);
    expect(problemsOf(dir).some((p) => p.startsWith('units.tsv:1: ') && /byte-order mark/.test(p))).toBe(true);
  });

  it('Windows line endings', () => {
    const dir = copyWith('modifiers.tsv', (t) => t.replace(/\n/g, '\r\n'));
    expect(problemsOf(dir).some((p) => /modifiers.tsv:\d+: Windows line ending/.test(p))).toBe(true);
  });

  it('a wrong header', () => {
    const dir = copyWith('contexts.tsv', (t) => t.replace('before\tzh\ten\tnote', 'before\tzh\tenglish\tnote'));
    expect(problemsOf(dir).some((p) => p.startsWith('contexts.tsv:') && /the header must be exactly/.test(p))).toBe(true);
  });

  it('loading a bad folder throws a NewsannoError naming file:line, with a hint', () => {
    const { dir, line } = withLine('ranks.tsv', '首席魔法官\tChief Magic Officer\texecutive\tof');
    let err: unknown;
    try {
      loadTitleDictionary(dir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NewsannoError);
    const e = err as NewsannoError;
    expect(e.code).toBe('dictionary');
    expect(e.message).toContain(`ranks.tsv:${line}: expected 6 tab-separated columns`);
    expect(e.hint).toMatch(/README/);
  });

  it('a missing file is a NewsannoError', () => {
    const dir = copyWith('blockers.tsv', (t) => t);
    unlinkSync(path.join(dir, 'blockers.tsv'));
    expect(() => compileTitleDictionary(dir)).toThrow(NewsannoError);
    expect(() => compileTitleDictionary(dir)).toThrow(/blockers.tsv/);
  });
});

describe('the files drive the matching', () => {
  it('a new head title, unit and context are found once added', () => {
    let dir = withLine('ranks.tsv', '首席快乐官\tChief Happiness Officer\texecutive\tof\tyes\t').dir;
    const before = findRolesZh('她是公司首席快乐官');
    expect(before).toEqual([]);
    writeFileSync(path.join(dir, 'units.tsv'), `${readFileSync(path.join(dir, 'units.tsv'), 'utf8')}黑魔法防御\tDefence Against the Dark Arts\tdomain\t\n`);
    const dict = loadTitleDictionary(dir);
    expect(dict.version).not.toBe(loadTitleDictionary().version);
    expect(findRolesZh('她是公司首席快乐官', dict).map((m) => [m.text, m.en])).toEqual([['首席快乐官', 'Chief Happiness Officer']]);
    expect(findRolesZh('黑魔法防御副总裁', dict).map((m) => m.en)).toEqual(['Vice President of Defence Against the Dark Arts']);
    // A blocker acts on a title's edge: with 总裁|说 blocked, 副总裁说 has no title, 副总裁表示 still has.
    expect(findRolesZh('副总裁说').map((m) => m.text)).toEqual(['副总裁']);
    dir = withLine('blockers.tsv', '总裁|说\tblock\t').dir;
    expect(findRolesZh('副总裁说', loadTitleDictionary(dir))).toEqual([]);
    expect(findRolesZh('副总裁表示', loadTitleDictionary(dir)).map((m) => m.text)).toEqual(['副总裁']);
  });
});
