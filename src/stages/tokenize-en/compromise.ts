// The only module that imports compromise. Reads English paragraph by paragraph (compromise slows
// down on very long documents) and re-bases its offsets onto the article: compromise's offsets drift
// on some characters, so every span is found again in the text here.
import nlp from 'compromise';
import type { TextSpan } from '../../core/types.js';

/** A term as compromise reads it, with its tags; offsets index the article. */
export interface EnTerm extends TextSpan {
  tags: ReadonlySet<string>;
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
export function teachNames(version: string, entities: () => Iterable<{ name: string; type: 'person' | 'org' }>): void {
  // Once per dictionary version: the entity list is only built when it is needed.
  if (taught === version) return;
  const words: Record<string, string> = {};
  const add = (name: string, tag: string) => {
    const key = name.toLowerCase().replace(/[.]/g, '').replace(/-/g, ' ').trim();
    if (key && !/[^a-z0-9 '&]/.test(key)) words[key] = tag;
  };
  for (const e of entities()) add(e.name, e.type === 'person' ? 'Person' : 'Organization');
  nlp.addWords(words);
  taught = version;
}

export function readEnglish(text: string, work: string): EnglishReading {
  const sentences: TextSpan[] = [];
  const terms: EnTerm[] = [];
  let paraStart = 0;
  for (const para of work.split('\n')) {
    if (para.trim()) {
      const json = nlp(para).json({ offset: true, terms: { offset: true } }) as JsonSentence[];
      const verbs = titleCase(para) ? headlineVerbs(para, paraStart) : null;
      for (const s of json) {
        // compromise's offsets drift on some characters (a leading "* ", dashes): every span is found
        // again in the text, in order, from where the previous one ended.
        const first = terms.length;
        for (const t of s.terms) {
          const at = locate(work, t.text, terms.length ? terms[terms.length - 1].end : paraStart, paraStart + t.offset.start);
          if (at < 0) continue;
          const end = at + t.text.length;
          const tags = new Set(t.tags);
          if (verbs?.has(at)) tags.add('Verb');
          terms.push({ start: at, end, text: text.slice(at, end), tags });
        }
        if (terms.length === first) continue;
        const span = sentenceSpan(work, terms[first].start, terms[terms.length - 1].end, sentences.length ? sentences[sentences.length - 1].end : paraStart, paraStart + para.length);
        sentences.push({ ...span, text: text.slice(span.start, span.end) });
      }
    }
    paraStart += para.length + 1;
  }
  return { sentences, terms };
}

/** A headline or section title in title case: most longer words capitalised, no full stop. */
export function titleCase(line: string): boolean {
  if (/[.!?]["”’]?\s*$/.test(line)) return false;
  const ws = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return ws.length > 1 && ws.filter((w) => /^\p{Lu}/u.test(w)).length / ws.length >= 0.6;
}

/** compromise tags every word of a title-case line a proper noun; read in lower case, its verbs show. */
function headlineVerbs(line: string, at: number): Set<number> {
  const out = new Set<number>();
  const low = line.toLowerCase();
  if (low.length !== line.length) return out;
  let cursor = 0;
  for (const s of nlp(low).json({ offset: true, terms: { offset: true } }) as JsonSentence[])
    for (const t of s.terms) {
      const k = t.text ? low.indexOf(t.text, cursor) : -1;
      if (k < 0) continue;
      cursor = k + t.text.length;
      if (t.tags.includes('Verb')) out.add(at + k);
    }
  return out;
}

/** Where a term's text really is: the first occurrence from `from`, near compromise's offset; -1 if absent. */
function locate(work: string, term: string, from: number, near: number): number {
  if (!term) return -1;
  const at = work.indexOf(term, from);
  return at >= 0 && at - near <= 40 ? at : -1;
}

/** A sentence from its first to its last term, with the quotation marks and punctuation around them. */
function sentenceSpan(work: string, start: number, end: number, floor: number, ceiling: number): { start: number; end: number } {
  while (start > floor && /["“‘'(\[]/.test(work[start - 1])) start--;
  while (end < ceiling && /[.!?"”’')\]…,;:]/.test(work[end])) end++;
  return { start, end };
}

const alone = new Map<string, readonly string[]>();

/** compromise's tags for a word read alone, from its lexicon rather than the sentence around it. */
function tagsAlone(word: string): readonly string[] {
  let tags = alone.get(word);
  if (!tags) {
    const t = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms;
    tags = t?.length === 1 ? t[0].tags : [];
    alone.set(word, tags);
  }
  return tags;
}

/** A given name in compromise's lexicon (Kevin, which "Kevin Park" may hide as a place). */
export const isGivenName = (word: string): boolean => tagsAlone(word).includes('FirstName');

/** A word for a people or nationality (Norwegian, American): no name of a person or organisation. */
export const isDemonym = (word: string): boolean => tagsAlone(word).includes('Demonym');

/** compromise's guess at a first name's gender: 'f', 'm' or null. */
export function firstNameGender(name: string): 'f' | 'm' | null {
  const t = (nlp(name).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
  return t.includes('FemaleName') ? 'f' : t.includes('MaleName') ? 'm' : null;
}
