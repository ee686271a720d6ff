// Parses one English title starting at a token: [modifiers | units]* head [of|for units | , Units].
import { buildTitle, type Piece } from './compose.js';
import type { EnLexicon, LexItem, TitleItem } from './lexicon.js';
import type { EnTokens } from './tokens-en.js';
import type { Title, Unit } from './types.js';

export interface EnCandidate {
  first: number;
  /** Last token, inclusive. */
  last: number;
  title: Title;
  /** Pieces used: a listed title beats the same words composed. */
  cost: number;
}

export interface EnParseOptions {
  /** Match abbreviations in any case (ceo): for a role string alone, not for running text. */
  anyCaseAbbreviations?: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);
const MODALS = new Set(['to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const MAX_PIECES = 10;

/** Every lexicon item whose words start at token j: (last token, item). */
function walk(lex: EnLexicon, toks: EnTokens, j: number, visit: (k: number, item: LexItem) => void): void {
  let node = lex.root;
  for (let k = j; k < toks.length; k++) {
    if (k > j && !toks.joined(k - 1)) return;
    const next = node.next.get(toks.at(k)!.lower);
    if (!next) return;
    node = next;
    for (const item of node.items) visit(k, item);
  }
}

function unitsAt(lex: EnLexicon, toks: EnTokens, j: number): Array<{ k: number; unit: Unit }> {
  const out: Array<{ k: number; unit: Unit }> = [];
  walk(lex, toks, j, (k, item) => {
    if (item.type === 'unit' && item.unit.kind !== 'country') out.push({ k, unit: item.unit });
  });
  return out;
}

/** Unit groups from token j: "product and partnerships", "research, design & data", "cloud computing business unit". */
function unitGroupsFrom(lex: EnLexicon, toks: EnTokens, j: number, capitals: boolean): Array<{ last: number; groups: Unit[][] }> {
  const out: Array<{ last: number; groups: Unit[][] }> = [];
  const go = (at: number, groups: Unit[][], current: Unit[], depth: number): void => {
    if (at >= toks.length || depth > MAX_PIECES) return;
    if (capitals && current.length === 0 && !toks.capitalised(at)) return;
    for (const { k, unit } of unitsAt(lex, toks, at)) {
      const chain = [...current, unit];
      out.push({ last: k, groups: [...groups, chain] });
      if (toks.joined(k)) {
        go(k + 1, groups, chain, depth + 1);
        if (toks.at(k + 1)?.lower === 'and' && toks.joined(k + 1)) go(k + 2, [...groups, chain], [], depth + 1);
      }
      const sep = toks.sepAfter(k);
      if (/^\s*[&,/]\s*$/.test(sep)) {
        go(k + 1, [...groups, chain], [], depth + 1);
        if (toks.at(k + 1)?.lower === 'and' && toks.joined(k + 1)) go(k + 2, [...groups, chain], [], depth + 1);
      }
    }
  };
  go(j, [], [], 0);
  return out;
}

/** The best title starting at token i, or null. */
export function parseEnAt(lex: EnLexicon, toks: EnTokens, i: number, opts: EnParseOptions = {}): EnCandidate | null {
  const found: EnCandidate[] = [];

  const accept = (item: TitleItem, first: number, last: number, pieces: Piece[], after: Unit[][], cost: number): void => {
    const units = pieces.some((p) => p.type === 'unit') || after.length > 0;
    if (item.requires === 'unit' && !units && !atFirm(toks, last)) return;
    if (item.requires === 'piece' && !units && pieces.length === 0) return;
    if (item.verbal && pieces.length === 0 && after.length === 0 && usedAsVerb(toks, first, last)) return;
    found.push({ first, last, title: buildTitle(pieces, item.title, after), cost });
  };

  const tryTitle = (item: TitleItem, last: number, pieces: Piece[], extraCost: number): void => {
    if (pieces[pieces.length - 1]?.type === 'join') return;
    if (pieces.some((p, n) => p.type === 'mod' && p.mod.kind === 'bound' && n !== pieces.length - 1)) return;
    const before = pieces.some((p) => p.type === 'unit');
    if (before && item.title.rank.compose === 'none') return;
    const cost = pieces.length + extraCost;
    accept(item, i, last, pieces, [], cost);
    if (item.title.rank.compose !== 'of' || before) return;
    // Units after the head: "of research", "for product and partnerships", ", Research".
    const next = toks.at(last + 1)?.lower;
    if ((next === 'of' || next === 'for') && toks.joined(last) && toks.joined(last + 1))
      for (const g of unitGroupsFrom(lex, toks, last + 2, false)) accept(item, i, g.last, pieces, g.groups, cost + g.groups.length);
    if (/^,\s?$/.test(toks.sepAfter(last)))
      for (const g of unitGroupsFrom(lex, toks, last + 1, true)) accept(item, i, g.last, pieces, g.groups, cost + g.groups.length);
  };

  const dfs = (j: number, pieces: Piece[]): void => {
    if (j >= toks.length || pieces.length > MAX_PIECES) return;
    if (pieces.length && !toks.joined(j - 1)) return;
    walk(lex, toks, j, (k, item) => {
      if (item.type === 'title') tryTitle(item, k, pieces, 0);
      else if (item.type === 'mod' && item.mod.kind !== 'former') dfs(k + 1, [...pieces, { type: 'mod', mod: item.mod }]);
      else if (item.type === 'unit' && item.unit.kind !== 'country') dfs(k + 1, [...pieces, { type: 'unit', unit: item.unit }]);
    });
    const tok = toks.at(j)!;
    const abbr = lex.abbreviations.get(opts.anyCaseAbbreviations ? tok.raw.toUpperCase() : tok.raw);
    if (abbr) tryTitle(abbr, j, pieces, 0);
    // chief + a domain + officer: Chief Revenue Officer, when not listed itself.
    if (tok.lower === 'chief' && toks.joined(j))
      for (const { k, unit } of unitsAt(lex, toks, j + 1))
        if (unit.kind === 'domain' && toks.at(k + 1)?.lower === 'officer' && toks.joined(k))
          tryTitle(chiefOfficer(unit), k + 1, pieces, 2);
  };

  dfs(i, []);
  if (!found.length) return null;
  found.sort((a, b) => toks.at(b.last)!.end - toks.at(a.last)!.end || a.cost - b.cost);
  return found[0];
}

export const chiefOfficer = (unit: Unit): TitleItem => ({
  type: 'title',
  title: { status: [], grades: [], groups: [], rank: { en: `Chief ${unit.en} Officer`, kind: 'executive', compose: 'of', bare: true } },
});

/** "a partner at Sequoia": a bound title word followed by at + a name. */
function atFirm(toks: EnTokens, last: number): boolean {
  return toks.at(last + 1)?.lower === 'at' && toks.joined(last) && toks.joined(last + 1) && toks.capitalised(last + 2);
}

/** "to chair the committee", "will coach": the title word used as a verb. */
function usedAsVerb(toks: EnTokens, first: number, last: number): boolean {
  const next = toks.at(last + 1);
  if (next && toks.joined(last) && DETERMINERS.has(next.lower)) return true;
  const prev = toks.at(first - 1);
  return !!prev && toks.joined(first - 1) && MODALS.has(prev.lower);
}
