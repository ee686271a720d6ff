import { describe, expect, it } from 'vitest';
import { findRolesZh } from '../../../src/stages/roles/index.js';
import { expectRoles, type Want } from './helpers.js';

const SVP_RESEARCH = 'Senior Vice President of Research';

// Sentences from real leadership news (most from the OpenAI departures report) and the brief's titles.
const MUST_FIND: Array<[string, Want[]]> = [
  // --- the seed article
  ['穆拉提从阿莫蒂手中接棒,成为OpenAI研究高级副总裁', [{ text: '研究高级副总裁', en: SVP_RESEARCH }]],
  ['并同时担任产品和合作伙伴高级副总裁。', [{ text: '产品和合作伙伴高级副总裁', en: 'Senior Vice President of Product and Partnerships' }]],
  [
    '他之前曾在谷歌担任研究科学家,2022年离职后成为了一名天使投资人。',
    [
      { text: '研究科学家', en: 'Research Scientist' },
      { text: '天使投资人', en: 'Angel Investor' },
    ],
  ],
  ['麦克格卢2个月前才升任首席研究官一职,13天前还在主持o1模型开发者的分享会', [{ text: '首席研究官', en: 'Chief Research Officer' }]],
  ['2018年,麦克格卢升任OpenAI研究副总裁。', [{ text: '研究副总裁', en: 'Vice President of Research' }]],
  ['2022年9月,他以负责后训练工作的研究副总裁身份加入了OpenAI。', [{ text: '研究副总裁', en: 'Vice President of Research' }]],
  [
    '乔什阿希姆(Josh Achiam)将担任使命对齐(Mission Alignment)主管这一新职务',
    [{ text: '使命对齐(Mission Alignment)主管', en: 'Head of Mission Alignment' }],
  ],
  ['乔什阿希姆将担任使命对齐主管', [{ text: '使命对齐主管', en: 'Head of Mission Alignment' }]],
  ['使命对齐（Mission Alignment）主管', [{ text: '使命对齐（Mission Alignment）主管', en: 'Head of Mission Alignment' }]],
  ['马特奈特(Matt Knight)将担任我们的首席信息安全官,他已经担任此职务很长时间了', [{ text: '首席信息安全官', en: 'Chief Information Security Officer' }]],
  ['在OpenAI 2023年的政变风波中,她曾担任临时CEO。', [{ text: '临时CEO', en: 'Interim Chief Executive Officer', interim: true }]],
  ['她曾担任临时首席执行官', [{ text: '临时首席执行官', en: 'Interim Chief Executive Officer', interim: true }]],
  ['现在将与首席科学家雅各布帕楚奇(Jakub Pachocki)合作领导研究组织', [{ text: '首席科学家', en: 'Chief Scientist' }]],
  ['马克陈(Mark Chen)将成为我们新的研究高级副总裁', [{ text: '研究高级副总裁', en: SVP_RESEARCH }]],
  ['2020年底,OpenAI原副总裁达里奥阿莫蒂(Dario Amodei)宣布离职', [{ text: '副总裁', en: 'Vice President', former: true }]],
  ['作为CTO的穆拉提参加了OpenAI近期所有研究项目', [{ text: 'CTO', en: 'Chief Technology Officer' }]],
  ['或为Kevin Weil,OpenAI新任首席产品官', [{ text: '首席产品官', en: 'Chief Product Officer' }]],
  // --- neighbours that must stay outside the span
  ['首席技术官穆拉提宣布离职', [{ text: '首席技术官', en: 'Chief Technology Officer' }]],
  ['OpenAI首席技术官', [{ text: '首席技术官', en: 'Chief Technology Officer' }]],
  ['公司前任CEO表示', [{ text: 'CEO', en: 'Chief Executive Officer', former: true }]],
  ['前OpenAI首席技术官穆拉提', [{ text: '首席技术官', en: 'Chief Technology Officer', former: true }]],
  ['两年前CEO宣布退休', [{ text: 'CEO', en: 'Chief Executive Officer' }]],
  ['担任市长期间', [{ text: '市长', en: 'Mayor' }]],
  ['部长期待与各方合作', [{ text: '部长', en: 'Minister' }]],
  // --- company titles from the brief
  ['董事长马化腾', [{ text: '董事长', en: 'Chairman' }]],
  ['他是公司董事会主席', [{ text: '董事会主席', en: 'Chairman' }]],
  ['总裁王某', [{ text: '总裁', en: 'President' }]],
  ['公司总经理', [{ text: '总经理', en: 'General Manager' }]],
  ['执行董事李某', [{ text: '执行董事', en: 'Executive Director' }]],
  ['出任独立董事', [{ text: '独立董事', en: 'Independent Director' }]],
  ['出任非执行董事', [{ text: '非执行董事', en: 'Non-Executive Director' }]],
  ['升任副总裁', [{ text: '副总裁', en: 'Vice President' }]],
  ['升任高级副总裁', [{ text: '高级副总裁', en: 'Senior Vice President' }]],
  ['升任执行副总裁', [{ text: '执行副总裁', en: 'Executive Vice President' }]],
  [
    '联合创始人兼CEO',
    [
      { text: '联合创始人', en: 'Co-Founder' },
      { text: 'CEO', en: 'Chief Executive Officer' },
    ],
  ],
  ['创始人张一鸣', [{ text: '创始人', en: 'Founder' }]],
  [
    '董事长兼首席执行官',
    [
      { text: '董事长', en: 'Chairman' },
      { text: '首席执行官', en: 'Chief Executive Officer' },
    ],
  ],
  ['汇丰行政总裁', [{ text: '行政总裁', en: 'Chief Executive Officer' }]],
  ['首席财务官', [{ text: '首席财务官', en: 'Chief Financial Officer' }]],
  ['CFO', [{ text: 'CFO', en: 'Chief Financial Officer' }]],
  ['公司财务总监', [{ text: '财务总监', en: 'Chief Financial Officer' }]],
  ['首席运营官', [{ text: '首席运营官', en: 'Chief Operating Officer' }]],
  ['任命COO', [{ text: 'COO', en: 'Chief Operating Officer' }]],
  ['CPO凯文', [{ text: 'CPO', en: 'Chief Product Officer' }]],
  ['首席营销官', [{ text: '首席营销官', en: 'Chief Marketing Officer' }]],
  ['首席人工智能官', [{ text: '首席人工智能官', en: 'Chief AI Officer' }]],
  ['首席销售官', [{ text: '首席销售官', en: 'Chief Sales Officer' }]],
  ['微软中国区总裁', [{ text: '中国区总裁', en: 'President of China' }]],
  ['苹果大中华区CEO', [{ text: '大中华区CEO', en: 'Chief Executive Officer of Greater China' }]],
  ['亚太区副总裁', [{ text: '亚太区副总裁', en: 'Vice President of Asia Pacific' }]],
  ['全球副总裁', [{ text: '全球副总裁', en: 'Global Vice President' }]],
  ['事业部总经理', [{ text: '事业部总经理', en: 'General Manager of Business Unit' }]],
  ['云计算事业部总经理', [{ text: '云计算事业部总经理', en: 'General Manager of Cloud Computing Business Unit' }]],
  ['大中华区研究副总裁', [{ text: '大中华区研究副总裁', en: 'Vice President of Research, Greater China' }]],
  ['成为董事会成员', [{ text: '董事会成员', en: 'Board Member' }]],
  ['代理首席财务官', [{ text: '代理首席财务官', en: 'Acting Chief Financial Officer', interim: true }]],
  ['联席CEO', [{ text: '联席CEO', en: 'Co-Chief Executive Officer' }]],
  ['副首席执行官', [{ text: '副首席执行官', en: 'Deputy Chief Executive Officer' }]],
  ['高级研究科学家', [{ text: '高级研究科学家', en: 'Senior Research Scientist' }]],
  ['产品及工程高级副总裁', [{ text: '产品及工程高级副总裁', en: 'Senior Vice President of Product and Engineering' }]],
  ['研究负责人', [{ text: '研究负责人', en: 'Head of Research' }]],
  ['市场部经理', [{ text: '市场部经理', en: 'Marketing Department Manager' }]],
  ['人力资源部负责人', [{ text: '人力资源部负责人', en: 'Head of Human Resources Department' }]],
  ['俱乐部主席', [{ text: '主席', en: 'Chair' }]],
  ['法定代表人由张三变更为李四', [{ text: '法定代表人', en: 'Legal Representative' }]],
  ['AI研究副总裁', [{ text: 'AI研究副总裁', en: 'Vice President of AI Research' }]],
  ['临时 CEO', [{ text: '临时 CEO', en: 'Interim Chief Executive Officer', interim: true }]],
  // --- public office, media, universities, sport
  ['党委书记', [{ text: '党委书记', en: 'Party Secretary' }]],
  ['国务院总理李强', [{ text: '总理', en: 'Premier' }]],
  ['印度总理莫迪', [{ text: '总理', en: 'Prime Minister' }]],
  ['德国总理朔尔茨', [{ text: '总理', en: 'Chancellor' }]],
  ['部长', [{ text: '部长', en: 'Minister' }]],
  ['外交部长王毅', [{ text: '外交部长', en: 'Foreign Minister' }]],
  ['法国财政部长', [{ text: '财政部长', en: 'Finance Minister' }]],
  ['美国财长耶伦', [{ text: '财长', en: 'Treasury Secretary' }]],
  ['美国国务卿布林肯', [{ text: '国务卿', en: 'Secretary of State' }]],
  ['央行行长潘功胜', [{ text: '行长', en: 'Governor' }]],
  ['央行副行长', [{ text: '副行长', en: 'Deputy Governor' }]],
  ['招商银行行长', [{ text: '行长', en: 'President' }]],
  ['委员会主席', [{ text: '委员会主席', en: 'Chair of Committee' }]],
  ['主席', [{ text: '主席', en: 'Chair' }]],
  ['联合国秘书长古特雷斯', [{ text: '秘书长', en: 'Secretary-General' }]],
  ['世卫组织总干事', [{ text: '总干事', en: 'Director-General' }]],
  ['美国总统拜登', [{ text: '总统', en: 'President' }]],
  ['副总统哈里斯', [{ text: '副总统', en: 'Vice President' }]],
  ['日本首相', [{ text: '首相', en: 'Prime Minister' }]],
  ['纽约市长', [{ text: '市长', en: 'Mayor' }]],
  ['广东省长', [{ text: '省长', en: 'Governor' }]],
  ['驻华大使', [{ text: '大使', en: 'Ambassador' }]],
  ['主编', [{ text: '主编', en: 'Editor-in-Chief' }]],
  ['总编辑', [{ text: '总编辑', en: 'Editor-in-Chief' }]],
  ['商学院院长', [{ text: '院长', en: 'Dean' }]],
  ['科学院院长', [{ text: '院长', en: 'President' }]],
  ['清华大学校长', [{ text: '校长', en: 'President' }]],
  ['球队主教练', [{ text: '主教练', en: 'Head Coach' }]],
  ['教练', [{ text: '教练', en: 'Coach' }]],
];

// Words that look like titles, or contain one, but are not a job title in the sentence.
const MUST_NOT_FIND: string[] = [
  '在回应3位高管离职的信件中,阿尔特曼强调了领导层变动是“公司的自然组成部分”',
  '她还是OpenAI管理层中唯一的女性',
  '本次离职的3位高管在OpenAI近期的o1模型的开发过程中扮演了重要角色',
  '公司总部位于旧金山',
  '总体来看',
  '这是本次会议的主任务',
  '因为这3位高管近期还活跃在OpenAI研究工作的一线',
  '在GPT-4v模型的论文中,他被列为部署、对齐和后训练工作的主要负责人',
  '成为OpenAI的领导者需要全力以赴',
  '其中,来自安全团队的员工在离职后频繁批评OpenAI',
  '公司相关负责人表示',
  '他主管研究工作',
  '董事会决定',
  '总统大选',
  '前往大使馆',
  '职业经理人',
  '城市长期发展规划',
  '银行长期贷款',
  '研究员工的待遇',
  '执行任务',
  '临时工',
  '代理商',
  '主席台',
  '全国人大常委会',
  '司令部发布命令',
  '张艺谋导演了这部电影',
  '他在律师事务所工作',
  '记者招待会上',
  '主席令第一号',
  '两年前',
  '',
  '   ',
];

describe('findRolesZh: must find', () => {
  it.each(MUST_FIND)('%s', (sentence, want) => {
    expectRoles(sentence, findRolesZh(sentence), want);
  });
});

describe('findRolesZh: must not find', () => {
  it.each(MUST_NOT_FIND.map((s) => [s]))('%s', (sentence) => {
    expect(findRolesZh(sentence)).toEqual([]);
  });
});

describe('findRolesZh: details', () => {
  it('reports the head title and its kind', () => {
    const [m] = findRolesZh('OpenAI研究高级副总裁');
    expect(m.head).toBe('Vice President');
    expect(m.kind).toBe('executive');
    expect(findRolesZh('央行行长')[0].head).toBe('Governor');
  });

  it('keeps offsets into a longer text', () => {
    const text = '据报道,2020年底,OpenAI原副总裁达里奥阿莫蒂宣布离职;作为CTO的穆拉提参加了研究项目。';
    const ms = findRolesZh(text);
    expect(ms.map((m) => m.text)).toEqual(['副总裁', 'CTO']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not take a Latin word apart', () => {
    expect(findRolesZh('XCEO')).toEqual([]);
    expect(findRolesZh('CEOs')).toEqual([]);
    expect(findRolesZh('OpenAI')).toEqual([]);
    expect(findRolesZh('他是ceo')).toEqual([]); // abbreviations in capitals only
  });

  it('does not throw on odd input', () => {
    const odd = [
      '(((((',
      '使命对齐(',
      '使命对齐(Mission Alignment',
      '副',
      '原',
      '前任',
      '首席',
      '首席官',
      '和和和副总裁',
      '\u0000\uffff\ud800',
      '🙂CEO🙂',
      '研究'.repeat(2000) + '副总裁',
      '副总裁'.repeat(500),
    ];
    for (const s of odd) {
      const ms = findRolesZh(s);
      for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
    }
    expect(findRolesZh(undefined as unknown as string)).toEqual([]);
    expect(findRolesZh('🙂CEO🙂').map((m) => m.text)).toEqual(['CEO']);
  });
});
