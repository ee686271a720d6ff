// Finds job titles in normalised Chinese text (simplified, half-width), leftmost-longest.
import { composeEn } from './compose.js';
import { edgeBlocked, type TitleDictionary } from './lexicon.js';
import { loadTitleDictionary } from './load.js';
import { latinItems, latinWordAt, parseZhAt, type ZhCandidate } from './parse-zh.js';
import type { RoleMatch } from './types.js';

/**
 * Every title in `text`, left to right, none overlapping: the longest well-formed one at each place
 * ([unit…][modifier…]head). A former marker (原, 前, 前任) right before a title, or before a Latin
 * organisation name and a title (前OpenAI首席技术官), sets `former` and stays outside the span.
 */
export function findRolesZh(text: string, dict: TitleDictionary = loadTitleDictionary()): RoleMatch[] {
  if (typeof text !== 'string' || text === '') return [];
  const out: RoleMatch[] = [];
  let p = 0;
  while (p < text.length) {
    const m = matchAt(dict, text, p);
    if (m) {
      out.push(m);
      p = m.end;
    } else p++;
  }
  return out;
}

function matchAt(dict: TitleDictionary, text: string, p: number): RoleMatch | null {
  const entries = dict.zh.byFirst.get(text[p]);
  if (!entries) {
    // Most characters start nothing; a Latin word only when it is a listed one (CEO, AI).
    const word = latinWordAt(text, p);
    if (!word || !latinItems(dict, word).length) return null;
  }
  for (const e of entries ?? []) {
    if (e.item.type !== 'mod' || e.item.mod.kind !== 'former' || !text.startsWith(e.text, p)) continue;
    if (edgeBlocked(dict, text, p)) break; // 两年前: a time, not a marker
    const c = parseZhAt(dict, text, skipOrganisation(dict, text, p + e.text.length));
    if (c) return toMatch(text, c, true);
  }
  if (/[A-Za-z0-9]/.test(text[p - 1] ?? '') && /[A-Za-z]/.test(text[p])) return null; // inside a Latin word
  if (edgeBlocked(dict, text, p)) return null;
  const c = parseZhAt(dict, text, p);
  return c ? toMatch(text, c, false) : null;
}

/** A Latin organisation name between a former marker and the title: 前 OpenAI 首席技术官. */
function skipOrganisation(dict: TitleDictionary, text: string, q: number): number {
  let r = q;
  while (text[r] === ' ') r++;
  const word = latinWordAt(text, r);
  if (!word || latinItems(dict, word).length) return q;
  r += word.length;
  while (text[r] === ' ') r++;
  return r;
}

function toMatch(text: string, c: ZhCandidate, former: boolean): RoleMatch {
  return {
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    en: composeEn(c.title),
    head: c.title.rank.en,
    former,
    interim: c.title.status.length > 0,
    kind: c.title.rank.kind,
  };
}
