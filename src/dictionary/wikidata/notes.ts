// Notes for entities that share an alias. The dictionary build refuses an alias claimed by two
// entities unless both carry a note saying how to tell them apart; Wikidata's English description
// is exactly that ("American businessman" vs "Australian politician").
import { enKey, zhKey } from '../fold.js';

export interface NoteInput {
  qid: string;
  name: string;
  zh: readonly string[];
  enAliases: readonly string[];
  description: string | null;
}

/** Existing entities claiming a key; each of them has a note (the import dropped keys of those without). */
export interface ExistingClaimants {
  zhClaimants(key: string): string[];
  enClaimants(key: string): string[];
}

const SHOWN_IDS = 5;
const SHOWN_KEYS = 3;

/** QID → note, for the entities that share at least one alias key with another entity. */
export function sharedAliasNotes(entities: readonly NoteInput[], ids: ReadonlyMap<string, string>, existing?: ExistingClaimants): Map<string, string> {
  const zh = new Map<string, string[]>();
  const en = new Map<string, string[]>();
  const keysOf = (e: NoteInput) => ({
    zh: [...new Set(e.zh.map(zhKey))],
    en: [...new Set([e.name, ...e.enAliases].map(enKey))],
  });
  const add = (index: Map<string, string[]>, key: string, qid: string) => {
    const list = index.get(key);
    if (list) list.push(qid);
    else index.set(key, [qid]);
  };
  const keys = entities.map(keysOf);
  entities.forEach((e, i) => {
    const k = keys[i];
    for (const key of k.zh) add(zh, key, e.qid);
    for (const key of k.en) add(en, key, e.qid);
  });
  const notes = new Map<string, string>();
  entities.forEach((e, i) => {
    const k = keys[i];
    const others = new Set<string>();
    const shared: string[] = [];
    const collect = (key: string, shown: () => string, imported: string[] | undefined, outside: string[]) => {
      const mine = (imported ?? []).filter((q) => q !== e.qid).map((q) => ids.get(q)!);
      if (!mine.length && !outside.length) return;
      shared.push(shown());
      for (const id of [...mine, ...outside]) others.add(id);
    };
    for (const key of k.zh) collect(key, () => e.zh.find((f) => zhKey(f) === key)!, zh.get(key), existing?.zhClaimants(key) ?? []);
    for (const key of k.en) collect(key, () => [e.name, ...e.enAliases].find((f) => enKey(f) === key)!, en.get(key), existing?.enClaimants(key) ?? []);
    if (!others.size) return;
    const list = [...others].sort();
    const about = e.description ? `Wikidata ${e.qid}: ${e.description}` : `Wikidata ${e.qid}`;
    const what = shared.slice(0, SHOWN_KEYS).join(', ') + (shared.length > SHOWN_KEYS ? ', …' : '');
    const who = list.slice(0, SHOWN_IDS).join(', ') + (list.length > SHOWN_IDS ? ` and ${list.length - SHOWN_IDS} more` : '');
    notes.set(e.qid, `${about}. Shares ${what} with ${who}`.replace(/\s+/g, ' '));
  });
  return notes;
}
