// Keys under which aliases are indexed and looked up, so that spelling variants meet.
import { foldNameSeparators, foldWidth, toSimplified } from '../stages/normalise/fold.js';

const ZH_SEPARATORS = /[·\s.\-]/g;

/** Chinese alias key: simplified, half-width, without name separators or spaces. */
export function zhKey(s: string): string {
  return foldNameSeparators(toSimplified(foldWidth(s))).replace(ZH_SEPARATORS, '');
}

/** Latin alias key: no diacritics, lower case, no dots or apostrophes, hyphens and runs of space as one space. */
export function enKey(s: string): string {
  return foldWidth(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.'’]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

export const hasHan = (s: string): boolean => /\p{Script=Han}/u.test(s);
export const hasLatin = (s: string): boolean => /[A-Za-z]/.test(s);
