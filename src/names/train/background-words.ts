// Build and evaluation time: the general-Chinese background for the detector, from jieba's dictionary
// (word, frequency, tag per line). Person, place and organisation names (nr*, ns, nt) are left out,
// since the background must model ordinary words, not transliterated names; native Chinese full names
// (nr, a common surname then one or two characters, not a known transliteration) are kept apart so
// the build can add them: they are exactly what the detector must learn to reject.

import { bucketOf } from '../split.js';
import { looksLikeNativeName } from '../surnames.js';
import { isAllHan } from '../text.js';

export interface BackgroundWord {
  word: string;
  freq: number;
  tag: string;
  bucket: number;
  /** A person-name entry shaped like a native Chinese name (still to be checked against transliterations). */
  nativeName: boolean;
}

const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nrf', 'ns', 'nt']);

export function readBackgroundWords(dictText: string): BackgroundWord[] {
  const out: BackgroundWord[] = [];
  for (const line of dictText.split('\n')) {
    const [word, freqText, tag] = line.trim().split(/\s+/);
    if (!word || !tag || !isAllHan(word)) continue;
    const nativeName = (tag === 'nr' || tag === 'nrfg') && looksLikeNativeName(word);
    if (NAME_TAGS.has(tag) && !nativeName) continue;
    const freq = Number(freqText);
    if (!(freq > 0)) continue;
    out.push({ word, freq, tag, bucket: bucketOf(word), nativeName });
  }
  return out;
}
