// Dictionary check: is a Chinese form a plausible rendering of an English name? Either a
// transliteration (米拉·穆拉蒂 ↔ Mira Murati, by the phonetic model) or a native Chinese name whose
// surname the English spells (黄仁勋 ↔ Jensen Huang, 苏姿丰 ↔ Lisa Su, by pinyin).

import { createRequire } from 'node:module';
import type { PhoneticMatcher } from './phonetic.js';
import { COMPOUND_SURNAMES, surnameSpellings } from './surnames.js';
import { chineseParts, englishTokens, isAllHan } from './text.js';

export interface PairCheck {
  /** max(phonetic score, native-name score): 1 when surname and given name match by pinyin, 0.9 the surname alone. */
  score: number;
  plausible: boolean;
  /** Why, in words a dictionary editor can act on. */
  detail: string;
}

type PinyinFn = (text: string, options: Record<string, unknown>) => string[];
let pinyinFn: PinyinFn | undefined;

/** pinyin-pro carries a large dictionary: load it on the first native-name check, not with the model. */
function pinyinOf(text: string, surname: boolean): string[] {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: PinyinFn }).pinyin;
  return pinyinFn(text, { toneType: 'none', type: 'array', ...(surname ? { mode: 'surname' } : {}) });
}

export interface NativeMatch {
  surname: string;
  surnamePinyin: string;
  /** The English token that spells the surname, or null. */
  surnameToken: string | null;
  /** True when the remaining English tokens spell the given name's pinyin (李飞飞 ↔ Fei-Fei Li). */
  givenMatches: boolean;
}

/** Read a 2-4 character Chinese name as surname + given name and look for them among the English tokens. */
export function nativeMatch(zh: string, tokens: string[]): NativeMatch | null {
  if (!isAllHan(zh)) return null;
  const chars = [...zh];
  if (chars.length < 2 || chars.length > 4) return null;
  const surname = COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) && chars.length > 2 ? chars.slice(0, 2).join('') : chars[0];
  const surnamePinyin = pinyinOf(surname, true);
  const spellings = surnameSpellings(surname, surnamePinyin);
  const surnameToken = tokens.find((t) => spellings.has(t)) ?? null;
  const given = zh.slice(surname.length);
  const givenPinyin = pinyinOf(given, false).join('').replace(/ü/g, 'u');
  const rest = tokens.filter((t) => t !== surnameToken).join('');
  return { surname, surnamePinyin: surnamePinyin.join(''), surnameToken, givenMatches: surnameToken !== null && rest === givenPinyin };
}

export function checkPair(matcher: PhoneticMatcher, zhFull: string, enFull: string, proposeThreshold: number): PairCheck {
  const tokens = englishTokens(enFull);
  if (tokens.length === 0) return { score: 0, plausible: false, detail: `the English name "${enFull}" has no Latin letters` };
  const parts = chineseParts(zhFull);
  if (parts.length === 0 || !parts.every(isAllHan))
    return { score: 0, plausible: false, detail: `the Chinese name "${zhFull}" has characters other than Han characters and separators` };
  const phonetic = matcher.score(zhFull, enFull);
  if (phonetic >= proposeThreshold)
    return { score: phonetic, plausible: true, detail: `transliteration: phonetic score ${phonetic.toFixed(3)} ≥ ${proposeThreshold}` };
  // A name written with a separator (·) is a transliteration; only a run of 2-4 characters can be native.
  const native = parts.length === 1 ? nativeMatch(parts[0], tokens) : null;
  if (native?.surnameToken) {
    const score = Math.max(phonetic, native.givenMatches ? 1 : 0.9);
    const given = native.givenMatches ? 'and the given name matches too' : 'the given name is not spelled out (an English given name?)';
    return {
      score,
      plausible: true,
      detail: `native Chinese name: surname ${native.surname} (${native.surnamePinyin}) matches "${native.surnameToken}"; ${given}`,
    };
  }
  const nativeNote = native ? `; read as a Chinese name, surname ${native.surname} (${native.surnamePinyin}) is not among [${tokens.join(', ')}]` : '';
  return {
    score: phonetic,
    plausible: false,
    detail: `not a plausible transliteration: phonetic score ${phonetic.toFixed(3)} < ${proposeThreshold}${nativeNote}`,
  };
}
