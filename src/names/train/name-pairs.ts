// Build and evaluation time: read name-pairs.en-zh.tsv (English token, Chinese characters separated
// by spaces, count), fold the English to a-z, the Chinese to simplified, and drop pairs that cannot be
// a transliteration of the token (non-Han characters, impossible length ratios).

import { bucketOf } from '../split.js';
import { foldLatin, isAllHan } from '../text.js';

export interface NamePair {
  /** The English token as the file gives it (lower case, may carry diacritics). */
  token: string;
  /** The token folded to a-z. */
  letters: string;
  /** The Chinese form, simplified, without spaces. */
  zh: string;
  chars: string[];
  count: number;
  /** Split bucket of the English token (see split.ts). */
  bucket: number;
}

export interface ReadResult {
  pairs: NamePair[];
  /** Why lines were dropped, with how many. */
  dropped: Record<string, number>;
  /** Traditional → simplified for the characters that changed. */
  variants: Map<string, string>;
}

/** Shortest and longest English letter count per Chinese character that still reads as a transliteration. */
export const MIN_LETTERS_PER_CHAR = 0.5;
export const MAX_LETTERS_PER_CHAR = 4;

export function readNamePairs(tsv: string, toSimplified: (s: string) => string): ReadResult {
  const pairs: NamePair[] = [];
  const dropped: Record<string, number> = {};
  const variants = new Map<string, string>();
  const drop = (why: string) => (dropped[why] = (dropped[why] ?? 0) + 1);
  for (const line of tsv.split('\n')) {
    if (!line.trim()) continue;
    const [token, spaced, countText] = line.split('\t');
    if (!token || !spaced) {
      drop('malformed line');
      continue;
    }
    const raw = spaced.split(' ').filter(Boolean);
    const chars = raw.map((ch) => {
      const simple = toSimplified(ch);
      // One character in, one out: opencc maps some characters to two-character phrases; keep those as they are.
      if ([...simple].length !== 1) return ch;
      if (simple !== ch) variants.set(ch, simple);
      return simple;
    });
    const zh = chars.join('');
    const letters = foldLatin(token);
    if (!isAllHan(zh)) drop('non-Han character in the Chinese form');
    else if (letters.length === 0) drop('no Latin letters in the English token');
    else if (letters.length < chars.length * MIN_LETTERS_PER_CHAR) drop('too few letters for the characters');
    else if (letters.length > chars.length * MAX_LETTERS_PER_CHAR) drop('too many letters for the characters');
    else pairs.push({ token, letters, zh, chars, count: Number(countText) || 1, bucket: bucketOf(token) });
  }
  return { pairs, dropped, variants };
}
