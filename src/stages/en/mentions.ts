// Names in English text. Dictionary aliases first (longest match, a trailing legal form kept: "Alibaba
// Group Holding Ltd."), then runs of capitalised words the dictionary does not know, cut free of what
// news writing puts around names (honorifics, titles, "The", datelines, headings) and typed by their
// form (Corvane Therapeutics Inc.) or their context ("the retailer XXL", "Marcus Bell, 49,").
import type { TextSpan } from '../../core/types.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey } from '../../dictionary/fold.js';
import type { NameMention } from '../mentions/types.js';
import { HONORIFICS, LEGAL_SUFFIXES, MEDIA_WORDS, NAME_TITLES, NOT_NAMES, ORG_HEADS, ORG_LEADS, PARTICLES, TRAILING_GENERIC } from './name-words.js';
import { isDemonym, titleCase } from '../tokenize-en/compromise.js';
import { datelines } from './dateline.js';
import { propagateTypes, typeByContext, type NameType } from './name-types.js';
import { adjacent, spanOf, type Word } from './words.js';

export interface EnNameMention extends NameMention {
  /** The name without honorific, legal form or possessive: what an unknown entity is called. */
  canonical: string;
  /** A lower-case particle starts it (ten Hag): only a short form of someone named in full may claim it. */
  particleStart?: boolean;
}

export interface MentionInput {
  text: string;
  work: string;
  words: Word[];
  /** Job titles found in the text: their words are not names (Chief Operating Officer Marcus Bell). */
  roles: readonly TextSpan[];
  dict: CompiledDictionary;
}

/** Forms that extend a dictionary name without changing what it names (Alibaba Group Holding Ltd.). */
const SAME_ENTITY_TAIL = new Set([...LEGAL_SUFFIXES, 'group']);
const MAX_RUN = 7;

export function findMentionsEn(input: MentionInput): EnNameMention[] {
  const { words } = input;
  const blocked = blockedWords(input);
  const taken = new Array<boolean>(words.length).fill(false);
  const out: EnNameMention[] = [];
  for (const m of dictionaryMentions(input, blocked, taken)) out.push(m);
  const unknown = unknownMentions(input, blocked, taken);
  propagateTypes([...out, ...unknown], input.work);
  for (const m of unknown) out.push(m);
  return out.sort((a, b) => a.start - b.start);
}

/** Words that cannot be part of a name: inside a job title, a dateline or an all-capitals heading. */
function blockedWords({ work, words, roles }: MentionInput): boolean[] {
  const blocked = words.map((w) => roles.some((r) => w.start >= r.start && w.end <= r.end));
  for (const d of datelines(work)) words.forEach((w, k) => {
    if (w.start >= d.start && w.end <= d.end) blocked[k] = true;
  });
  // Headings and runs of two or more all-capitals words (FOR IMMEDIATE RELEASE, PEOPLE MOVES).
  for (let i = 0; i < words.length; i++) {
    const caps = (w: Word) => w.norm.length > 1 && !w.initial && w.text === w.text.toUpperCase() && /\p{L}/u.test(w.text);
    if (!caps(words[i])) continue;
    let j = i;
    while (j + 1 < words.length && caps(words[j + 1]) && /^[\s/|:&-]*$/.test(work.slice(words[j].end, words[j + 1].start))) j++;
    if (j > i) for (let k = i; k <= j; k++) blocked[k] = true;
    i = j;
  }
  return blocked;
}

/** A name word: capitalised or an initial, "&" between capitalised words. */
const nameWord = (w: Word | undefined) => !!w && (w.cap || w.initial);

function dictionaryMentions(input: MentionInput, blocked: boolean[], taken: boolean[]): EnNameMention[] {
  const { text, work, words, dict } = input;
  const out: EnNameMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!nameWord(words[i]) || taken[i]) continue;
    let best: { j: number; key: string } | null = null;
    for (let j = i; j < words.length && j < i + dict.maxEnWords + 1; j++) {
      if (j > i && (!adjacent(work, words[j - 1], words[j]) || words[j - 1].possessive)) break;
      const key = enKey(spanOf(text, words, i, j).text);
      if (key.length >= 2 && dict.en.has(key) && nameWord(words[j])) best = { j, key };
    }
    if (!best) continue;
    const hits = dict.en.get(best.key)!;
    const types = new Set(hits.map((h) => dict.entities.get(h.entityId)!.type));
    const type = types.size === 1 ? [...types][0] : null;
    // "Ruben Amorim": a bare surname the dictionary knows for someone else, after an unknown given name.
    const prev = words[i - 1];
    if (best.j === i && type === 'person' && prev && !taken[i - 1] && !blocked[i - 1] && prev.cap && !prev.possessive && adjacent(work, prev, words[i]) && !NOT_NAMES.has(prev.norm) && !HONORIFICS.has(prev.norm) && !NAME_TITLES.has(prev.norm)) continue;
    let j = best.j;
    // A legal form or "Group" after the alias: the same company (", Inc." included).
    while (type === 'org' && !words[j].possessive && words[j + 1]?.cap && SAME_ENTITY_TAIL.has(words[j + 1].norm) && /^,? $/.test(work.slice(words[j].end, words[j + 1].start))) j++;
    // More capitalised words after an organisation: a unit with its own name (Microsoft AI, Intel Products).
    if (type === 'org' && !words[j].possessive && isUnitTail(input, blocked, j)) continue;
    for (let k = i; k <= j; k++) taken[k] = true;
    const span = spanOf(text, words, i, j);
    out.push({ ...span, script: 'en', key: best.key, source: 'dictionary', hits, type, canonical: span.text, rule: 'en.mention.dictionary' });
    i = j;
  }
  return out;
}

function isUnitTail({ work, words }: MentionInput, blocked: boolean[], j: number): boolean {
  const next = words[j + 1];
  if (!next || blocked[j + 1] || !next.cap || next.initial || !adjacent(work, words[j], next)) return false;
  if (NOT_NAMES.has(next.norm) || TRAILING_GENERIC.has(next.norm) || next.tags.has('Verb') || next.tags.has('Date')) return false;
  // Headlines in title case run words together (Brightwater Analytics Announces Leadership Changes).
  return !inHeading(work, next.start);
}

/** Whether `at` lies in a headline or section title written in title case. */
function inHeading(work: string, at: number): boolean {
  const from = work.lastIndexOf('\n', at) + 1;
  const to = work.indexOf('\n', at);
  return titleCase(work.slice(from, to < 0 ? work.length : to));
}

const isHeadlineVerb = (work: string, w: Word) => (w.tags.has('Verb') || w.tags.has('PresentTense') || w.tags.has('PastTense')) && inHeading(work, w.start);

function unknownMentions(input: MentionInput, blocked: boolean[], taken: boolean[]): EnNameMention[] {
  const { work, words } = input;
  const free = (k: number) => k < words.length && !taken[k] && !blocked[k];
  const out: EnNameMention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!free(i)) continue;
    const particleStart = !words[i].cap && PARTICLES.has(words[i].norm) && nameWord(words[i + 1]) && free(i + 1) && adjacent(work, words[i], words[i + 1]) && !words[i + 1].tags.has('Value');
    if (!nameWord(words[i]) && !particleStart) continue;
    // A headline verb in title case starts no name ("… Appoints Sofia Marchetti as …").
    if (isHeadlineVerb(work, words[i])) continue;
    let j = i;
    while (j - i < MAX_RUN && free(j + 1) && !words[j].possessive && adjacent(work, words[j], words[j + 1]) && joins(input, i, j, free)) j++;
    // "Brightwater Analytics, Inc.": the legal form after a comma belongs to the name.
    if (free(j + 1) && !words[j].possessive && words[j + 1].cap && LEGAL_SUFFIXES.has(words[j + 1].norm) && /^, $/.test(work.slice(words[j].end, words[j + 1].start))) j++;
    const run = trimRun(input, i, j);
    if (run) {
      const m = toMention(input, run, particleStart && run.i === i);
      if (m) out.push(m);
    }
    i = j;
  }
  return out;
}

/** Whether word j+1 continues the name that runs from i to j. */
function joins({ work, words }: MentionInput, i: number, j: number, free: (k: number) => boolean): boolean {
  const next = words[j + 1];
  // Headlines in title case run words together: a verb ends the name (Brightwater Analytics Announces …).
  if (nameWord(next)) return !isHeadlineVerb(work, next);
  const after = words[j + 2];
  if (!after || !free(j + 2) || !nameWord(after) || !adjacent(work, next, after)) return false;
  if (next.norm === '&') return true;
  if (PARTICLES.has(next.norm)) return true;
  // Bank of America, University of Lakeshore, Department for Business and Trade.
  const lead = words[i].norm === 'the' ? words[i + 1]?.norm : words[i].norm;
  if (next.norm === 'of' || next.norm === 'for') return ORG_LEADS.has(words[j].norm) || ORG_LEADS.has(lead ?? '');
  if (next.norm === 'and') return ORG_LEADS.has(lead ?? '') && /\b(?:of|for)\b/.test(work.slice(words[i].start, next.start));
  return false;
}

interface Run {
  i: number;
  j: number;
  /** An honorific or a title stood before the name. */
  titled: boolean;
}

/** Drops what surrounds a name inside a capitalised run: The, By, Mr., Provost, a trailing "Board". */
function trimRun({ words }: MentionInput, i: number, j: number): Run | null {
  let titled = false;
  const personAfter = (k: number) => k < j && words.slice(k + 1, j + 1).some((w) => w.tags.has('Person') || w.tags.has('FirstName') || w.initial) && !ORG_HEADS.has(words[j].norm);
  for (;;) {
    const w = words[i];
    if (i > j) return null;
    if (HONORIFICS.has(w.norm) && i < j) {
      titled = true;
      i++;
    } else if (NAME_TITLES.has(w.norm) && personAfter(i)) {
      titled = true;
      i++;
    } else if (w.norm === 'the' && i < j && isMediaName(words, i + 1, j)) break;
    else if (NOT_NAMES.has(w.norm) || (w.tags.has('Demonym') && i < j) || (!w.cap && !PARTICLES.has(w.norm))) i++;
    else break;
  }
  while (j > i && (TRAILING_GENERIC.has(words[j].norm) || ['of', 'for', 'and', '&', 'the'].includes(words[j].norm) || (PARTICLES.has(words[j].norm) && !words[j].cap))) j--;
  if (i > j) return null;
  if (words[i - 1] && HONORIFICS.has(words[i - 1].norm)) titled = true;
  return { i, j, titled };
}

const isMediaName = (words: readonly Word[], i: number, j: number) => words.slice(i, j + 1).some((w) => MEDIA_WORDS.has(w.norm));

function toMention(input: MentionInput, run: Run, particleStart: boolean): EnNameMention | null {
  const { text, words } = input;
  const { i, j } = run;
  const span = spanOf(text, words, i, j);
  const parts = words.slice(i, j + 1);
  if (parts.length === 1 && (NOT_NAMES.has(parts[0].norm) || parts[0].tags.has('Demonym') || isDemonym(parts[0].text))) return null;
  const type: NameType = typeByContext(input, run);
  const base = { ...span, script: 'en' as const, key: enKey(span.text), source: 'latin' as const, hits: [], type: type === 'place' ? null : type };
  // A place may still be the short name of an organisation named in full (Columbia Sportswear → Columbia).
  if (type === 'place') return { ...base, canonical: span.text, rule: 'en.mention.place' };
  if (type === 'org') return { ...base, canonical: orgCanonical(words, i, j, text), rule: 'en.mention.org' };
  if (type === 'person') return { ...base, canonical: span.text, rule: 'en.mention.person' };
  return { ...base, canonical: span.text, particleStart, rule: 'en.mention.capitalised' };
}

/** An organisation's name without its legal form: Brightwater Analytics, Inc. → Brightwater Analytics. */
function orgCanonical(words: readonly Word[], i: number, j: number, text: string): string {
  let k = j;
  while (k > i && LEGAL_SUFFIXES.has(words[k].norm) && !['holding', 'holdings'].includes(words[k].norm)) k--;
  if (k > i && words[k].norm === '&') k--;
  return spanOf(text, words, i, k).text.replace(/,$/, '');
}
