// Links English names to entities: dictionary aliases ranked by context, full names the dictionary
// does not know, then surnames, given names and honorific forms of people named in the article.
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey } from '../../dictionary/fold.js';
import type { Entity } from '../../core/types.js';
import type { NameMention } from '../mentions/types.js';
import { rankHits } from '../resolve/rank.js';
import type { EntityRegistry } from '../resolve/registry.js';

export function resolveEn(mentions: NameMention[], dict: CompiledDictionary, registry: EntityRegistry): void {
  const articleOrgs = new Set<string>();
  for (const m of mentions) if (m.hits.length === 1 && m.type === 'org') articleOrgs.add(m.hits[0].entityId);
  const singles: NameMention[] = [];
  for (const m of mentions) {
    if (m.source === 'dictionary') {
      const best = rankHits(m.hits, dict, registry, articleOrgs);
      registry.addMention(registry.known(best.entityId), m, { method: m.text === dict.entities.get(best.entityId)?.name ? 'alias' : 'variant', confidence: m.hits.length > 1 ? 0.75 : 0.97, rule: 'en.resolve.dictionary' });
    } else if (m.type && m.text.includes(' ')) {
      const entity = registry.unknown(m.type, m.text, { en: m.text, zh: null });
      registry.addMention(entity, m, { method: 'unknown', confidence: 0.7, rule: `en.resolve.unknown-${m.type}` });
    } else singles.push(m);
  }
  // Single words: a surname or given name of someone named in full (Murati, Ms. Murati, Altman's).
  const owners = partOwners(registry, dict);
  for (const m of singles) {
    const owner = owners.get(enKey(m.text));
    if (owner && owner !== 'ambiguous') {
      registry.addMention(owner, m, { method: 'short-form', confidence: 0.88, rule: 'en.resolve.short-form' });
      continue;
    }
    if (m.type === 'org') {
      registry.addMention(registry.unknown('org', m.text, { en: m.text, zh: null }), m, { method: 'unknown', confidence: 0.6, rule: 'en.resolve.unknown-org' });
    } else if (m.type === 'person') {
      registry.addMention(registry.unknown('person', m.text, { en: m.text, zh: null }), m, { method: 'unknown', confidence: 0.55, rule: 'en.resolve.unknown-person' });
    }
  }
}

/** Name parts (≥ 2 letters) of the people mentioned, mapped to their owner; shared parts are ambiguous. */
function partOwners(registry: EntityRegistry, dict: CompiledDictionary): Map<string, Entity | 'ambiguous'> {
  const owners = new Map<string, Entity | 'ambiguous'>();
  const add = (part: string, e: Entity) => {
    const k = enKey(part);
    if (k.length < 2) return;
    const prev = owners.get(k);
    owners.set(k, prev && prev !== e ? 'ambiguous' : e);
  };
  for (const e of registry.all()) {
    if (e.type !== 'person' || !e.mentions.length) continue;
    const d = dict.entities.get(e.id);
    if (d) for (const p of [...d.enSurnames, ...d.enGiven]) add(p, e);
    else if (e.names.en) {
      const words = e.names.en.split(/\s+/);
      if (words.length > 1) {
        add(words[0], e);
        add(words[words.length - 1], e);
      }
    }
  }
  return owners;
}
