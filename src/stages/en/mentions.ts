// Names in English text: dictionary aliases over compromise's terms (longest first, possessive 's
// dropped), then runs of capitalised terms compromise tags as people or organisations.
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey } from '../../dictionary/fold.js';
import type { EnTerm } from '../tokenize-en/compromise.js';
import type { NameMention } from '../mentions/types.js';

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'of', 'and', '&']);
const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|gen|sen|rep|gov|president|premier|chancellor)\.?$/i;
/** Capitalised words that start sentences or titles but are not names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'its', 'our', 'but', 'and', 'or', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'as', 'if', 'hours', 'days', 'related', 'subscribe', 'read', 'more', 'chief', 'ceo', 'cto', 'cfo', 'coo', 'president', 'chairman', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export const isCapitalised = (t: EnTerm): boolean => /^[A-Z]/.test(t.text);
const joinable = (work: string, a: EnTerm, b: EnTerm) => /^[ -]?$/.test(work.slice(a.end, b.start));
export const isHonorific = (t: EnTerm): boolean => HONORIFIC.test(t.text) || t.tags.has('Honorific');

/** The span of terms i..j without a final possessive 's. */
function nameSpan(text: string, terms: EnTerm[], i: number, j: number) {
  const end = terms[j].possessive ? terms[j].end - 2 : terms[j].end;
  return { start: terms[i].start, end, text: text.slice(terms[i].start, end) };
}

export function findMentionsEn(text: string, work: string, terms: EnTerm[], dict: CompiledDictionary): NameMention[] {
  const out: NameMention[] = [];
  const taken = new Array<boolean>(terms.length).fill(false);

  for (let i = 0; i < terms.length; i++) {
    if (!isCapitalised(terms[i])) continue;
    let best: { j: number; key: string } | null = null;
    for (let j = i; j < terms.length && j < i + Math.max(1, dict.maxEnWords) + 1; j++) {
      if (j > i && (!joinable(work, terms[j - 1], terms[j]) || terms[j - 1].possessive)) break;
      const span = nameSpan(text, terms, i, j);
      const key = enKey(span.text);
      if (key.length >= 2 && dict.en.has(key) && isCapitalised(terms[j])) best = { j, key };
    }
    if (!best) continue;
    const hits = dict.en.get(best.key)!;
    const types = new Set(hits.map((h) => dict.entities.get(h.entityId)!.type));
    for (let k = i; k <= best.j; k++) taken[k] = true;
    out.push({ ...nameSpan(text, terms, i, best.j), script: 'en', key: best.key, source: 'dictionary', hits, type: types.size === 1 ? [...types][0] : null, rule: 'en.mention.dictionary' });
    i = best.j;
  }

  // Unknown names: runs of capitalised terms with a person or organisation tag.
  for (let i = 0; i < terms.length; i++) {
    if (taken[i] || !isCapitalised(terms[i]) || isHonorific(terms[i])) continue;
    let j = i;
    while (j + 1 < terms.length && !taken[j + 1] && !terms[j].possessive && joinable(work, terms[j], terms[j + 1]) && (isCapitalised(terms[j + 1]) || (PARTICLES.has(terms[j + 1].norm) && terms[j + 2] && isCapitalised(terms[j + 2]))) && j - i < 4) j++;
    while (j > i && PARTICLES.has(terms[j].norm)) j--;
    const run = terms.slice(i, j + 1);
    const person = run.some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) && !run.some((t) => t.tags.has('Organization'));
    const org = run.some((t) => t.tags.has('Organization'));
    const afterHonorific = i > 0 && isHonorific(terms[i - 1]);
    const words = run.map((t) => t.norm);
    if (words.every((w) => NOT_NAMES.has(w))) {
      i = j;
      continue;
    }
    if ((person && (run.length >= 2 || afterHonorific || run.some((t) => t.tags.has('LastName')))) || org) {
      for (let k = i; k <= j; k++) taken[k] = true;
      const span = nameSpan(text, terms, i, j);
      out.push({ ...span, script: 'en', key: enKey(span.text), source: 'latin', hits: [], type: org ? 'org' : 'person', rule: org ? 'en.mention.compromise-org' : 'en.mention.compromise-person' });
    } else if (run.length === 1 && !NOT_NAMES.has(words[0])) {
      // A lone capitalised word: perhaps the surname of someone named in full; resolution decides.
      const span = nameSpan(text, terms, i, i);
      out.push({ ...span, script: 'en', key: enKey(span.text), source: 'latin', hits: [], type: null, rule: 'en.mention.capitalised' });
    }
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}
