// The title files' columns and the rules each line must meet. Rows in, typed entries and problems out.
import type { TsvProblem, TsvResult, TsvRow } from '../../dictionary/tsv.js';
import { titleCase } from './title-case.js';
import {
  COMPOSE_STYLES,
  MODIFIER_KINDS,
  RANK_KINDS,
  UNIT_KINDS,
  type Modifier,
  type Rank,
  type Unit,
} from './types.js';

export const TITLE_FILES = {
  ranks: { file: 'ranks.tsv', header: ['zh', 'en', 'kind', 'compose', 'bare', 'note'] },
  modifiers: { file: 'modifiers.tsv', header: ['zh', 'en', 'kind', 'note'] },
  units: { file: 'units.tsv', header: ['zh', 'en', 'kind', 'note'] },
  abbreviations: { file: 'en-abbreviations.tsv', header: ['abbr', 'en', 'bare', 'note'] },
  variants: { file: 'en-variants.tsv', header: ['en', 'canonical', 'kind', 'note'] },
  contexts: { file: 'contexts.tsv', header: ['before', 'zh', 'en', 'note'] },
  blockers: { file: 'blockers.tsv', header: ['pattern', 'action', 'note'] },
} as const;
export type TitleFileKey = keyof typeof TITLE_FILES;

export const VARIANT_KINDS = ['alias', 'title', 'bound', 'verbal', 'modifier', 'interim', 'former'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];

export interface Located {
  file: string;
  line: number;
}
export interface RankRow extends Located {
  zh: string;
  rank: Rank;
}
export interface ModifierRow extends Located {
  zh: string;
  mod: Modifier;
}
export interface UnitRow extends Located {
  zh: string;
  unit: Unit;
}
export interface AbbreviationRow extends Located {
  abbr: string;
  en: string;
  bare: boolean;
}
export interface VariantRow extends Located {
  en: string;
  canonical: string;
  kind: VariantKind;
}
export interface ContextRow extends Located {
  before: string;
  zh: string;
  en: string;
}
export interface BlockerRow extends Located {
  left: string;
  right: string;
  block: boolean;
}

const CJK = /^[\u3400-\u9fff\uf900-\ufaff]+$/;
const LATIN_WORD = /^[A-Za-z]+$/;
const EN_TITLE = /^[A-Za-z][A-Za-z&' -]*$/;

/** Checks cells one row at a time; every failed rule becomes a problem at the row's file:line. */
class RowChecker {
  ok = true;
  constructor(
    private readonly row: TsvRow,
    private readonly problems: TsvProblem[],
  ) {}
  fail(message: string): void {
    this.ok = false;
    this.problems.push({ file: this.row.file, line: this.row.line, message });
  }
  /** A required cell. */
  cell(column: string): string {
    const v = this.row.cells[column] ?? '';
    if (v === '') this.fail(`column "${column}" is empty; it is required`);
    return v;
  }
  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const v = this.cell(column);
    if (v !== '' && !allowed.includes(v as T)) this.fail(`column "${column}": ${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
    return v as T;
  }
  yesNo(column: string): boolean {
    return this.oneOf(column, ['yes', 'no'] as const) === 'yes';
  }
  chinese(column: string, v: string, allowLatin = false): void {
    if (v !== '' && !CJK.test(v) && !(allowLatin && LATIN_WORD.test(v)))
      this.fail(`column "${column}": ${JSON.stringify(v)} must be Chinese characters only${allowLatin ? ' (or one Latin word such as AI)' : ''}, simplified, without spaces or punctuation`);
  }
  english(column: string, v: string): void {
    if (v === '') return;
    if (!EN_TITLE.test(v)) this.fail(`column "${column}": ${JSON.stringify(v)} must be English letters, spaces, hyphens, & or '`);
    else if (/\s{2,}/.test(v)) this.fail(`column "${column}": ${JSON.stringify(v)} has a double space`);
    else if (titleCase(v) !== v) this.fail(`column "${column}": write ${JSON.stringify(v)} in Title Case: ${JSON.stringify(titleCase(v))}`);
  }
}

/** Reports a second line with the same key, pointing at the first. */
function uniqueKeys<T extends Located>(rows: T[], key: (r: T) => string, what: string, problems: TsvProblem[]): T[] {
  const seen = new Map<string, T>();
  return rows.filter((r) => {
    const k = key(r);
    const first = seen.get(k);
    if (first) {
      problems.push({ file: r.file, line: r.line, message: `duplicate ${what} ${JSON.stringify(k)} (first at line ${first.line}); keep one line` });
      return false;
    }
    seen.set(k, r);
    return true;
  });
}

function rowsOf<T extends Located>(parsed: TsvResult, problems: TsvProblem[], read: (c: RowChecker, at: Located, row: TsvRow) => T): T[] {
  const out: T[] = [];
  for (const row of parsed.rows) {
    const c = new RowChecker(row, problems);
    const entry = read(c, { file: row.file, line: row.line }, row);
    if (c.ok) out.push(entry);
  }
  return out;
}

export function rankRows(parsed: TsvResult, problems: TsvProblem[]): RankRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const zh = c.cell('zh');
    c.chinese('zh', zh);
    const en = c.cell('en');
    c.english('en', en);
    const rank: Rank = { en, kind: c.oneOf('kind', RANK_KINDS), compose: c.oneOf('compose', COMPOSE_STYLES), bare: c.yesNo('bare') };
    if (!rank.bare && rank.compose === 'none') c.fail('bare "no" needs a unit before the title, but compose "none" takes none: it could never be found');
    return { ...at, zh, rank };
  });
  return uniqueKeys(rows, (r) => r.zh, 'title', problems);
}

export function modifierRows(parsed: TsvResult, problems: TsvProblem[]): ModifierRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const zh = c.cell('zh');
    c.chinese('zh', zh);
    const en = c.cell('en');
    c.english('en', en.replace(/-$/, '')); // Co- attaches to the next word
    return { ...at, zh, mod: { en, kind: c.oneOf('kind', MODIFIER_KINDS) } };
  });
  return uniqueKeys(rows, (r) => r.zh, 'modifier', problems);
}

export function unitRows(parsed: TsvResult, problems: TsvProblem[]): UnitRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const zh = c.cell('zh');
    c.chinese('zh', zh, true);
    const en = c.cell('en');
    c.english('en', en);
    return { ...at, zh, unit: { en, kind: c.oneOf('kind', UNIT_KINDS) } };
  });
  return uniqueKeys(rows, (r) => r.zh.toUpperCase(), 'unit', problems);
}

export function abbreviationRows(parsed: TsvResult, problems: TsvProblem[]): AbbreviationRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const abbr = c.cell('abbr');
    if (abbr !== '' && !/^[A-Z]{2,6}$/.test(abbr)) c.fail(`column "abbr": ${JSON.stringify(abbr)} must be 2 to 6 capital letters`);
    const en = c.cell('en');
    c.english('en', en);
    return { ...at, abbr, en, bare: c.yesNo('bare') };
  });
  return uniqueKeys(rows, (r) => r.abbr, 'abbreviation', problems);
}

export function variantRows(parsed: TsvResult, problems: TsvProblem[]): VariantRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const en = c.cell('en');
    if (en !== '' && !/^[a-z][a-z'&]*(?:[ -][a-z'&]+)*$/.test(en))
      c.fail(`column "en": ${JSON.stringify(en)} must be lowercase English words separated by single spaces or hyphens`);
    const canonical = c.cell('canonical');
    c.english('canonical', canonical);
    return { ...at, en, canonical, kind: c.oneOf('kind', VARIANT_KINDS) };
  });
  return uniqueKeys(rows, (r) => r.en, 'English form', problems);
}

export function contextRows(parsed: TsvResult, problems: TsvProblem[]): ContextRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const before = c.cell('before');
    c.chinese('before', before);
    const zh = c.cell('zh');
    c.chinese('zh', zh);
    const en = c.cell('en');
    c.english('en', en);
    return { ...at, before, zh, en };
  });
  return uniqueKeys(rows, (r) => `${r.before}|${r.zh}`, 'context', problems);
}

export function blockerRows(parsed: TsvResult, problems: TsvProblem[]): BlockerRow[] {
  const rows = rowsOf(parsed, problems, (c, at) => {
    const pattern = c.cell('pattern');
    const parts = pattern.split('|');
    if (pattern !== '' && (parts.length !== 2 || !parts[0] || !parts[1]))
      c.fail(`column "pattern": ${JSON.stringify(pattern)} must be LEFT|RIGHT, one "|" where a title's edge would fall, text on both sides`);
    else if (pattern !== '') {
      c.chinese('pattern (left of |)', parts[0]);
      c.chinese('pattern (right of |)', parts[1]);
    }
    const action = c.oneOf('action', ['block', 'allow'] as const);
    return { ...at, left: parts[0] ?? '', right: parts[1] ?? '', block: action === 'block' };
  });
  return uniqueKeys(rows, (r) => `${r.left}|${r.right}`, 'pattern', problems);
}
