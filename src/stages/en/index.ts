// English articles: mentions, resolution, events and quotes. (In progress: dictionary mentions only.)
import type { Article, Sentence } from '../../core/types.js';
import type { CompiledDictionary } from '../../dictionary/compile.js';
import type { CueSet } from '../../dictionary/cues.js';
import { enKey } from '../../dictionary/fold.js';
import type { EventDraft } from '../events/types.js';
import type { EntityRegistry } from '../resolve/registry.js';

export interface EnglishInput {
  article: Article;
  work: string;
  sentences: Sentence[];
  registry: EntityRegistry;
  dictionary: CompiledDictionary;
  cues: CueSet;
  events: boolean;
  quotes: boolean;
  quoteMinUnits: number;
}

const WORD = /[A-Za-z][\p{L}0-9]*(?:[-.'’&][\p{L}0-9]+)*/gu;

export function annotateEnglish(input: EnglishInput): EventDraft[] {
  const { article, work, registry, dictionary } = input;
  const words = [...work.matchAll(WORD)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  for (let i = 0; i < words.length; i++) {
    let best: { j: number; key: string } | null = null;
    for (let j = i; j < words.length && j < i + dictionary.maxEnWords; j++) {
      if (j > i && !/^[ -]$/.test(work.slice(words[j - 1].end, words[j].start))) break;
      const key = enKey(work.slice(words[i].start, words[j].end));
      if (dictionary.en.has(key) && /^[A-Z]/.test(work[words[i].start])) best = { j, key };
    }
    if (!best) continue;
    const hit = dictionary.en.get(best.key)![0];
    const entity = registry.known(hit.entityId);
    const start = words[i].start;
    const end = words[best.j].end;
    registry.addMention(entity, { start, end, text: article.text.slice(start, end) }, { method: 'alias', confidence: 0.95, rule: 'en.resolve.dictionary' });
    i = best.j;
  }
  return [];
}
