// The parts of Wikidata's canonical entity JSON (the format of the JSON dumps and of
// Special:EntityData) that the import reads, and defensive accessors over them: a dump line is
// untrusted input, so every accessor tolerates missing or oddly shaped fields instead of throwing.

export interface WdTerm {
  language: string;
  value: string;
}

export interface WdSnak {
  snaktype?: 'value' | 'somevalue' | 'novalue';
  property?: string;
  datavalue?: { type?: string; value?: unknown };
}

export interface WdStatement {
  mainsnak?: WdSnak;
  rank?: 'preferred' | 'normal' | 'deprecated';
  qualifiers?: Record<string, WdSnak[]>;
}

export interface WdEntity {
  id: string;
  type?: string;
  labels?: Record<string, WdTerm>;
  descriptions?: Record<string, WdTerm>;
  aliases?: Record<string, WdTerm[]>;
  claims?: Record<string, WdStatement[]>;
  sitelinks?: Record<string, unknown>;
}

export const QID = /^Q[1-9]\d*$/;

/** Properties and classes the import relies on (see docs/wikidata-import.md). */
export const WD = {
  instanceOf: 'P31',
  human: 'Q5',
  occupation: 'P106',
  positionHeld: 'P39',
  employer: 'P108',
  chiefExecutiveOfficer: 'P169',
  chairperson: 'P488',
  /** Qualifier "of" on a position held: the organisation the position belongs to. */
  of: 'P642',
  endTime: 'P582',
} as const;

/** The entity when `value` looks like one (an object with a string id), else null. */
export function asEntity(value: unknown): WdEntity | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? (value as WdEntity) : null;
}

/** True for data items (Q…), false for properties (P…) and lexemes (L…). */
export const isItem = (e: WdEntity): boolean => (e.type === undefined || e.type === 'item') && QID.test(e.id);

/** The value of a label or description in one language, trimmed, or null. */
export function term(map: Record<string, WdTerm> | undefined, language: string): string | null {
  const t = map?.[language];
  const v = typeof t === 'object' && t !== null ? t.value : undefined;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** The alias values in one language, trimmed, without empties. */
export function aliasValues(e: WdEntity, language: string): string[] {
  const list = e.aliases?.[language];
  if (!Array.isArray(list)) return [];
  const out: string[] = [];
  for (const a of list) {
    const v = typeof a === 'object' && a !== null ? a.value : undefined;
    if (typeof v === 'string' && v.trim() !== '') out.push(v.trim());
  }
  return out;
}

/** The item id a snak points at (`id`, or `numeric-id` in older dumps), or null. */
export function snakItem(snak: WdSnak | undefined): string | null {
  if (!snak || snak.snaktype !== 'value' || snak.datavalue?.type !== 'wikibase-entityid') return null;
  const v = snak.datavalue.value as { id?: unknown; 'numeric-id'?: unknown; 'entity-type'?: unknown } | undefined;
  if (!v || typeof v !== 'object') return null;
  if (typeof v.id === 'string') return QID.test(v.id) ? v.id : null;
  if (v['entity-type'] === 'item' && typeof v['numeric-id'] === 'number') return `Q${v['numeric-id']}`;
  return null;
}

function statements(e: WdEntity, property: string): WdStatement[] {
  const list = e.claims?.[property];
  return Array.isArray(list) ? list.filter((s) => typeof s === 'object' && s !== null && s.rank !== 'deprecated') : [];
}

/** Item values of a property, deprecated statements left out, preferred ones first. */
export function itemValues(e: WdEntity, property: string): string[] {
  const ranked = statements(e, property).sort((a, b) => rankOrder(a) - rankOrder(b));
  const out: string[] = [];
  for (const s of ranked) {
    const id = snakItem(s.mainsnak);
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Statements of a property that have not ended (no end-time qualifier with a value), preferred first. */
export function currentStatements(e: WdEntity, property: string): WdStatement[] {
  return statements(e, property)
    .filter((s) => !(s.qualifiers?.[WD.endTime] ?? []).some((q) => q?.snaktype === 'value'))
    .sort((a, b) => rankOrder(a) - rankOrder(b));
}

/** Item values of a qualifier on a statement. */
export function qualifierItems(s: WdStatement, property: string): string[] {
  const list = s.qualifiers?.[property];
  if (!Array.isArray(list)) return [];
  return list.map(snakItem).filter((id): id is string => id !== null);
}

export function sitelinkCount(e: WdEntity): number {
  const s = e.sitelinks;
  return typeof s === 'object' && s !== null && !Array.isArray(s) ? Object.keys(s).length : 0;
}

const rankOrder = (s: WdStatement): number => (s.rank === 'preferred' ? 0 : 1);
