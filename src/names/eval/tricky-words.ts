// Ordinary Chinese words the transliteration detector must not take for a foreign name: many are
// written with characters that transliterations favour (特 克 拉 阿 西 安 利 达 维 布 米 罗 奥 斯 尼 …),
// the rest are the words that surround names in leadership news. Loanwords written by sound (巴士,
// 雷达, 沙发) and given names (莉莉) are left out: saying yes to them is not a mistake of the detector.

export const TRICKY_NON_NAMES: readonly string[] = [
  // from the brief
  '加盖', '公司', '研究', '首席', '今年', '我们', '发展', '重要', '问题', '可以',
  // transliteration characters in native words
  '特别', '克服', '拉动', '阿姨', '西部', '安排', '利润', '达到', '维护', '布置', '米饭', '罗列', '奥秘',
  '索取', '卡片', '诺言', '斯文', '莫非', '里面', '马上', '马路', '亚军', '尔后', '伊始', '德行', '普通',
  '格外', '塔楼', '丽人', '琳琅', '芬芳', '尼姑', '佩服', '路线', '思维', '林业', '哈哈', '吉利', '多少',
  '提出', '蒂固',
  // news context around names
  '首席执行官', '副总裁', '董事长', '联合创始人', '离职', '加入', '宣布', '表示', '科技', '人工智能',
  '研究员', '负责人', '团队', '模型', '产品', '发布', '消息', '报道', '据悉', '透露', '此前', '目前',
  '去年', '日前', '近日', '辞职', '担任', '出任', '接任', '任命', '技术', '部门', '总监', '经理', '投资',
  '融资', '估值', '员工', '创业', '首席技术官', '首席科学家', '原副总裁', '合伙人', '董事会',
];
