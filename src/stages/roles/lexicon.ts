// The compiled title dictionary: lookup structures the parsers walk. Built once by compile.ts.
import type { Modifier, Title, Unit } from './types.js';

export type LexItem =
  | {
      type: 'title';
      title: Title;
      /** The Chinese rank it came from, for contexts.tsv (央行 + 行长 → Governor). */
      zh?: string;
      /** `unit`: only with a unit (English "head", bare-no Chinese ranks); `piece`: with a unit or modifier (GM). */
      requires?: 'unit' | 'piece';
      /** An English title word that is also a verb (to chair the meeting). */
      verbal?: boolean;
    }
  | { type: 'mod'; mod: Modifier }
  | { type: 'unit'; unit: Unit };

export type TitleItem = Extract<LexItem, { type: 'title' }>;

export interface ZhEntry {
  text: string;
  item: LexItem;
}

export interface ZhLexicon {
  /** Chinese entries by first character, longest first. */
  byFirst: Map<string, ZhEntry[]>;
  /** Latin words inside Chinese text (CEO, AI), by upper case. */
  latin: Map<string, LexItem[]>;
}

export interface EnNode {
  next: Map<string, EnNode>;
  items: LexItem[];
}

export interface EnLexicon {
  /** Lowercase word sequences (hyphens and spaces alike) → items. */
  root: EnNode;
  /** Abbreviations by their exact capitals. */
  abbreviations: Map<string, TitleItem>;
}

export interface Blocker {
  left: string;
  right: string;
  block: boolean;
}

export interface ContextRule {
  before: string;
  en: string;
}

export interface TitleDictionary {
  /** Hash of the source files: recorded as provenance. */
  version: string;
  zh: ZhLexicon;
  en: EnLexicon;
  /** By the first character right of the edge; longest pattern first. */
  blockers: Map<string, Blocker[]>;
  /** By Chinese rank; longest `before` first. */
  contexts: Map<string, ContextRule[]>;
  /** Words written in capitals in the data (AI, HR) and the abbreviations, kept as capitals when re-casing. */
  acronyms: Set<string>;
}

export const newEnNode = (): EnNode => ({ next: new Map(), items: [] });

/** English words of a form: "Editor-in-Chief" → editor, in, chief. */
export const enWords = (form: string): string[] => form.toLowerCase().split(/[\s\-]+/).filter(Boolean);

export function addEn(root: EnNode, form: string, item: LexItem): void {
  let node = root;
  for (const w of enWords(form)) {
    let next = node.next.get(w);
    if (!next) node.next.set(w, (next = newEnNode()));
    node = next;
  }
  node.items.push(item);
}

/** The items stored under exactly this form. */
export function enItems(root: EnNode, form: string): LexItem[] {
  let node: EnNode | undefined = root;
  for (const w of enWords(form)) node = node?.next.get(w);
  return node?.items ?? [];
}

export function addZh(lex: ZhLexicon, text: string, item: LexItem): void {
  if (/^[A-Za-z]+$/.test(text)) {
    const key = text.toUpperCase();
    lex.latin.set(key, [...(lex.latin.get(key) ?? []), item]);
    return;
  }
  const list = lex.byFirst.get(text[0]) ?? [];
  list.push({ text, item });
  list.sort((a, b) => b.text.length - a.text.length);
  lex.byFirst.set(text[0], list);
}

/**
 * Whether a title may not have an edge at `at`: the longest pattern whose left side ends at `at` and
 * whose right side starts there decides (長|期 blocks 市长 in 城市长期; 長|期间 allows 市长期间).
 */
export function edgeBlocked(dict: TitleDictionary, text: string, at: number): boolean {
  const candidates = dict.blockers.get(text[at] ?? '');
  if (!candidates) return false;
  for (const b of candidates)
    if (text.startsWith(b.right, at) && at >= b.left.length && text.slice(at - b.left.length, at) === b.left) return b.block;
  return false;
}
