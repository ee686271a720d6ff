// The entities of one article as they are resolved: created on first use, mentions appended, one id
// per entity whatever script or spelling named it.
import { contentHash } from '../../core/ids.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey, zhKey } from '../../dictionary/fold.js';
import type { AliasProposal, Entity, EntityType, Lang, Mention, Resolution, TextSpan } from '../../core/types.js';

/** The id of an entity the dictionary does not know: stable across articles for the same name. */
export function unknownEntityId(type: EntityType, name: string): string {
  const key = /\p{Script=Han}/u.test(name) ? zhKey(name) : enKey(name);
  return `x-${type}-${contentHash(type, key).slice(0, 12)}`;
}

export class EntityRegistry {
  private readonly entities = new Map<string, Entity>();
  readonly proposals: AliasProposal[] = [];

  constructor(private readonly dict: CompiledDictionary) {}

  /** The entity for a dictionary id, created from the dictionary on first use. */
  known(id: string): Entity {
    let e = this.entities.get(id);
    if (!e) {
      const d = this.dict.entities.get(id);
      if (!d) throw new Error(`unknown dictionary entity ${id}`);
      // Ids of names the shipped dictionaries do not know (x-…) stay unresolved even when a person
      // accepted an alias for them.
      const resolved = !id.startsWith('x-');
      e = { id, type: d.type, name: d.name, names: { en: resolved ? d.name : /\p{Script=Han}/u.test(d.name) ? null : d.name, zh: d.zh }, resolved, wikidata: d.wikidata, mentions: [] };
      this.entities.set(id, e);
    }
    return e;
  }

  /** An entity the dictionary does not know; `name` is the best guess (Latin when known). */
  unknown(type: EntityType, name: string, names: { en: string | null; zh: string | null }): Entity {
    const id = unknownEntityId(type, names.en ?? name);
    let e = this.entities.get(id);
    if (!e) {
      e = { id, type, name, names: { ...names }, resolved: false, wikidata: null, mentions: [] };
      this.entities.set(id, e);
    } else {
      e.names.en ??= names.en;
      e.names.zh ??= names.zh;
    }
    return e;
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  addMention(entity: Entity, span: TextSpan, resolution: Resolution): Mention {
    const existing = entity.mentions.find((m) => m.start === span.start && m.end === span.end);
    if (existing) return existing;
    const m: Mention = { start: span.start, end: span.end, text: span.text, entityId: entity.id, type: entity.type, resolution };
    entity.mentions.push(m);
    return m;
  }

  propose(entity: Entity, alias: string, lang: Lang, method: AliasProposal['method'], score: number, evidence: TextSpan): void {
    if (this.proposals.some((p) => p.entityId === entity.id && p.alias === alias)) return;
    this.proposals.push({ entityId: entity.id, entityName: entity.name, alias, lang, method, score, evidence });
  }

  /** A proposal for a dictionary entity the article does not mention (no entity is added to the article). */
  proposeKnown(id: string, alias: string, lang: Lang, method: AliasProposal['method'], score: number, evidence: TextSpan): void {
    const d = this.dict.entities.get(id);
    if (!d || this.proposals.some((p) => p.entityId === id && p.alias === alias)) return;
    this.proposals.push({
      entityId: id,
      entityName: d.name,
      entity: { type: d.type, name: d.name, names: { en: d.name, zh: d.zh }, resolved: true, wikidata: d.wikidata },
      alias,
      lang,
      method,
      score,
      evidence,
    });
  }

  /** Entities with at least one mention, ordered by first mention. */
  list(): Entity[] {
    return [...this.entities.values()]
      .filter((e) => e.mentions.length)
      .map((e) => ({ ...e, mentions: [...e.mentions].sort((a, b) => a.start - b.start) }))
      .sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  }

  /** Every mention of every entity, in text order. */
  mentions(): Mention[] {
    return [...this.entities.values()].flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  }

  all(): Entity[] {
    return [...this.entities.values()];
  }
}
