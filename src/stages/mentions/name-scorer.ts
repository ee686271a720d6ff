// Adapts the transliteration model (src/names) to what the mention finders need.
import { loadNameModel, PHONETIC_LINK_THRESHOLD, PHONETIC_PROPOSE_THRESHOLD } from '../../names/index.js';
import type { NameScorer } from './types.js';

let scorer: NameScorer | undefined;

export function nameScorer(): NameScorer {
  if (scorer) return scorer;
  const model = loadNameModel();
  const cache = new Map<string, number>();
  return (scorer = {
    isLikelyTransliteration: (s) => model.isLikelyTransliteration(s),
    transliterationScore: (s) => model.transliterationScore(s),
    phoneticScore: (zh, en) => {
      const key = `${zh}\u0000${en}`;
      let v = cache.get(key);
      if (v === undefined) {
        v = model.phoneticScore(zh, en);
        if (cache.size > 50_000) cache.clear();
        cache.set(key, v);
      }
      return v;
    },
    linkThreshold: PHONETIC_LINK_THRESHOLD,
    proposeThreshold: PHONETIC_PROPOSE_THRESHOLD,
  });
}
