// A role string alone (a review edit, a dictionary's role column) → its English title.
import { workingCopy } from '../normalise/index.js';
import { composeEn } from './compose.js';
import { findRolesEn } from './find-en.js';
import { findRolesZh } from './find-zh.js';
import type { TitleDictionary } from './lexicon.js';
import { loadTitleDictionary } from './load.js';
import { titleCase } from './title-case.js';
import type { RoleMatch } from './types.js';

const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»「」『』《》()（）\[\],.;:，。；：、]+|[\s"'“”‘’«»「」『』《》()（）\[\],.;:，。；：、]+$/g;

const tidy = (s: string): string => s.replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '').trim();
const joinTitles = (ms: RoleMatch[]): string => [...new Set(ms.map((m) => m.en))].join(' and ');

/** Whether the matches cover the string, with only `filler` between, before and after them. */
function covers(s: string, ms: RoleMatch[], lead: RegExp, between: RegExp, trail: RegExp): boolean {
  if (!ms.length || !lead.test(s.slice(0, ms[0].start)) || !trail.test(s.slice(ms[ms.length - 1].end))) return false;
  return ms.every((m, n) => n === 0 || between.test(s.slice(ms[n - 1].end, m.start)));
}

/**
 * The English of a Chinese title written alone: 研究高级副总裁 → Senior Vice President of Research,
 * 原副总裁 → Vice President (former is not part of a title), 董事长兼CEO → Chairman and Chief Executive
 * Officer, 负责后训练工作的研究副总裁 → Vice President of Research (a 的 clause describes). Traditional
 * and full-width input is folded first; a string without Chinese goes to normaliseRoleEn. Returns null
 * unless the whole string is titles: an unknown word is never guessed (OpenAI首席技术官 → null).
 */
export function translateRoleZh(s: string, dict: TitleDictionary = loadTitleDictionary()): string | null {
  if (typeof s !== 'string') return null;
  const t = tidy(workingCopy(s));
  if (!t) return null;
  if (!HAS_CJK.test(t)) return normaliseRoleEn(t, dict);
  const ms = findRolesZh(t, dict);
  const ok = covers(t, ms, /^(?:|原任|前任|原|前|.*的)$/, /^[\s兼和与及、,/]*$/, /^(?:|一职|职务|职位)$/);
  return ok ? joinTitles(ms) : null;
}

/**
 * The English title in its normal form: Title Case, abbreviations expanded, the head's canonical
 * wording (chief executive → Chief Executive Officer, SVP, Research → Senior Vice President of
 * Research), "former" and articles dropped. A string the dictionary cannot parse is still English:
 * it comes back cleaned and title-cased with known abbreviations expanded (VP of Global Growth Ops →
 * Vice President of Global Growth Ops). Null only when there is no letter in it.
 */
export function normaliseRoleEn(s: string, dict: TitleDictionary = loadTitleDictionary()): string | null {
  if (typeof s !== 'string') return null;
  let t = tidy(s.normalize('NFKC'));
  if (!/[A-Za-z]/.test(t)) return null;
  // ALL CAPS input: lower it so the words are words, keeping the known acronyms.
  if (!/[a-z]/.test(t)) t = t.replace(/[A-Za-z&]+/g, (w) => (dict.acronyms.has(w) ? w : w.toLowerCase()));
  const ms = findRolesEn(t, dict, { anyCaseAbbreviations: true });
  const filler = /^(?:[\s,&/'’-]|\b(?:and|the|a|an|former|ex|erstwhile|onetime|one|time|previous|s)\b)*$/i;
  if (covers(t, ms, filler, filler, filler)) return joinTitles(ms);
  const cleaned = t
    .replace(/^(?:(?:the|a|an|former|erstwhile|previous)\s+|ex-)+/i, '')
    .replace(/\b[A-Za-z]{2,6}\b/g, (w) => {
      const item = w === w.toUpperCase() ? dict.en.abbreviations.get(w) : undefined;
      return item ? composeEn(item.title) : w;
    });
  return titleCase(cleaned) || null;
}
