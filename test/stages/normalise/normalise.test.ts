import { describe, expect, it } from 'vitest';
import { foldWidth, toSimplified, workingCopy } from '../../../src/stages/normalise/index.js';

describe('working copy', () => {
  it('folds traditional script to simplified without changing length', () => {
    const t = '台積電董事長宣佈辭職，後來加入蘋果。';
    const w = workingCopy(t);
    expect(w).toBe('台积电董事长宣布辞职,后来加入苹果。');
    expect(w.length).toBe(t.length);
  });
  it('folds full-width Latin, digits and punctuation to half-width', () => {
    expect(foldWidth('ＯｐｅｎＡＩ（２０２４）：　好')).toBe('OpenAI(2024): 好');
  });
  it('folds every name separator to the middle dot', () => {
    expect(workingCopy('米拉・穆拉蒂 米拉•穆拉蒂 米拉‧穆拉蒂')).toBe('米拉·穆拉蒂 米拉·穆拉蒂 米拉·穆拉蒂');
  });
  it('keeps astral characters and emoji aligned', () => {
    const t = '😀𠮷宣佈';
    expect(workingCopy(t).length).toBe(t.length);
    expect(toSimplified(t)).toBe('😀𠮷宣布');
  });
});
