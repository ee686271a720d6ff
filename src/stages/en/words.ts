// Words of English text for name finding: compromise splits "Ji-hoon" and "Lip-Bu" into two terms
// and drops the dot of "J." and "Corp.", but a name's surface keeps them, so words are cut here from
// the text and carry the tags of the compromise terms they overlap.
import type { TextSpan } from '../../core/types.js';
import type { EnTerm } from '../tokenize-en/compromise.js';

export interface Word extends TextSpan {
  /** Lower case, without a possessive 's and without dots. */
  norm: string;
  tags: ReadonlySet<string>;
  /** Followed by a possessive 's (included in text). */
  possessive: boolean;
  /** Starts with an upper-case letter (or is an initial). */
  cap: boolean;
  /** A. / J. / A.J. / U.S.: a capital letter with its dot. */
  initial: boolean;
  /** Index of the sentence holding the word. */
  sentence: number;
}

/** Abbreviations that keep their full stop inside a name: Harbor Crest Financial Corp., Dr. */
const DOTTED = /^(?:corp|co|inc|ltd|bros|jr|sr|mr|mrs|ms|dr|prof|st|gen|sen|rep|gov|rev|hon|messrs)$/i;
const WORD = /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|&/gu;
const POSSESSIVE = /['’]s$/i;

export function wordsOf(text: string, work: string, terms: readonly EnTerm[], sentences: readonly TextSpan[]): Word[] {
  const out: Word[] = [];
  let t = 0;
  let s = 0;
  for (const m of work.matchAll(WORD)) {
    const start = m.index!;
    let end = start + m[0].length;
    if (work[end] === '.' && DOTTED.test(m[0])) end++;
    const raw = work.slice(start, end);
    while (t < terms.length && terms[t].end <= start) t++;
    const tags = new Set<string>();
    for (let k = t; k < terms.length && terms[k].start < end; k++) for (const tag of terms[k].tags) tags.add(tag);
    while (s < sentences.length - 1 && sentences[s].end <= start) s++;
    const possessive = POSSESSIVE.test(raw) && raw.length > 2;
    const initial = /^(?:\p{Lu}\.)+$/u.test(raw);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      norm: raw.replace(POSSESSIVE, '').replace(/\./g, '').toLowerCase(),
      tags,
      possessive,
      cap: /^\p{Lu}/u.test(raw),
      initial,
      sentence: s,
    });
  }
  return out;
}

/** Only spaces between two words of one sentence: they can belong to one name. */
export function adjacent(work: string, a: Word, b: Word): boolean {
  if (a.sentence !== b.sentence || !/^ {1,2}$/.test(work.slice(a.end, b.start))) return false;
  // A dotted legal form ends a company's name: "…Manufacturing Co. Gelsinger, who" is two names.
  return !(a.text.endsWith('.') && /^(?:corp|co|inc|ltd)$/.test(a.norm));
}

/** The span of words i..j, without the last word's possessive 's. */
export function spanOf(text: string, words: readonly Word[], i: number, j: number): TextSpan {
  const end = words[j].possessive ? words[j].end - 2 : words[j].end;
  return { start: words[i].start, end, text: text.slice(words[i].start, end) };
}
