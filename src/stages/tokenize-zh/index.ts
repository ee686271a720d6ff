// Chinese tokens with offsets: Latin runs are cut by a regex (kept whole: OpenAI, GPT-4o, o1), the rest by
// jieba; jieba's words are re-aligned to the text and a word that cannot be aligned is an error.
import type { Token } from '../../core/types.js';
import { jiebaTag } from './jieba.js';

export { loadJieba, jiebaLoaded, jiebaAddWord } from './jieba.js';

export class AlignmentError extends Error {
  override name = 'AlignmentError';
}

/** A Latin word with inner hyphens, dots, apostrophes or ampersands (GPT-4o, U.S, AT&T, o1), or a number. */
const LATIN = /\p{Script=Latin}[\p{Script=Latin}0-9]*(?:[-.'’&+][\p{Script=Latin}0-9]+)*\+*|\d+(?:[.,]\d+)*%?/gu;

/**
 * Tokenizes the working copy `work` (simplified, half-width). Token offsets index `work`, which is
 * index-aligned with the original text; `text` is taken from `original` so spans check against it.
 */
export function tokenizeZh(work: string, original: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  const cutSegment = (from: number, to: number) => {
    if (from >= to) return;
    const segment = work.slice(from, to);
    let pos = 0;
    for (const { word, tag } of jiebaTag(segment)) {
      if (!word) continue;
      if (!segment.startsWith(word, pos)) {
        throw new AlignmentError(
          `jieba word ${JSON.stringify(word)} does not align at offset ${from + pos} (text there: ${JSON.stringify(segment.slice(pos, pos + 10))})`,
        );
      }
      const start = from + pos;
      const end = start + word.length;
      if (word.trim()) tokens.push({ start, end, text: original.slice(start, end), norm: word, tag });
      pos += word.length;
    }
    if (pos !== segment.length)
      throw new AlignmentError(`jieba dropped text at offset ${from + pos}: ${JSON.stringify(segment.slice(pos, pos + 10))}`);
  };
  for (const m of work.matchAll(LATIN)) {
    const start = m.index!;
    cutSegment(last, start);
    const end = start + m[0].length;
    tokens.push({ start, end, text: original.slice(start, end), norm: m[0], tag: /^\d/.test(m[0]) ? 'm' : 'eng' });
    last = end;
  }
  cutSegment(last, work.length);
  return tokens;
}
