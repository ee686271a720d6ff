// Sentence and clause boundaries over the working copy. Offsets index the original text (the working
// copy is index-aligned with it).
import type { Lang, Sentence, TextSpan } from '../../core/types.js';

const OPENERS = '“‘「『"(（《';
const CLOSERS = '”’」』"\')）》';

/**
 * Chinese sentences end at 。！？!? ; and at line breaks; a closing quote or bracket right after the
 * end mark stays with the sentence. Semicolons do not end a sentence (clauses do that).
 */
export function splitSentencesZh(work: string, original: string): Sentence[] {
  return split(work, original, (s, i) => {
    const c = s[i];
    if (c === '\n') return i;
    if ('。！？!?…'.includes(c)) {
      let j = i + 1;
      while (j < s.length && ('。！？!?…'.includes(s[j]) || CLOSERS.includes(s[j]))) j++;
      return j - 1;
    }
    return -1;
  });
}

const ABBREVIATIONS = /\b(?:Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|No|vs|Gen|Gov|Sen|Rep|etc|e\.g|i\.e)\.$/i;

/** English sentences: . ! ? followed by space and an upper-case letter, digit or quote; line breaks. */
export function splitSentencesEn(work: string, original: string): Sentence[] {
  return split(work, original, (s, i) => {
    const c = s[i];
    if (c === '\n') return i;
    if (c !== '.' && c !== '!' && c !== '?') return -1;
    let j = i + 1;
    while (j < s.length && (CLOSERS.includes(s[j]) || s[j] === '.' || s[j] === '!' || s[j] === '?')) j++;
    if (j < s.length && !/\s/.test(s[j])) return -1;
    let k = j;
    while (k < s.length && s[k] === ' ') k++;
    if (k < s.length && !/[A-Z0-9"“‘'(\n]/.test(s[k])) return -1;
    if (c === '.') {
      const before = s.slice(Math.max(0, i - 6), i + 1);
      if (ABBREVIATIONS.test(before)) return -1;
      // An initial (J. Smith) is not a sentence end.
      if (/(?:^|\s)[A-Z]\.$/.test(before)) return -1;
    }
    return j - 1;
  });
}

function split(work: string, original: string, endAt: (s: string, i: number) => number): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(work[from])) from++;
    while (to > from && /\s/.test(work[to - 1])) to--;
    if (to > from) out.push({ index: out.length, start: from, end: to, text: original.slice(from, to) });
  };
  for (let i = 0; i < work.length; i++) {
    const e = endAt(work, i);
    if (e < 0) continue;
    push(start, e + 1);
    start = e + 1;
    i = e;
  }
  push(start, work.length);
  return out;
}

export function splitSentences(lang: Lang, work: string, original: string): Sentence[] {
  return lang === 'zh' ? splitSentencesZh(work, original) : splitSentencesEn(work, original);
}

/** Clauses of a sentence: split at commas, semicolons and colons outside quotes and brackets. */
export function clauses(work: string, sentence: TextSpan, lang: Lang): TextSpan[] {
  const marks = lang === 'zh' ? ',;:、' : ';:';
  const out: TextSpan[] = [];
  let depth = 0;
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = work[i];
    if (OPENERS.includes(c) && c !== '"') depth++;
    else if (CLOSERS.includes(c) && c !== '"' && c !== "'") depth = Math.max(0, depth - 1);
    // A space between Chinese words separates headline clauses (董事长王振华辞职 行长李建国接任).
    else if (depth === 0 && ((marks.includes(c) && c !== '、') || (lang === 'zh' && c === ' ' && /\p{Script=Han}/u.test(work[i - 1] ?? '') && /\p{Script=Han}/u.test(work[i + 1] ?? '')))) {
      if (i > start) out.push({ start, end: i, text: work.slice(start, i) });
      start = i + 1;
    }
  }
  if (sentence.end > start) out.push({ start, end: sentence.end, text: work.slice(start, sentence.end) });
  return out;
}
