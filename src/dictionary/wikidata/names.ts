// Turns an entity's labels and aliases into the name columns of the entity TSV: the English name,
// English aliases and Chinese full forms, dropping (and counting) every form the dictionary parser
// would reject or that would make a poor alias.
import type { EntityType } from '../../core/types.js';
import { foldNameSeparators, toSimplified } from '../../stages/normalise/fold.js';
import { enKey, hasHan, hasLatin, zhKey } from '../fold.js';
import { aliasValues, term, type WdEntity } from './wikidata-json.js';

/**
 * Chinese language codes, simplified first: the first form kept is the display form, which the
 * dictionary wants mainland and simplified; Taiwan, Hong Kong and Macau forms follow.
 */
export const ZH_LANGUAGES = ['zh-cn', 'zh-hans', 'zh', 'zh-sg', 'zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'] as const;
export const EN_LANGUAGES = ['en', 'en-gb', 'en-us'] as const;

export const ZH_DROP_REASONS = {
  unsafe: 'contains a tab, newline or "|"',
  latin: 'contains Latin letters',
  'not-han': 'has no Chinese characters',
  'kana-hangul': 'contains Japanese kana or Korean hangul',
  bracketed: 'contains brackets or title marks',
  'stray-separator': 'has a stray name separator (·)',
  'single-character': 'a single character',
  'name-part': 'only the given name or surname of a transliterated full form',
  'script-duplicate': 'the same name after folding script, width and separators',
  claimed: 'claimed by an existing dictionary entity that has no note',
} as const;
export type ZhDropReason = keyof typeof ZH_DROP_REASONS;

export const EN_DROP_REASONS = {
  unsafe: 'contains "|"',
  han: 'contains Chinese characters',
  'not-latin': 'not in Latin script',
  'single-word': 'a single word for a person (a bare surname or nickname is ambiguous)',
  'same-as-name': 'the same as the name after folding',
  duplicate: 'the same as another alias after folding',
  claimed: 'claimed by an existing dictionary entity that has no note',
} as const;
export type EnDropReason = keyof typeof EN_DROP_REASONS;

export type Tally<K extends string> = Partial<Record<K, number>>;
export const bump = <K extends string>(t: Tally<K>, k: K, n = 1): void => {
  t[k] = (t[k] ?? 0) + n;
};

/** Says whether an alias key is taken by an existing dictionary entity that cannot share it. */
export type ClaimCheck = (key: string) => boolean;

const KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const BRACKETS = /[()（）[\]【】〔〕《》〈〉「」『』"“”]/;

/** Whitespace collapsed; the separators of transliterated names folded to `·`, without spaces around it. */
export function cleanZh(s: string): string {
  return foldNameSeparators(s.replace(/\s+/g, ' ').trim()).replace(/ ?· ?/g, '·');
}

/** Why a Chinese form cannot be written, or null when it can (the parser's rules, and a few more). */
export function zhProblem(form: string): ZhDropReason | null {
  if (/[|\t\n\r]/.test(form)) return 'unsafe';
  if (hasLatin(form)) return 'latin';
  if (!hasHan(form)) return 'not-han';
  if (KANA_HANGUL.test(form)) return 'kana-hangul';
  if (BRACKETS.test(form)) return 'bracketed';
  if (/·{2,}|^·|·$/.test(form)) return 'stray-separator';
  if (zhKey(form).length < 2) return 'single-character';
  return null;
}

const isSimplified = (s: string): boolean => toSimplified(s) === s;

/** Raw Chinese labels and aliases in ZH_LANGUAGES order (label before aliases in each language). */
export function rawChinese(e: WdEntity): string[] {
  const out: string[] = [];
  for (const lang of ZH_LANGUAGES) {
    const label = term(e.labels, lang);
    if (label) out.push(label);
    out.push(...aliasValues(e, lang));
  }
  return out;
}

/**
 * The Chinese full forms to write: cleaned, checked, one per folded key (zhKey). Among forms with
 * the same key the first position wins, but the written form prefers one with `·` (the compiler
 * derives given names and surnames from it), then simplified script. When no form is simplified,
 * the display form is converted with the matcher's own converter (same key, so no new match).
 */
export function chineseForms(e: WdEntity, type: EntityType, drops: Tally<ZhDropReason>, claimed: ClaimCheck = () => false): string[] {
  const byKey = new Map<string, string>();
  for (const raw of rawChinese(e)) {
    const form = cleanZh(raw);
    const problem = zhProblem(form);
    if (problem) {
      bump(drops, problem);
      continue;
    }
    const key = zhKey(form);
    const kept = byKey.get(key);
    if (kept === undefined) {
      if (claimed(key)) bump(drops, 'claimed');
      else byKey.set(key, form);
      continue;
    }
    if (kept !== form) bump(drops, 'script-duplicate');
    if (preference(form) > preference(kept)) byKey.set(key, form);
  }
  let forms = [...byKey.values()];
  if (type === 'person') forms = dropNameParts(forms, drops);
  if (forms.length && !isSimplified(forms[0])) forms[0] = toSimplified(forms[0]);
  return forms;
}

const preference = (form: string): number => (form.includes('·') ? 2 : 0) + (isSimplified(form) ? 1 : 0);

/** 纳德拉 next to 萨蒂亚·纳德拉 is a surname, not a full form: the compiler already links it in context. */
function dropNameParts(forms: string[], drops: Tally<ZhDropReason>): string[] {
  const parts = new Set<string>();
  for (const f of forms) {
    const p = f.split('·');
    if (p.length < 2) continue;
    parts.add(zhKey(p[0]));
    parts.add(zhKey(p[p.length - 1]));
  }
  return forms.filter((f) => {
    if (f.includes('·') || !parts.has(zhKey(f))) return true;
    bump(drops, 'name-part');
    return false;
  });
}

const cleanEn = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The English label (en, then en-gb, en-us), whitespace collapsed, or null. */
export function englishName(e: WdEntity): string | null {
  for (const lang of EN_LANGUAGES) {
    const label = term(e.labels, lang);
    if (label) return cleanEn(label);
  }
  return null;
}

/** A usable canonical name: Latin script, nothing Chinese in it. */
export const isLatinName = (name: string): boolean => hasLatin(name) && !hasHan(name);

/** English aliases: the other English labels and every English alias, folded with enKey to drop repeats. */
export function englishAliases(e: WdEntity, name: string, type: EntityType, drops: Tally<EnDropReason>, claimed: ClaimCheck = () => false): string[] {
  const raw: string[] = [];
  for (const lang of EN_LANGUAGES) {
    const label = term(e.labels, lang);
    if (label) raw.push(label);
  }
  for (const lang of EN_LANGUAGES) raw.push(...aliasValues(e, lang));
  const nameKey = enKey(name);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    const alias = cleanEn(r);
    const key = enKey(alias);
    if (key === nameKey) {
      if (alias !== name) bump(drops, 'same-as-name');
      continue;
    }
    const problem: EnDropReason | null = alias.includes('|')
      ? 'unsafe'
      : hasHan(alias)
        ? 'han'
        : !hasLatin(alias)
          ? 'not-latin'
          : type === 'person' && !alias.includes(' ')
            ? 'single-word'
            : seen.has(key)
              ? 'duplicate'
              : claimed(key)
                ? 'claimed'
                : null;
    if (problem) {
      bump(drops, problem);
      continue;
    }
    seen.add(key);
    out.push(alias);
  }
  return out;
}
