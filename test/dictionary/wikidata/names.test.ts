import { describe, expect, it } from 'vitest';
import { chineseForms, cleanZh, englishAliases, englishName, type EnDropReason, type Tally, type ZhDropReason } from '../../../src/dictionary/wikidata/names.js';
import { entity } from './helpers.js';

const zhOf = (labels: Record<string, string>, aliases: Record<string, string[]> = {}, type: 'person' | 'org' = 'person') => {
  const drops: Tally<ZhDropReason> = {};
  const forms = chineseForms(entity({ id: 'Q1', labels, aliases }), type, drops);
  return { forms, drops };
};

describe('Chinese forms', () => {
  it('puts simplified forms first and folds traditional/simplified duplicates with zhKey', () => {
    const { forms, drops } = zhOf({ 'zh-tw': '馬克·祖克柏', 'zh-hant': '馬克·扎克伯格', 'zh-hans': '马克·扎克伯格' });
    expect(forms).toEqual(['马克·扎克伯格', '馬克·祖克柏']);
    expect(drops['script-duplicate']).toBe(1);
  });

  it('orders zh-cn, zh-hans, zh, then Taiwan and Hong Kong forms; label before aliases', () => {
    const { forms } = zhOf({ 'zh-hk': '唐納·特朗普', 'zh-tw': '唐納·川普', zh: '唐纳德·特朗普', 'zh-cn': '唐纳德·川普' }, { 'zh-cn': ['当劳·特朗普'] });
    expect(forms).toEqual(['唐纳德·川普', '当劳·特朗普', '唐纳德·特朗普', '唐納·川普', '唐納·特朗普']);
  });

  it('writes name separators as ·, and keeps the form with a separator over one without', () => {
    expect(cleanZh('米拉 ・ 穆拉蒂')).toBe('米拉·穆拉蒂');
    expect(cleanZh('米拉‧穆拉蒂')).toBe('米拉·穆拉蒂');
    const { forms } = zhOf({ 'zh-hans': '米拉穆拉蒂' }, { zh: ['米拉•穆拉蒂'] });
    expect(forms).toEqual(['米拉·穆拉蒂']);
  });

  it('converts the display form to simplified when Wikidata has only traditional forms', () => {
    expect(zhOf({ 'zh-tw': '薩蒂亞·納德拉' }).forms).toEqual(['萨蒂亚·纳德拉']);
  });

  it('drops forms the dictionary parser would reject, counting each reason', () => {
    const { forms, drops } = zhOf({ zh: '张伟' }, { zh: ['张', 'Zhang Wei', 'AI公司', '·伟', 'ヤマダ·伟', '(张伟)', 'a|b', '12'] });
    expect(forms).toEqual(['张伟']);
    expect(drops).toEqual({ 'single-character': 1, latin: 2, unsafe: 1, 'stray-separator': 1, 'kana-hangul': 1, bracketed: 1, 'not-han': 1 });
  });

  it('drops a bare given name or surname of a person, but not of an organisation', () => {
    const person = zhOf({ 'zh-hans': '萨蒂亚·纳德拉' }, { 'zh-hans': ['纳德拉', '萨蒂亚'] });
    expect(person.forms).toEqual(['萨蒂亚·纳德拉']);
    expect(person.drops['name-part']).toBe(2);
    expect(zhOf({ 'zh-hans': '比尔及梅琳达·盖茨基金会' }, { zh: ['盖茨基金会'] }, 'org').forms).toEqual(['比尔及梅琳达·盖茨基金会', '盖茨基金会']);
  });

  it('drops forms an existing dictionary entity claims without a note', () => {
    const drops: Tally<ZhDropReason> = {};
    const forms = chineseForms(entity({ id: 'Q1', labels: { zh: '苹果公司' }, aliases: { zh: ['苹果'] } }), 'org', drops, (key) => key === '苹果');
    expect(forms).toEqual(['苹果公司']);
    expect(drops.claimed).toBe(1);
  });
});

describe('English name and aliases', () => {
  it('takes en, then en-gb, then en-us', () => {
    expect(englishName(entity({ id: 'Q1', labels: { 'en-us': 'Color Corp', 'en-gb': 'Colour Corp' } }))).toBe('Colour Corp');
    expect(englishName(entity({ id: 'Q1', labels: { en: '  Mira   Murati ', 'en-gb': 'x' } }))).toBe('Mira Murati');
    expect(englishName(entity({ id: 'Q1', labels: { fr: 'Li Ming' } }))).toBeNull();
  });

  it('dedupes with enKey, drops those folding to the name, and single words for people', () => {
    const drops: Tally<EnDropReason> = {};
    const e = entity({
      id: 'Q1',
      labels: { en: 'Satya Nadella', 'en-gb': 'Satya Nadella' },
      aliases: { en: ['satya nadella', 'Satya Narayana Nadella', 'Satya Narayana Nadella.', 'Nadella', '萨蒂亚 Nadella', 'Сатья Наделла', 'A|B C'] },
    });
    expect(englishAliases(e, 'Satya Nadella', 'person', drops)).toEqual(['Satya Narayana Nadella']);
    expect(drops).toEqual({ 'same-as-name': 1, duplicate: 1, 'single-word': 1, han: 1, 'not-latin': 1, unsafe: 1 });
  });

  it('keeps single-word aliases of organisations', () => {
    const e = entity({ id: 'Q1', labels: { en: 'Tesla, Inc.' }, aliases: { en: ['Tesla', 'Tesla Motors'] } });
    expect(englishAliases(e, 'Tesla, Inc.', 'org', {})).toEqual(['Tesla', 'Tesla Motors']);
  });
});
