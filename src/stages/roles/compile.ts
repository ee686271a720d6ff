// Compiles the validated rows of the title files into the lookup structures the parsers walk, and
// checks what only the files together can tell (a context for an unknown title, an abbreviation
// whose expansion is not a known title).
import type { TsvProblem } from '../../dictionary/tsv.js';
import { baseTitle } from './compose.js';
import {
  addEn,
  addZh,
  enItems,
  newEnNode,
  type Blocker,
  type ContextRule,
  type EnLexicon,
  type LexItem,
  type TitleDictionary,
  type TitleItem,
  type ZhLexicon,
} from './lexicon.js';
import { parseEnAt } from './parse-en.js';
import type {
  AbbreviationRow,
  BlockerRow,
  ContextRow,
  Located,
  ModifierRow,
  RankRow,
  UnitRow,
  VariantRow,
} from './schema.js';
import { titleCase } from './title-case.js';
import { EnTokens, tokenizeEn } from './tokens-en.js';
import type { Modifier, Rank } from './types.js';

export interface TitleRows {
  ranks: RankRow[];
  modifiers: ModifierRow[];
  units: UnitRow[];
  abbreviations: AbbreviationRow[];
  variants: VariantRow[];
  contexts: ContextRow[];
  blockers: BlockerRow[];
}

export function compileTitles(rows: TitleRows, version: string, problems: TsvProblem[]): TitleDictionary {
  const problem = (at: Located, message: string) => problems.push({ file: at.file, line: at.line, message });
  const zh: ZhLexicon = { byFirst: new Map(), latin: new Map() };
  const en: EnLexicon = { root: newEnNode(), abbreviations: new Map() };
  const acronyms = new Set<string>();
  const noteAcronyms = (s: string) => {
    for (const w of s.split(/[\s-]+/)) if (/^[A-Z&]{2,}$/.test(w)) acronyms.add(w);
  };

  // Chinese: every rank, modifier and unit by its written form.
  const rankByZh = new Map<string, Rank>();
  for (const r of rows.ranks) {
    rankByZh.set(r.zh, r.rank);
    addZh(zh, r.zh, { type: 'title', title: baseTitle(r.rank), zh: r.zh, ...(r.rank.bare ? {} : { requires: 'unit' as const }) });
    noteAcronyms(r.rank.en);
  }
  for (const m of rows.modifiers) addZh(zh, m.zh, { type: 'mod', mod: m.mod });
  for (const u of rows.units) {
    addZh(zh, u.zh, { type: 'unit', unit: u.unit });
    noteAcronyms(u.unit.en);
  }

  const contexts = new Map<string, ContextRule[]>();
  for (const c of rows.contexts) {
    if (!rankByZh.has(c.zh)) {
      problem(c, `title ${JSON.stringify(c.zh)} is not in ranks.tsv; add it there first`);
      continue;
    }
    const list = contexts.get(c.zh) ?? [];
    list.push({ before: c.before, en: c.en });
    list.sort((a, b) => b.before.length - a.before.length);
    contexts.set(c.zh, list);
  }

  const blockers = new Map<string, Blocker[]>();
  for (const b of rows.blockers) {
    const list = blockers.get(b.right[0]) ?? [];
    list.push({ left: b.left, right: b.right, block: b.block });
    list.sort((x, y) => y.left.length + y.right.length - (x.left.length + x.right.length));
    blockers.set(b.right[0], list);
  }

  // English: the same entries by their English, the first rank with an English deciding its behaviour.
  const titleByEn = new Map<string, TitleItem>();
  const addTitleEn = (form: string, rank: Rank): TitleItem => {
    const key = form.toLowerCase();
    const known = titleByEn.get(key);
    if (known) return known;
    const item: TitleItem = { type: 'title', title: baseTitle(rank) };
    addEn(en.root, form, item);
    titleByEn.set(key, item);
    return item;
  };
  for (const r of rows.ranks) addTitleEn(r.rank.en, r.rank);
  for (const c of rows.contexts) {
    const rank = rankByZh.get(c.zh);
    if (rank) addTitleEn(c.en, { ...rank, en: c.en });
  }
  const modByEn = new Map<string, Modifier>();
  for (const m of rows.modifiers) {
    const form = m.mod.en.replace(/-$/, '');
    const key = `${form.toLowerCase()}|${m.mod.kind}`;
    if (modByEn.has(key)) continue;
    modByEn.set(key, m.mod);
    addEn(en.root, form, { type: 'mod', mod: m.mod });
  }
  const unitByEn = new Map<string, LexItem>();
  for (const u of rows.units) {
    const key = u.unit.en.toLowerCase();
    if (u.unit.kind === 'country' || u.unit.kind === 'suffix' || unitByEn.has(key)) continue; // Chinese-only
    const item: LexItem = { type: 'unit', unit: u.unit };
    unitByEn.set(key, item);
    addEn(en.root, u.unit.en, item);
  }

  for (const v of rows.variants) {
    const target = titleByEn.get(v.canonical.toLowerCase());
    switch (v.kind) {
      case 'alias': {
        const mod = [...modByEn.values()].find((m) => m.en === v.canonical);
        const unit = unitByEn.get(v.canonical.toLowerCase());
        if (target) addEn(en.root, v.en, { ...target });
        else if (mod) addEn(en.root, v.en, { type: 'mod', mod });
        else if (unit) addEn(en.root, v.en, unit);
        else problem(v, `${JSON.stringify(v.canonical)} is not an English title, modifier or unit of the other files`);
        break;
      }
      case 'title':
        if (!target) problem(v, `${JSON.stringify(v.canonical)} is not an English title of ranks.tsv or contexts.tsv (a title row borrows its behaviour)`);
        else addTitleEn(v.en, { ...target.title.rank, en: titleCase(v.en) });
        break;
      case 'bound':
      case 'verbal': {
        const own = enItems(en.root, v.en).filter((x): x is TitleItem => x.type === 'title');
        if (!own.length || titleCase(v.en) !== v.canonical)
          problem(v, `${JSON.stringify(v.en)} must be an English title of ranks.tsv or contexts.tsv, with itself in Title Case as canonical`);
        for (const item of own) {
          if (v.kind === 'bound') item.requires = 'unit';
          else item.verbal = true;
        }
        break;
      }
      default: {
        const mod: Modifier = { en: v.canonical, kind: v.kind === 'modifier' ? 'grade' : v.kind };
        addEn(en.root, v.en, { type: 'mod', mod });
      }
    }
  }

  // Abbreviations stand for a title the files already compose: SVP = Senior + Vice President.
  for (const a of rows.abbreviations) {
    const toks = new EnTokens(a.en, tokenizeEn(a.en));
    const parsed = parseEnAt(en, toks, 0);
    if (!parsed || parsed.last !== toks.length - 1) {
      problem(a, `${JSON.stringify(a.en)} is not a title the other files compose; add its head title to ranks.tsv`);
      continue;
    }
    const item: TitleItem = { type: 'title', title: parsed.title, ...(a.bare ? {} : { requires: 'piece' as const }) };
    en.abbreviations.set(a.abbr, item);
    addZh(zh, a.abbr, item);
    acronyms.add(a.abbr);
  }

  return { version, zh, en, blockers, contexts, acronyms };
}
