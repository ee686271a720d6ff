// Links English names to entities. Names of two words or more first (dictionary aliases ranked by
// context, then names the dictionary does not know, legal forms folded: "Harbor Crest Financial
// Corp." and "Harbor Crest Financial" are one company); then single words and other short forms, as
// parts of a name given in full in the article ("Harlan", "Mike", "Corvane", "ten Hag"), before a
// dictionary alias that is only a surname ("Amorim" is Ruben Amorim in a story that names him).
import type { CompiledDictionary } from '../../dictionary/compile.js';
import { enKey } from '../../dictionary/fold.js';
import { rankHits } from '../resolve/rank.js';
import type { EntityRegistry } from '../resolve/registry.js';
import type { EnNameMention } from './mentions.js';
import { ownerOf, shortForms } from './short-forms.js';

const LOCATIVE = /\b(?:in|outside|near|across|around|to|from|of)\s+$/i;

export function resolveEn(mentions: readonly EnNameMention[], dict: CompiledDictionary, registry: EntityRegistry, work: string): void {
  const articleOrgs = new Set<string>();
  for (const m of mentions) if (m.hits.length === 1 && m.type === 'org') articleOrgs.add(m.hits[0].entityId);
  // "van Nistelrooy", "Michael Harlan", "Harbor Crest": the end of a longer person's name or the start
  // of a longer organisation's name in the article is a short form of it.
  const keys = (type: 'person' | 'org') => mentions.filter((m) => m.source !== 'dictionary' && m.type === type).map((m) => enKey(m.canonical));
  const people = keys('person');
  const orgs = keys('org');
  const partOfLonger = (m: EnNameMention) =>
    m.source !== 'dictionary' && (m.type === 'org' ? orgs.some((k) => k.startsWith(`${m.key} `)) : people.some((k) => k.length > m.key.length && k.endsWith(` ${m.key}`)));
  const multi = (m: EnNameMention) => m.text.includes(' ') && !m.particleStart && !partOfLonger(m);
  const later: EnNameMention[] = [];
  for (const m of mentions) {
    if (m.source === 'dictionary' && (multi(m) || m.type !== 'person')) {
      const best = rankHits(m.hits, dict, registry, articleOrgs);
      registry.addMention(registry.known(best.entityId), m, { method: m.text === dict.entities.get(best.entityId)?.name ? 'alias' : 'variant', confidence: m.hits.length > 1 ? 0.75 : 0.97, rule: 'en.resolve.dictionary' });
    } else if (m.source !== 'dictionary' && m.type && multi(m)) {
      const entity = registry.unknown(m.type, m.canonical, { en: m.canonical, zh: null });
      registry.addMention(entity, m, { method: 'unknown', confidence: 0.7, rule: `en.resolve.unknown-${m.type}` });
    } else later.push(m);
  }
  const forms = shortForms(registry.all(), dict);
  for (const m of later) {
    const isPlace = m.rule === 'en.mention.place';
    // A type read from compromise's tags alone does not outweigh a name given in full (Altman's company).
    const owner = isPlace && LOCATIVE.test(work.slice(Math.max(0, m.start - 12), m.start)) ? null : ownerOf(forms, m.key, m.start, m.type) ?? ownerOf(forms, m.key, m.start, null);
    if (m.source === 'dictionary') {
      // A bare surname alias names the dictionary's person unless the article names someone else in full.
      const own = owner && !dict.entities.has(owner.id) ? owner : null;
      if (own) registry.addMention(own, m, { method: 'short-form', confidence: 0.85, rule: 'en.resolve.short-form-over-alias' });
      else {
        const best = rankHits(m.hits, dict, registry, articleOrgs);
        registry.addMention(registry.known(best.entityId), m, { method: 'variant', confidence: 0.8, rule: 'en.resolve.dictionary-surname' });
      }
    } else if (owner) {
      registry.addMention(owner, m, { method: 'short-form', confidence: 0.88, rule: 'en.resolve.short-form' });
    } else if (m.type && !m.particleStart) {
      const entity = registry.unknown(m.type, m.canonical, { en: m.canonical, zh: null });
      registry.addMention(entity, m, { method: 'unknown', confidence: m.type === 'org' ? 0.6 : 0.55, rule: `en.resolve.unknown-${m.type}` });
    }
  }
}
