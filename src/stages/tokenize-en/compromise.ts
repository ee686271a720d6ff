// The only module that imports compromise. Reads English paragraph by paragraph (compromise slows
// down on very long documents) and re-bases its offsets onto the article: compromise's sentence
// offsets include trailing punctuation and spaces, so each span is re-checked against the text here.
import nlp from 'compromise';
import type { TextSpan } from '../../core/types.js';

export interface EnTerm extends TextSpan {
  /** Lower case, without a possessive 's. */
  norm: string;
  tags: ReadonlySet<string>;
  /** The term is followed by a possessive 's (included in text). */
  possessive: boolean;
}

export interface EnglishReading {
  sentences: TextSpan[];
  terms: EnTerm[];
}

interface JsonTerm {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}
interface JsonSentence {
  offset: { start: number; length: number };
  terms: JsonTerm[];
}

let taught = '';

/** Teaches compromise the dictionary's names once per dictionary version (Sundar Pichai, Anthropic …). */
export function teachNames(version: string, people: Iterable<string>, orgs: Iterable<string>): void {
  if (taught === version) return;
  const words: Record<string, string> = {};
  const add = (name: string, tag: string) => {
    const key = name.toLowerCase().replace(/[.]/g, '').replace(/-/g, ' ').trim();
    if (key && !/[^a-z0-9 '&]/.test(key)) words[key] = tag;
  };
  for (const p of people) add(p, 'Person');
  for (const o of orgs) add(o, 'Organization');
  nlp.addWords(words);
  taught = version;
}

const POSSESSIVE = /['’]s$/i;

export function readEnglish(text: string, work: string): EnglishReading {
  const sentences: TextSpan[] = [];
  const terms: EnTerm[] = [];
  let paraStart = 0;
  for (const para of work.split('\n')) {
    if (para.trim()) {
      const json = nlp(para).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
      for (const s of json) {
        let start = paraStart + s.offset.start;
        let end = start + s.offset.length;
        while (end > start && /\s/.test(work[end - 1])) end--;
        while (start < end && /\s/.test(work[start])) start++;
        if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
        for (const t of s.terms) {
          const at = rebase(work, paraStart + t.offset.start, t.text);
          if (at < 0) continue;
          const end2 = at + t.text.length;
          const possessive = POSSESSIVE.test(t.text);
          terms.push({
            start: at,
            end: end2,
            text: text.slice(at, end2),
            norm: t.text.replace(POSSESSIVE, '').toLowerCase(),
            tags: new Set(t.tags),
            possessive,
          });
        }
      }
    }
    paraStart += para.length + 1;
  }
  return { sentences, terms };
}

/** Where a term's text really starts, near compromise's offset; -1 if it cannot be found (skipped). */
function rebase(work: string, at: number, term: string): number {
  if (!term) return -1;
  if (work.startsWith(term, at)) return at;
  for (let d = 1; d <= 3; d++) {
    if (work.startsWith(term, at + d)) return at + d;
    if (at - d >= 0 && work.startsWith(term, at - d)) return at - d;
  }
  return -1;
}

/** compromise's guess at a first name's gender: 'f', 'm' or null. */
export function firstNameGender(name: string): 'f' | 'm' | null {
  const t = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return t.includes('FemaleName') ? 'f' : t.includes('MaleName') ? 'm' : null;
}
