// Finds job titles in English text, case-insensitively (abbreviations only in capitals), leftmost-longest.
import { composeEn } from './compose.js';
import type { TitleDictionary } from './lexicon.js';
import { loadTitleDictionary } from './load.js';
import { parseEnAt, type EnCandidate, type EnParseOptions } from './parse-en.js';
import { EnTokens, tokenizeEn } from './tokens-en.js';
import type { RoleMatch } from './types.js';

/** Capitalised words allowed between "former" and the title: former Google CEO, former OpenAI's CTO. */
const MAX_ORGANISATION_WORDS = 3;

/**
 * Every title in `text`, left to right, none overlapping. "President and CEO" is two titles: the
 * scorer and the review compare one title at a time. "former" / "ex-" sets `former` and stays outside.
 */
export function findRolesEn(text: string, dict: TitleDictionary = loadTitleDictionary(), opts: EnParseOptions = {}): RoleMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const toks = new EnTokens(text, tokenizeEn(text));
  const out: RoleMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!startsSomething(dict, toks, i, opts)) {
      i++;
      continue;
    }
    const marker = formerMarkerEnd(dict, toks, i);
    const afterMarker = marker >= 0 ? titleAfterMarker(dict, toks, marker + 1, opts) : null;
    const c = afterMarker ?? parseEnAt(dict.en, toks, i, opts);
    if (c) {
      out.push(toMatch(toks, c, afterMarker !== null));
      i = c.last + 1;
    } else i++;
  }
  return out;
}

/** Whether any lexicon entry or abbreviation starts with token i: most words start nothing. */
function startsSomething(dict: TitleDictionary, toks: EnTokens, i: number, opts: EnParseOptions): boolean {
  const t = toks.at(i)!;
  return dict.en.root.next.has(t.lower) || dict.en.abbreviations.has(opts.anyCaseAbbreviations ? t.raw.toUpperCase() : t.raw);
}

/** The last token of a former marker starting at i (former, ex-, one-time), or -1. */
function formerMarkerEnd(dict: TitleDictionary, toks: EnTokens, i: number): number {
  let node = dict.en.root;
  let end = -1;
  for (let k = i; k < toks.length; k++) {
    if (k > i && !toks.joined(k - 1)) break;
    const next = node.next.get(toks.at(k)!.lower);
    if (!next) break;
    node = next;
    if (node.items.some((x) => x.type === 'mod' && x.mod.kind === 'former')) end = k;
  }
  // "ex" is a marker only as a prefix: ex-CEO.
  if (end === i && toks.at(i)!.lower === 'ex' && !/^[-\u2010\u2011]$/.test(toks.sepAfter(i))) return -1;
  return end >= 0 && toks.joined(end) ? end : -1;
}

function titleAfterMarker(dict: TitleDictionary, toks: EnTokens, j: number, opts: EnParseOptions): EnCandidate | null {
  let k = j;
  for (let words = 0; k < toks.length && words <= MAX_ORGANISATION_WORDS; k++) {
    const c = parseEnAt(dict.en, toks, k, opts);
    if (c) return c;
    const possessive = toks.at(k)!.lower === 's' && /^['’]$/.test(toks.sepAfter(k - 1));
    if (!possessive && !toks.capitalised(k)) return null;
    if (!/^(?:[ \u00a0]{1,2}|['’])$/.test(toks.sepAfter(k))) return null;
    if (!possessive) words++;
  }
  return null;
}

function toMatch(toks: EnTokens, c: EnCandidate, former: boolean): RoleMatch {
  const start = toks.at(c.first)!.start;
  const end = toks.at(c.last)!.end;
  return {
    start,
    end,
    text: toks.text.slice(start, end),
    en: composeEn(c.title),
    head: c.title.rank.en,
    former,
    interim: c.title.status.length > 0,
    kind: c.title.rank.kind,
  };
}
