// Shorter names of the people and organisations an article names in full: surnames ("Harlan", "ten
// Hag"), given names and their common short forms ("Mike"), the name without its initial ("Michael
// Harlan"), an organisation's leading words ("Harbor Crest", "Corvane") and the place-free half of a
// club or university name ("Lakeshore", "Leicester", "United").
import type { Entity } from '../../core/types.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey } from '../../dictionary/fold.js';
import { CLUB_HEADS, NOT_NAMES, ORG_HEADS, ORG_LEADS, PARTICLES } from './name-words.js';
import { nicknamesOf } from './nicknames.js';

export interface Owner {
  entity: Entity;
  /** Where the entity is named in full, for choosing between two people who share a surname. */
  fullAt: number[];
}

export type ShortForms = Map<string, Owner[]>;

const isInitial = (w: string) => /^(?:\p{Lu}\.)+$/u.test(w);

/** The short forms of every entity named in full (a name of two words or more) in the article. */
export function shortForms(entities: readonly Entity[], dict: CompiledDictionary): ShortForms {
  const forms: ShortForms = new Map();
  const add = (key: string, entity: Entity, fullAt: number[]) => {
    if (key.length < 2 || NOT_NAMES.has(key)) return;
    const list = forms.get(key) ?? [];
    if (!list.some((o) => o.entity === entity)) list.push({ entity, fullAt });
    forms.set(key, list);
  };
  for (const e of entities) {
    // A name given once with its type ("the retailer Veltro") is the same name when repeated bare.
    for (const m of e.mentions) if (!m.text.includes(' ')) add(enKey(m.text), e, [m.start]);
    const full = e.mentions.filter((m) => m.text.trim().includes(' '));
    if (!full.length) continue;
    const fullAt = full.map((m) => m.start);
    const names = new Set([e.name, ...full.map((m) => m.text)]);
    if (e.type === 'person') {
      const d = dict.entities.get(e.id);
      for (const p of d ? [...d.enSurnames, ...d.enGiven] : []) add(enKey(p), e, fullAt);
      for (const n of names) for (const k of personParts(n)) add(k, e, fullAt);
    } else for (const n of names) for (const k of orgParts(n)) add(k, e, fullAt);
  }
  return forms;
}

function personParts(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const named = words.filter((w) => !isInitial(w));
  const out: string[] = [];
  const last = named[named.length - 1];
  out.push(enKey(last));
  // ten Hag, van Nistelrooy: the particle belongs to the surname.
  const k = words.indexOf(last);
  let p = k;
  while (p > 1 && PARTICLES.has(words[p - 1].toLowerCase())) p--;
  if (p < k) out.push(enKey(words.slice(p, k + 1).join(' ')));
  if (named.length > 1) {
    out.push(enKey(named[0]), ...nicknamesOf(enKey(named[0])));
    if (named.length < words.length) out.push(enKey(named.join(' ')));
  }
  return out;
}

function orgParts(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const low = words.map((w) => enKey(w));
  const out: string[] = [];
  // University of Lakeshore → Lakeshore; Bank of America is never "America" (a place: see resolve).
  const of = low.findIndex((w) => w === 'of');
  if (of > 0 && ORG_LEADS.has(low[0])) out.push(enKey(words.slice(of + 1).join(' ')));
  if (low[0] === 'the' || ORG_LEADS.has(low[0])) return out;
  // Leading words, up to the organisation's head word: Harbor Crest Financial → Harbor Crest, Harbor.
  for (let n = words.length - 1; n >= 1; n--) {
    const head = low.slice(0, n);
    if (head.every((w) => ORG_HEADS.has(w) || ['of', 'and', '&', 'for'].includes(w))) break;
    if (['of', 'and', '&', 'for'].includes(head[head.length - 1])) continue;
    out.push(enKey(words.slice(0, n).join(' ')));
  }
  // Manchester United → United (the place alone is ambiguous between clubs; resolve decides).
  if (words.length === 2 && CLUB_HEADS.has(low[1])) out.push(low[1]);
  return out;
}

/** The entity a short form names at `at`, or null when it is unknown or ambiguous. */
export function ownerOf(forms: ShortForms, key: string, at: number, type: Entity['type'] | null): Entity | null {
  const owners = (forms.get(key) ?? []).filter((o) => !type || o.entity.type === type);
  if (owners.length === 1) return owners[0].entity;
  if (!owners.length || new Set(owners.map((o) => o.entity.type)).size > 1) return null;
  // Two people sharing a surname (Akio and Kiichiro Toyoda): the one named in full most recently.
  const before = owners.map((o) => ({ o, last: Math.max(-1, ...o.fullAt.filter((x) => x < at)) })).sort((a, b) => b.last - a.last);
  if (before[0].last >= 0) return before[0].o.entity;
  const first = owners.map((o) => ({ o, first: Math.min(...o.fullAt) })).sort((a, b) => a.first - b.first);
  return first[0].o.entity;
}

