import { describe, expect, it } from 'vitest';
import { normaliseRoleEn, titleCase, translateRoleZh } from '../../../src/stages/roles/index.js';

const ZH: Array<[string, string | null]> = [
  ['首席技术官', 'Chief Technology Officer'],
  ['研究高级副总裁', 'Senior Vice President of Research'],
  ['产品和合作伙伴高级副总裁', 'Senior Vice President of Product and Partnerships'],
  ['首席信息安全官', 'Chief Information Security Officer'],
  ['临时CEO', 'Interim Chief Executive Officer'],
  ['临时首席执行官', 'Interim Chief Executive Officer'],
  ['首席研究官', 'Chief Research Officer'],
  ['研究副总裁', 'Vice President of Research'],
  ['负责后训练工作的研究副总裁', 'Vice President of Research'],
  ['使命对齐主管', 'Head of Mission Alignment'],
  ['使命对齐(Mission Alignment)主管', 'Head of Mission Alignment'],
  ['研究科学家', 'Research Scientist'],
  ['首席科学家', 'Chief Scientist'],
  ['原副总裁', 'Vice President'],
  ['董事长兼CEO', 'Chairman and Chief Executive Officer'],
  ['首席研究官一职', 'Chief Research Officer'],
  ['“首席技术官”', 'Chief Technology Officer'],
  // traditional and full-width input is folded first
  ['負責後訓練工作的研究副總裁', 'Vice President of Research'],
  ['首席技術官', 'Chief Technology Officer'],
  ['臨時ＣＥＯ', 'Interim Chief Executive Officer'],
  // a string without Chinese is English
  ['CTO', 'Chief Technology Officer'],
  // not wholly a title: never guessed
  ['OpenAI首席技术官', null],
  ['外星人总监', null],
  ['高管', null],
  ['领导层', null],
  ['', null],
  ['   ', null],
];

const EN: Array<[string, string | null]> = [
  ['chief technology officer', 'Chief Technology Officer'],
  ['CTO', 'Chief Technology Officer'],
  ['ceo', 'Chief Executive Officer'],
  ['chief executive', 'Chief Executive Officer'],
  ['senior vice president of research', 'Senior Vice President of Research'],
  ['SVP of Research', 'Senior Vice President of Research'],
  ['SVP, Research', 'Senior Vice President of Research'],
  ['head of mission alignment', 'Head of Mission Alignment'],
  ['interim CEO', 'Interim Chief Executive Officer'],
  ['acting chief executive', 'Acting Chief Executive Officer'],
  ['former CFO', 'Chief Financial Officer'],
  ['co-founder and chief executive', 'Co-Founder and Chief Executive Officer'],
  ['president and CEO', 'President and Chief Executive Officer'],
  ['chair', 'Chair'],
  ['chairman', 'Chairman'],
  ['EVP', 'Executive Vice President'],
  ['general counsel', 'General Counsel'],
  ['managing director', 'Managing Director'],
  ['partner', 'Partner'],
  ['CHIEF TECHNOLOGY OFFICER', 'Chief Technology Officer'],
  ['the head of AI', 'Head of AI'],
  // unknown to the dictionary: cleaned, title-cased, abbreviations expanded
  ['VP of Global Growth Ops', 'Vice President of Global Growth Ops'],
  ['principal   engineer, platform', 'Principal Engineer, Platform'],
  ['  ', null],
  ['123', null],
];

describe('translateRoleZh', () => {
  it.each(ZH)('%s → %s', (input, want) => {
    expect(translateRoleZh(input)).toBe(want);
  });
});

describe('normaliseRoleEn', () => {
  it.each(EN)('%s → %s', (input, want) => {
    expect(normaliseRoleEn(input)).toBe(want);
  });

  it('is idempotent on its output', () => {
    for (const [input] of EN) {
      const once = normaliseRoleEn(input);
      if (once) expect(normaliseRoleEn(once)).toBe(once);
    }
  });
});

describe('titleCase', () => {
  it.each([
    ['vice president of research', 'Vice President of Research'],
    ['editor-in-chief', 'Editor-in-Chief'],
    ['chief AI officer', 'Chief AI Officer'],
    ['the board member', 'The Board Member'],
    ['co-founder', 'Co-Founder'],
  ])('%s → %s', (input, want) => {
    expect(titleCase(input)).toBe(want);
  });
});
