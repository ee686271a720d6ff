// Parses one Chinese title starting at a position: [unit | 和 | (gloss) | modifier]* head, longest first.
import { buildTitle, type Piece } from './compose.js';
import { edgeBlocked, type LexItem, type TitleDictionary, type TitleItem } from './lexicon.js';
import type { Title } from './types.js';

export interface ZhCandidate {
  start: number;
  end: number;
  title: Title;
  /** Pieces used: a listed title beats the same characters composed (财务总监 = CFO, not Director of Finance). */
  cost: number;
  /** The Chinese rank, for contexts.tsv. */
  zh?: string;
}

const JOINERS = new Set(['和', '与', '及', '、']);
const MAX_PIECES = 10;
const CHIEF = '首席';
const OFFICER = '官';

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c);
const isLatinOrDigit = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);

/** The whole Latin word starting at q, or null when q is inside one or it runs into digits (GPT4). */
export function latinWordAt(text: string, q: number): string | null {
  if (!isLatin(text[q]) || isLatinOrDigit(text[q - 1])) return null;
  let r = q;
  while (isLatin(text[r])) r++;
  return isLatinOrDigit(text[r]) ? null : text.slice(q, r);
}

/** Listed Latin words (CEO, AI) count in capitals only, as in running English text. */
export function latinItems(dict: TitleDictionary, word: string): LexItem[] {
  return word === word.toUpperCase() ? (dict.zh.latin.get(word) ?? []) : [];
}

/** An English gloss in parentheses: (Mission Alignment). */
function glossAt(text: string, q: number): { end: number; en: string } | null {
  if (text[q] !== '(' && text[q] !== '（') return null;
  const m = /^[(（]\s*([A-Za-z][A-Za-z0-9 &'.\-]{0,58}?)\s*[)）]/.exec(text.slice(q, q + 64));
  return m ? { end: q + m[0].length, en: m[1] } : null;
}

/** The entries of the lexicon written at q: Chinese by first character, Latin words whole. */
function entriesAt(dict: TitleDictionary, text: string, q: number): Array<{ end: number; item: LexItem; latin: boolean }> {
  const out: Array<{ end: number; item: LexItem; latin: boolean }> = [];
  for (const e of dict.zh.byFirst.get(text[q]) ?? []) if (text.startsWith(e.text, q)) out.push({ end: q + e.text.length, item: e.item, latin: false });
  const word = latinWordAt(text, q);
  if (word) for (const item of latinItems(dict, word)) out.push({ end: q + word.length, item, latin: true });
  return out;
}

/** The best title starting at p whose right edge is not blocked, or null. */
export function parseZhAt(dict: TitleDictionary, text: string, p: number): ZhCandidate | null {
  const found: ZhCandidate[] = [];

  const tryTitle = (item: TitleItem, end: number, pieces: Piece[], extraCost: number): void => {
    if (pieces[pieces.length - 1]?.type === 'join') return;
    if (pieces.some((x, n) => x.type === 'mod' && x.mod.kind === 'bound' && n !== pieces.length - 1)) return;
    const units = pieces.some((x) => x.type === 'unit');
    if (units && item.title.rank.compose === 'none') return;
    if (item.requires === 'unit' && !units) return;
    if (item.requires === 'piece' && pieces.length === 0) return;
    found.push({ start: p, end, title: buildTitle(pieces, item.title), cost: pieces.length + extraCost, zh: item.zh });
  };

  const dfs = (q: number, pieces: Piece[], afterLatin: boolean): void => {
    if (q >= text.length || pieces.length > MAX_PIECES) return;
    const last = pieces[pieces.length - 1];
    // A space only next to a Latin word: 临时 CEO, AI 研究副总裁.
    if (text[q] === ' ') {
      let r = q;
      while (text[r] === ' ') r++;
      if (pieces.length && r - q <= 2 && (afterLatin || isLatin(text[r]))) dfs(r, pieces, false);
      return;
    }
    for (const { end, item, latin } of entriesAt(dict, text, q)) {
      if (item.type === 'title') tryTitle(item, end, pieces, 0);
      else if (item.type === 'mod' && item.mod.kind !== 'former' && last?.type !== 'join') dfs(end, [...pieces, { type: 'mod', mod: item.mod }], latin);
      else if (item.type === 'unit' && (item.unit.kind !== 'suffix' || last?.type === 'unit' || last?.type === 'gloss'))
        dfs(end, [...pieces, { type: 'unit', unit: item.unit }], latin);
    }
    if (last?.type === 'unit' || last?.type === 'gloss') {
      if (JOINERS.has(text[q])) dfs(q + 1, [...pieces, { type: 'join' }], false);
      const gloss = last.type === 'unit' ? glossAt(text, q) : null;
      if (gloss) dfs(gloss.end, [...pieces, { type: 'gloss', en: gloss.en }], false);
    }
    // 首席 + a domain + 官 when not listed itself: 首席销售官 → Chief Sales Officer.
    if (text.startsWith(CHIEF, q))
      for (const { end, item } of entriesAt(dict, text, q + CHIEF.length))
        if (item.type === 'unit' && item.unit.kind === 'domain' && text[end] === OFFICER) tryTitle(chiefOfficerZh(item.unit.en), end + 1, pieces, 2);
  };

  dfs(p, [], false);
  found.sort((a, b) => b.end - a.end || a.cost - b.cost);
  const best = found.find((c) => !edgeBlocked(dict, text, c.end));
  return best ? withContext(dict, text, best) : null;
}

const chiefOfficerZh = (unitEn: string): TitleItem => ({
  type: 'title',
  title: { status: [], grades: [], groups: [], rank: { en: `Chief ${unitEn} Officer`, kind: 'executive', compose: 'of', bare: true } },
});

/** The word right before the title may change its English: 央行 + 行长 → Governor. */
function withContext(dict: TitleDictionary, text: string, c: ZhCandidate): ZhCandidate {
  const rule = c.zh ? dict.contexts.get(c.zh)?.find((r) => c.start >= r.before.length && text.slice(c.start - r.before.length, c.start) === r.before) : undefined;
  return rule ? { ...c, title: { ...c.title, rank: { ...c.title.rank, en: rule.en } } } : c;
}
