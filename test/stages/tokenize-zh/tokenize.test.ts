import { beforeAll, describe, expect, it } from 'vitest';
import { jiebaUserDictFile, loadDictionary } from '../../../src/dictionary/load.js';
import { workingCopy } from '../../../src/stages/normalise/index.js';
import { loadJieba, tokenizeZh } from '../../../src/stages/tokenize-zh/index.js';

const words = (text: string) => tokenizeZh(workingCopy(text), text).map((t) => t.norm);

describe('Chinese tokens', () => {
  beforeAll(() => loadJieba(jiebaUserDictFile(loadDictionary())));

  it('keeps dictionary names whole, with or without a separator, and never merges them with the next character', () => {
    expect(words('穆拉提决定离职')).toEqual(['穆拉提', '决定', '离职']);
    expect(words('连阿尔特曼都称')).toContain('阿尔特曼');
    expect(words('米拉·穆拉蒂宣布')).toEqual(expect.arrayContaining(['米拉', '·', '穆拉蒂']));
    expect(words('米拉穆拉蒂宣布')).toContain('米拉穆拉蒂');
    expect(words('麦克格卢升任首席研究官')).toContain('麦克格卢');
  });

  it('keeps Latin runs whole (OpenAI, GPT-4o, o1) and accented names', () => {
    expect(words('OpenAI发布GPT-4o和o1模型')).toEqual(expect.arrayContaining(['OpenAI', 'GPT-4o', 'o1']));
    expect(words('塞巴斯蒂安(Sébastien Bubeck)')).toEqual(expect.arrayContaining(['Sébastien', 'Bubeck']));
  });

  it('gives every token offsets into the original text, also for traditional and full-width input', () => {
    const text = '台積電董事長劉德音宣佈退休，ＯｐｅｎＡＩ（美國）';
    for (const t of tokenizeZh(workingCopy(text), text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

});
