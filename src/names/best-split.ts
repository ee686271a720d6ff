// Where does the name start in a Chinese run that ends with it? 原副总裁达里奥阿莫蒂 followed by the
// gloss (Dario Amodei): try every suffix and keep the one that writes the English best.

import type { PhoneticMatcher } from './phonetic.js';

export interface NameSplit {
  /** UTF-16 offset in the run where the name starts. */
  start: number;
  /** The suffix: the name as written. */
  name: string;
  /** Its phonetic score against the English, in [0, 1]. */
  score: number;
}

/** Longest suffix tried, in characters (long Russian or Thai names run to about a dozen). */
export const MAX_NAME_CHARS = 16;
const SEPARATOR = /[·•・‧∙⋅．.\-－‐\s\u3000]/u;

export function bestSplit(matcher: PhoneticMatcher, run: string, en: string, maxChars = MAX_NAME_CHARS): NameSplit | null {
  const english = matcher.prepareEnglish(en);
  if (!english) return null;
  // Code point starts, so a suffix never splits a surrogate pair.
  const starts: number[] = [];
  for (let i = 0; i < run.length; ) {
    starts.push(i);
    i += run.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  let best: (NameSplit & { logit: number }) | null = null;
  for (const start of starts.slice(-maxChars)) {
    if (SEPARATOR.test(run[start])) continue;
    const name = run.slice(start);
    const zh = matcher.prepareChinese(name);
    if (!zh) continue;
    // Compare logits: calibrated scores of long names all round to 1.
    const logit = matcher.logitPrepared(zh, english);
    if (!best || logit > best.logit) best = { start, name, score: 1 / (1 + Math.exp(-logit)), logit };
  }
  return best && { start: best.start, name: best.name, score: best.score };
}
