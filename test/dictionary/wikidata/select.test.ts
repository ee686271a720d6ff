import { describe, expect, it } from 'vitest';
import { entityType, selectEntity, type Candidate, type Drops } from '../../../src/dictionary/wikidata/select.js';
import { entity, selection, statement } from './helpers.js';

const drops = (): Drops => ({ zh: {}, en: {} });
const person = (over: Parameters<typeof entity>[0]['claims'] = {}, sitelinks = 3) =>
  entity({ id: 'Q10', labels: { en: 'Mira Murati', 'zh-hans': '米拉·穆拉蒂' }, claims: { P31: ['Q5'], ...over }, sitelinks });
const orgClasses = selection().orgClasses;

describe('entity type', () => {
  it('is person for P31 Q5, org for a listed class, null otherwise; deprecated statements do not count', () => {
    expect(entityType(person(), orgClasses)).toBe('person');
    expect(entityType(entity({ id: 'Q1', claims: { P31: ['Q783794'] } }), orgClasses)).toBe('org');
    expect(entityType(entity({ id: 'Q1', claims: { P31: ['Q6256'] } }), orgClasses)).toBeNull();
    expect(entityType(entity({ id: 'Q1', claims: { P31: [statement('P31', 'Q5', { rank: 'deprecated' })] } }), orgClasses)).toBeNull();
  });

  it('follows the class list it is given', () => {
    expect(entityType(entity({ id: 'Q1', claims: { P31: ['Q6256'] } }), new Set(['Q6256']))).toBe('org');
  });

  it('reads numeric-id when an older dump has no id string', () => {
    const old = entity({ id: 'Q1', claims: { P31: [{ mainsnak: { snaktype: 'value', datavalue: { type: 'wikibase-entityid', value: { 'entity-type': 'item', 'numeric-id': 5 } } } }] } });
    expect(entityType(old, orgClasses)).toBe('person');
  });
});

describe('selectEntity filters', () => {
  it('keeps a person with a Chinese and an English name', () => {
    const c = selectEntity(person(), selection(), drops()) as Candidate;
    expect(c).toMatchObject({ qid: 'Q10', type: 'person', name: 'Mira Murati', zh: ['米拉·穆拉蒂'], sitelinks: 3 });
  });

  it('--type', () => {
    expect(selectEntity(person(), selection({ type: 'org' }), drops())).toBe('type-filter');
    expect(typeof selectEntity(person(), selection({ type: 'person' }), drops())).toBe('object');
  });

  it('--occupation (P106 any of) applies to people, not organisations', () => {
    const s = selection({ occupations: new Set(['Q43845', 'Q82955']) });
    expect(selectEntity(person({ P106: ['Q82955'] }), s, drops())).toMatchObject({ qid: 'Q10' });
    expect(selectEntity(person({ P106: ['Q1650915'] }), s, drops())).toBe('occupation-filter');
    expect(selectEntity(person({ P106: [statement('P106', 'Q43845', { rank: 'deprecated' })] }), s, drops())).toBe('occupation-filter');
    const org = entity({ id: 'Q20', labels: { en: 'OpenAI', zh: '开放人工智能' }, claims: { P31: ['Q4830453'] } });
    expect(selectEntity(org, s, drops())).toMatchObject({ type: 'org' });
  });

  it('--position (P39 any of), also a position held in the past', () => {
    const s = selection({ positions: new Set(['Q484876']) });
    const ended = statement('P39', 'Q484876', { qualifiers: { P582: [{ snaktype: 'value', property: 'P582' }] } });
    expect(selectEntity(person({ P39: [ended] }), s, drops())).toMatchObject({ qid: 'Q10' });
    expect(selectEntity(person({ P39: ['Q11696'] }), s, drops())).toBe('position-filter');
  });

  it('--qids and --min-sitelinks', () => {
    expect(selectEntity(person(), selection({ qids: new Set(['Q11']) }), drops())).toBe('not-listed');
    expect(selectEntity(person({}, 2), selection({ minSitelinks: 3 }), drops())).toBe('few-sitelinks');
    expect(typeof selectEntity(person({}, 3), selection({ minSitelinks: 3 }), drops())).toBe('object');
  });

  it('gives the first reason that applies, in a fixed order', () => {
    const noZh = entity({ id: 'P31', labels: { en: 'instance of' } });
    expect(selectEntity(noZh, selection(), drops())).toBe('no-chinese');
    const property = { ...entity({ id: 'P31', labels: { zh: '性质' } }), type: 'property' };
    expect(selectEntity(property, selection({ qids: new Set(['Q1']) }), drops())).toBe('not-an-item');
    const noEn = entity({ id: 'Q1', labels: { zh: '李明', fr: 'Li Ming' }, claims: { P31: ['Q5'] } });
    expect(selectEntity(noEn, selection(), drops())).toBe('no-english');
    const hanName = entity({ id: 'Q1', labels: { zh: '李明', en: '李明' }, claims: { P31: ['Q5'] } });
    expect(selectEntity(hanName, selection(), drops())).toBe('english-not-latin');
    const unusable = entity({ id: 'Q1', labels: { en: 'Ann Lee' }, aliases: { zh: ['李', 'A. Lee'] }, claims: { P31: ['Q5'] } });
    expect(selectEntity(unusable, selection(), drops())).toBe('no-usable-chinese');
  });

  it('checks an existing dictionary: its QIDs, and names it claims without a note', () => {
    const claims = { hasQid: (q: string) => q === 'Q10', zhTaken: () => false, enTaken: (k: string) => k === 'jane roe' };
    expect(selectEntity(person(), selection(), drops(), claims)).toBe('in-dictionary');
    const jane = entity({ id: 'Q11', labels: { en: 'Jane Roe', zh: '简·罗' }, claims: { P31: ['Q5'] } });
    expect(selectEntity(jane, selection(), drops(), claims)).toBe('name-taken');
  });

  it('gathers current employers and leaders only with --with-employer', () => {
    const ended = { P582: [{ snaktype: 'value' as const, property: 'P582' }] };
    const p = person({
      P108: [statement('P108', 'Q100', { qualifiers: ended }), 'Q101', statement('P108', 'Q102', { rank: 'preferred' })],
      P39: [statement('P39', 'Q484876', { qualifiers: { P642: [statement('P642', 'Q103').mainsnak!] } })],
    });
    expect((selectEntity(p, selection(), drops()) as Candidate).employers).toEqual([]);
    expect((selectEntity(p, selection({ withEmployer: true }), drops()) as Candidate).employers).toEqual(['Q102', 'Q101', 'Q103']);
    const org = entity({ id: 'Q20', labels: { en: 'Acme Corp', zh: '阿克米公司' }, claims: { P31: ['Q783794'], P169: ['Q10'], P488: ['Q11', 'Q10'] } });
    expect((selectEntity(org, selection({ withEmployer: true }), drops()) as Candidate).leaders).toEqual([
      { qid: 'Q10', role: 'Chief Executive Officer' },
      { qid: 'Q11', role: 'Chairperson' },
    ]);
  });
});
