import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../../src/dictionary/load.js';
import { nameScorer } from '../../../src/stages/mentions/name-scorer.js';
import { matchDictionaryBySound } from '../../../src/stages/resolve/phonetic-dictionary.js';
import { BatchNames } from '../../../src/stages/resolve/batch.js';
import type { AnnotatedArticle, Entity } from '../../../src/core/types.js';

const dict = loadDictionary();
const names = nameScorer();

describe('phonetic matching against the dictionary', () => {
  it('links a variant transliteration of a known person', () => {
    expect(matchDictionaryBySound('米拉·穆拉帝', dict, names)).toMatchObject({ entityId: 'mira-murati', decision: 'link' });
  });
  it('finds nothing for a name that sounds like nobody there', () => {
    expect(matchDictionaryBySound('萨沙·伊万诺夫', dict, names)?.decision ?? null).not.toBe('link');
  });
});

function article(id: string, entities: Partial<Entity>[]): AnnotatedArticle {
  return {
    article: { id, source: id, lang: 'zh', title: null, url: null, publishedAt: null, text: '萨沙·伊万诺夫' },
    entities: entities.map((e, i) => ({ id: `e${id}${i}`, type: 'person', name: '', names: { en: null, zh: null }, resolved: false, wikidata: null, mentions: [{ start: 0, end: 7, text: '萨沙·伊万诺夫', entityId: `e${id}${i}`, type: 'person', resolution: { method: 'unknown', confidence: 0.6, rule: 'x' } }], ...e })) as Entity[],
    events: [],
    proposals: [],
    provenance: { pipeline: 'news', dictionaryVersion: 'x', rulesVersion: 'x' },
    warnings: [],
  };
}

describe('names across a batch', () => {
  it('proposes an unknown transliteration as the English name another article gives', () => {
    const batch = new BatchNames(names);
    batch.add(article('zh1', [{ name: '萨沙·伊万诺夫', names: { en: null, zh: '萨沙·伊万诺夫' } }]));
    batch.add(article('en1', [{ id: 'x-person-sasha', name: 'Sasha Ivanov', names: { en: 'Sasha Ivanov', zh: null } }]));
    const proposals = batch.proposals().get('zh1') ?? [];
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ entityId: 'x-person-sasha', alias: '萨沙·伊万诺夫', method: 'phonetic' });
    expect(proposals[0].score).toBeGreaterThan(0.9);
  });
  it('proposes nothing when no English name of the batch sounds alike', () => {
    const batch = new BatchNames(names);
    batch.add(article('zh1', [{ name: '萨沙·伊万诺夫', names: { en: null, zh: '萨沙·伊万诺夫' } }]));
    batch.add(article('en1', [{ id: 'x-person-b', name: 'Bob McGrew', names: { en: 'Bob McGrew', zh: null } }]));
    expect(batch.proposals().get('zh1') ?? []).toEqual([]);
  });
});
