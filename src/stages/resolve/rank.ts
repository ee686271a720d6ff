import type { AliasHit, CompiledDictionary } from '../../dictionary/compile.js';
import type { EntityRegistry } from './registry.js';

/** Picks the dictionary reading of an ambiguous alias that fits the article best. */
export function rankHits(hits: AliasHit[], dict: CompiledDictionary, registry: EntityRegistry, articleOrgs: Set<string>): AliasHit & { score: number } {
  let best: (AliasHit & { score: number }) | null = null;
  for (const h of hits) {
    const e = dict.entities.get(h.entityId)!;
    let score = h.prior;
    if (registry.get(h.entityId)?.mentions.length) score += 0.3;
    if (e.org && articleOrgs.has(e.org)) score += 0.15;
    if (!best || score > best.score) best = { ...h, score };
  }
  return best!;
}

