import { describe, expect, it } from 'vitest';
import { detectLang, detectLanguageDetail, langFromTag } from '../../../src/stages/read/lang.js';

describe('detectLang / detectLanguageDetail: Chinese or English', () => {
  it.each([
    ['穆拉蒂宣布离职', 'zh'],
    ['宏晟電子今日宣佈，總經理陳志明請辭。', 'zh'],
    ['Murati resigns.', 'en'],
    // An English article quoting one Chinese name.
    ['OpenAI chief technology officer Mira Murati, known in Chinese media as 穆拉蒂, said on Wednesday she would leave the company after six and a half years.', 'en'],
    ['The company, 字节跳动 (ByteDance), said its chief executive would step down next month and remain on the board.', 'en'],
    // A Chinese article full of English names and products.
    ['据The Information报道，OpenAI CTO Mira Murati与Chief Research Officer Bob McGrew、VP of Research Barret Zoph同日离职。', 'zh'],
    ['OpenAI发布GPT-4o后，CEO Sam Altman表示，GPT-4o和o1模型将向所有ChatGPT Plus用户开放。', 'zh'],
    ['Mira Murati 宣布离职', 'zh'],
  ])('%s → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
    expect(detectLanguageDetail(text).lang).toBe(lang);
  });
});

describe('detectLanguageDetail: neither', () => {
  it.each([
    ['トヨタ自動車の社長が辞任を発表した。新しい社長は来月就任する予定です。', 'ja'],
    ['トヨタ社長が辞任', 'ja'],
    ['삼성전자 사장이 사임을 발표했다. 새 사장은 다음 달 취임할 예정이다.', 'ko'],
    ['La banque Kestrel a annoncé lundi la nomination de Marcus Lee au poste de directeur des risques, avec effet immédiat. Il remplace Sandra Voss, qui a quitté la banque en décembre.', 'fr'],
    ['Die Kestrel Bank hat am Montag Marcus Lee mit sofortiger Wirkung zum Risikovorstand ernannt. Er ersetzt Sandra Voss, die die Bank im Dezember verlassen hat.', 'de'],
    ['Банк объявил о назначении нового директора по рискам. Он сменит на посту Сандру Восс, которая покинула банк в декабре.', 'ru'],
  ])('%s → %s', (text, detected) => {
    const d = detectLanguageDetail(text);
    expect(d.lang).toBeNull();
    expect(d.detected).toBe(detected);
    expect(d.reason).toBeTruthy();
  });

  it('does not call a Chinese article with one Japanese brand name Japanese', () => {
    expect(detectLanguageDetail('丰田汽车（トヨタ）社长丰田章男宣布卸任，由佐藤恒治接任社长一职，并将继续担任董事长。').lang).toBe('zh');
  });

  it('does not call a name-heavy English headline another language', () => {
    expect(detectLanguageDetail('OpenAI CTO Mira Murati, McGrew and Zoph leave; Altman names Mark Chen SVP, Jakub Pachocki chief scientist.').lang).toBe('en');
  });

  it('says when there are no letters at all', () => {
    expect(detectLanguageDetail('2024-09-26 10:00 !!! 123').lang).toBeNull();
  });
});

describe('langFromTag', () => {
  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh_TW', 'zh'],
    ['zh-Hant-HK', 'zh'],
    ['ZH', 'zh'],
    ['cmn', 'zh'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['English', 'en'],
    ['fr', 'other'],
    ['ja-JP', 'other'],
    ['', null],
    ['  ', null],
    ['und', null],
    [null, null],
    ['??', null],
  ])('%s → %s', (tag, expected) => {
    expect(langFromTag(tag)).toBe(expected);
  });
});
