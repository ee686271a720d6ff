// Builds a Title from the pieces a parser found before (and after) a head title, and composes its English.
import { titleCase } from './title-case.js';
import type { Modifier, Rank, Title, Unit } from './types.js';

/** What a parser collects in front of a head title, in text order. */
export type Piece =
  | { type: 'mod'; mod: Modifier }
  | { type: 'unit'; unit: Unit }
  | { type: 'join' }
  /** An English gloss in parentheses after units: 使命对齐(Mission Alignment); replaces their English. */
  | { type: 'gloss'; en: string };

export const baseTitle = (rank: Rank): Title => ({ status: [], grades: [], groups: [], rank });

/** Unit groups from pieces: a join starts a new group, a gloss replaces the current group's English. */
export function unitGroups(pieces: readonly Piece[]): Unit[][] {
  const groups: Unit[][] = [];
  let current: Unit[] = [];
  for (const p of pieces) {
    if (p.type === 'unit') current.push(p.unit);
    else if (p.type === 'join') {
      if (current.length) groups.push(current);
      current = [];
    } else if (p.type === 'gloss' && current.length) current = [{ en: titleCase(p.en), kind: current[current.length - 1].kind }];
  }
  if (current.length) groups.push(current);
  return groups;
}

const uniqueByEn = (mods: Modifier[]): Modifier[] => mods.filter((m, i) => mods.findIndex((n) => n.en === m.en) === i);

/**
 * Merges what was written around a head title with the title entry itself (an abbreviation such as
 * SVP brings its own Senior): written modifiers first, then the entry's; written units, then any after it.
 */
export function buildTitle(before: readonly Piece[], entry: Title, after: Unit[][] = []): Title {
  const mods = before.flatMap((p) => (p.type === 'mod' ? [p.mod] : []));
  return {
    status: uniqueByEn([...mods.filter((m) => m.kind === 'interim'), ...entry.status]),
    grades: uniqueByEn([...mods.filter((m) => m.kind === 'grade' || m.kind === 'bound'), ...entry.grades]),
    groups: [...unitGroups(before), ...entry.groups, ...after],
    rank: entry.rank,
  };
}

const joinAnd = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Words joined by spaces, except after a word ending in a hyphen (Co- + CEO → Co-CEO). */
const joinWords = (words: string[]): string =>
  words.reduce((acc, w) => (acc === '' ? w : acc.endsWith('-') ? acc + w : `${acc} ${w}`), '');

/**
 * The English of a title. Regions go last (Vice President of Research, Greater China); with `prefix`
 * titles every unit goes before the head (Senior Research Scientist).
 */
export function composeEn(t: Title): string {
  const regions: string[] = [];
  const groups: string[] = [];
  for (const g of t.groups) {
    const own = g.filter((u) => u.kind !== 'region' && u.kind !== 'country').map((u) => u.en);
    regions.push(...g.filter((u) => u.kind === 'region' || u.kind === 'country').map((u) => u.en));
    if (own.length) groups.push(own.join(' '));
  }
  const mods = [...t.status, ...t.grades].map((m) => m.en);
  const what = joinAnd(groups);
  let out: string;
  if (t.rank.compose === 'prefix') out = joinWords([...mods, ...regions, ...(what ? [what] : []), t.rank.en]);
  else {
    out = joinWords([...mods, t.rank.en]);
    if (what) out += ` of ${what}${regions.length ? `, ${regions.join(' ')}` : ''}`;
    else if (regions.length) out += ` of ${regions.join(' ')}`;
  }
  return titleCase(out);
}
