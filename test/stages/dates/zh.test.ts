import { describe, expect, it } from 'vitest';
import { findTimesZh } from '../../../src/stages/dates/index.js';
import { abs, checkRow, duration, elsewhere, rel, unresolved, type Row } from './helpers.js';

// Published Thursday 2024-09-26 unless a row says otherwise.
const A = '2024-09-26';

const check = (rows: Row[]): void => {
  it.each(rows)('%s (published %s)', (...row) => checkRow(findTimesZh, row as Row));
};

describe('findTimesZh: dates written against the calendar', () => {
  check([
    ['2018年,麦克格卢升任OpenAI研究副总裁。', A, [abs('2018年', '2018', 'year')]],
    ['2022年9月,他加入了OpenAI。', A, [abs('2022年9月', '2022-09', 'month')]],
    ['2024年9月26日,穆拉提宣布离职。', A, [abs('2024年9月26日', '2024-09-26', 'day')]],
    ['二〇二〇年他离开了公司', A, [abs('二〇二〇年', '2020', 'year')]],
    ['二零二四年九月二十六日', A, [abs('二零二四年九月二十六日', '2024-09-26', 'day')]],
    ['公告于2024-09-26发布', A, [abs('2024-09-26', '2024-09-26', 'day')]],
    ['公告于2024/9/26发布', A, [abs('2024/9/26', '2024-09-26', 'day')]],
    ['《时代》周刊2024年AI领域最具影响力的100位人物', A, [abs('2024年', '2024', 'year')]],
    ['在OpenAI 2023年的政变风波中', A, [abs('2023年', '2023', 'year')]],
    ['2024年度报告', A, [abs('2024年度', '2024', 'year')]],
    ['2020年中国经济', A, [abs('2020年', '2020', 'year')]],
    ['2020年初步实现盈利', A, [abs('2020年', '2020', 'year')]],
  ]);
});

describe('findTimesZh: parts of a year keep year precision', () => {
  check([
    ['2020年底,阿莫蒂宣布离职', A, [abs('2020年底', '2020', 'year')]],
    ['2020年年底', A, [abs('2020年年底', '2020', 'year')]],
    ['2021年初', A, [abs('2021年初', '2021', 'year')]],
    ['2019年末', A, [abs('2019年末', '2019', 'year')]],
    ['2020年中,他加入', A, [abs('2020年中', '2020', 'year')]],
    ['2023年上半年', A, [abs('2023年上半年', '2023', 'year')]],
    ['2023年下半年', A, [abs('2023年下半年', '2023', 'year')]],
    ['2024年第三季度', A, [abs('2024年第三季度', '2024', 'year')]],
    ['2022年春季', A, [abs('2022年春季', '2022', 'year')]],
    ['今年年底', A, [rel('今年年底', '2024', 'year')]],
    ['去年底', A, [rel('去年底', '2023', 'year')]],
    ['明年初', A, [rel('明年初', '2025', 'year')]],
    ['今年上半年', A, [rel('今年上半年', '2024', 'year')]],
  ]);
});

describe('findTimesZh: months and days without a year lean to the past', () => {
  check([
    ['9月26日,OpenAI宣布', A, [rel('9月26日', '2024-09-26', 'day')]],
    ['9月份', A, [rel('9月份', '2024-09', 'month')]],
    ['她在8月升职', A, [rel('8月', '2024-08', 'month')]],
    ['10月,他离职', A, [rel('10月', '2023-10', 'month')]],
    ['12月', A, [rel('12月', '2023-12', 'month')]],
    ['3月', '2024-02-10', [rel('3月', '2023-03', 'month')]],
    ['11月初', A, [rel('11月初', '2023-11', 'month')]],
    ['5月中旬', A, [rel('5月中旬', '2024-05', 'month')]],
    ['九月', A, [rel('九月', '2024-09', 'month')]],
    ['9月26号', A, [rel('9月26号', '2024-09-26', 'day')]],
    ['新华社北京9月25日电', A, [rel('9月25日', '2024-09-25', 'day')]],
    ['当地时间25日', A, [rel('25日', '2024-09-25', 'day')]],
    ['27日', A, [rel('27日', '2024-08-27', 'day')]],
    ['31日', '2024-03-15', [rel('31日', null, null)]], // February has no 31st: no guess
    ['12日前提交', A, [rel('12日', '2024-09-12', 'day')]],
  ]);
});

describe('findTimesZh: years, months and days named against the published date', () => {
  check([
    ['今年8月,麦克格卢成为OpenAI的首席研究官', A, [rel('今年8月', '2024-08', 'month')]],
    ['今年离职的杨莱克', A, [rel('今年', '2024', 'year')]],
    ['去年', A, [rel('去年', '2023', 'year')]],
    ['前年', A, [rel('前年', '2022', 'year')]],
    ['明年', A, [rel('明年', '2025', 'year')]],
    ['去年12月', A, [rel('去年12月', '2023-12', 'month')]],
    ['去年8月26日', A, [rel('去年8月26日', '2023-08-26', 'day')]],
    ['去年同期', A, [rel('去年', '2023', 'year')]],
    ['本月', A, [rel('本月', '2024-09', 'month')]],
    ['上月', A, [rel('上月', '2024-08', 'month')]],
    ['上个月', '2024-01-10', [rel('上个月', '2023-12', 'month')]],
    ['下个月', A, [rel('下个月', '2024-10', 'month')]],
    ['本月底', A, [rel('本月底', '2024-09', 'month')]],
    ['上个月26日', A, [rel('上个月26日', '2024-08-26', 'day')]],
    ['今天', A, [rel('今天', '2024-09-26', 'day')]],
    ['今日', A, [rel('今日', '2024-09-26', 'day')]],
    ['昨天', A, [rel('昨天', '2024-09-25', 'day')]],
    ['昨日晚间', A, [rel('昨日', '2024-09-25', 'day')]],
    ['前天', '2024-03-01', [rel('前天', '2024-02-28', 'day')]],
    ['今天上午', A, [rel('今天', '2024-09-26', 'day')]],
  ]);
});

describe('findTimesZh: weekdays and weeks (2024-09-26 is a Thursday; weeks start on Monday)', () => {
  check([
    ['周三', A, [rel('周三', '2024-09-25', 'day')]],
    ['星期三', A, [rel('星期三', '2024-09-25', 'day')]],
    ['礼拜三', A, [rel('礼拜三', '2024-09-25', 'day')]],
    ['周四', A, [rel('周四', '2024-09-26', 'day')]], // on or before the anchor
    ['周五', A, [rel('周五', '2024-09-20', 'day')]],
    ['星期天', A, [rel('星期天', '2024-09-22', 'day')]],
    ['上周三', A, [rel('上周三', '2024-09-18', 'day')]],
    ['本周一', A, [rel('本周一', '2024-09-23', 'day')]],
    ['这周五', A, [rel('这周五', '2024-09-27', 'day')]],
    ['下周一', A, [rel('下周一', '2024-09-30', 'day')]],
    ['上个星期三', A, [rel('上个星期三', '2024-09-18', 'day')]],
    ['上周', A, [rel('上周', '2024-09', 'month')]],
    ['本周', '2024-10-02', [rel('本周', '2024', 'year')]], // Sept 30 to Oct 6: only the year is shared
    ['本周末', A, [rel('本周末', '2024-09', 'month')]],
  ]);
});

describe('findTimesZh: so long ago, at the precision of the unit', () => {
  check([
    ['13天前还在主持o1模型开发者的分享会', A, [rel('13天前', '2024-09-13', 'day')]],
    ['十三天前', A, [rel('十三天前', '2024-09-13', 'day')]],
    ['三天前', A, [rel('三天前', '2024-09-23', 'day')]],
    ['麦克格卢2个月前才升任首席研究官', A, [rel('2个月前', '2024-07', 'month')]],
    ['两个月前', A, [rel('两个月前', '2024-07', 'month')]],
    ['3年前', A, [rel('3年前', '2021', 'year')]],
    ['十年前', A, [rel('十年前', '2014', 'year')]],
    ['半年前', A, [rel('半年前', '2024-03', 'month')]],
    ['一年半前', A, [rel('一年半前', '2023-03', 'month')]],
    ['两周前', A, [rel('两周前', '2024-09', 'month')]],
    ['半个月前', A, [rel('半个月前', '2024-09', 'month')]],
    ['3小时前', A, [rel('3小时前', '2024-09-26', 'day')]],
    ['约2年前', A, [rel('约2年前', '2022', 'year')]],
    ['仅仅13天前', A, [rel('仅仅13天前', '2024-09-13', 'day')]],
    // Vague or hedged counts: found, never valued.
    ['几天前', A, [unresolved('几天前')]],
    ['十多年前', A, [unresolved('十多年前')]],
    ['1年多前', A, [unresolved('1年多前')]],
    ['不到2个月前', A, [unresolved('不到2个月前')]],
    ['数月前', A, [unresolved('数月前')]],
  ]);
});

describe('findTimesZh: durations and times of other events are never valued', () => {
  check([
    ['至今已在OpenAI任职达7年零9个月', A, [duration('7年零9个月')]],
    ['6年半', A, [duration('6年半')]],
    ['米拉在过去6年半里对OpenAI的进步发挥了重要作用', A, [duration('在过去6年半里')]],
    ['在过去的一年里,她一直在打造领导班子', A, [duration('在过去的一年里')]],
    ['在过去的一年左右的时间里', A, [duration('在过去的一年左右的时间里')]],
    ['多年来', A, [duration('多年来')]],
    ['近一年来', A, [duration('近一年来')]],
    ['两年多', A, [duration('两年多')]],
    ['7日内', A, [duration('7日内')]],
    ['24小时内', A, [duration('24小时内')]],
    ['但在仅仅不到2个月后就宣布离职', A, [elsewhere('不到2个月后')]],
    ['麦克格卢在OpenAI成立1年多时便加入', A, [elsewhere('1年多时')]],
    ['几小时后,阿尔特曼发布内部信', A, [elsewhere('几小时后')]],
    ['2个月后', A, [elsewhere('2个月后')]],
    ['3年后', A, [elsewhere('3年后')]],
    ['阿尔特曼称自己是当天早上才得知', A, [elsewhere('当天')]],
    ['次日', A, [elsewhere('次日')]],
    ['第二天', A, [elsewhere('第二天')]],
    ['当时,研究高级副总裁是唯二的高管', A, [elsewhere('当时')]],
    ['当年9月', A, [elsewhere('当年9月')]],
    ['次年', A, [elsewhere('次年')]],
  ]);
});

describe('findTimesZh: vague times are found without a value', () => {
  check([
    ['OpenAI近日宣布', A, [unresolved('近日')]],
    ['日前', A, [unresolved('日前')]],
    ['3位高管近期还活跃在一线', A, [unresolved('近期')]],
  ]);
});

describe('findTimesZh: ranges give two expressions; the end takes what it leaves out from the start', () => {
  check([
    ['2018年至2020年', A, [abs('2018年', '2018', 'year'), abs('2020年', '2020', 'year')]],
    ['2018至2020年', A, [abs('2018', '2018', 'year'), abs('2020年', '2020', 'year')]],
    ['2018-2020年', A, [abs('2018', '2018', 'year'), abs('2020年', '2020', 'year')]],
    ['2022年9月12日至13日', A, [abs('2022年9月12日', '2022-09-12', 'day'), abs('13日', '2022-09-13', 'day')]],
    ['9月12日至13日', A, [rel('9月12日', '2024-09-12', 'day'), rel('13日', '2024-09-13', 'day')]],
    ['2018年3月至5月', A, [abs('2018年3月', '2018-03', 'month'), abs('5月', '2018-05', 'month')]],
    ['从2018年到2020年', A, [abs('2018年', '2018', 'year'), abs('2020年', '2020', 'year')]],
  ]);
});

describe('findTimesZh: "since" words join the span, the value stays the date', () => {
  check([
    ['自2018年以来', A, [abs('自2018年以来', '2018', 'year')]],
    ['2018年以来', A, [abs('2018年以来', '2018', 'year')]],
    ['他将从2025年1月1日起担任CEO', A, [abs('从2025年1月1日起', '2025-01-01', 'day')]],
    ['2024年9月至今', A, [abs('2024年9月至今', '2024-09', 'month')]],
    ['2018年起', A, [abs('2018年起', '2018', 'year')]],
    // "Before/after 2018": the year alone, not 2018 years ago or later.
    ['2018年前', A, [abs('2018年', '2018', 'year')]],
    ['2018年后', A, [abs('2018年', '2018', 'year')]],
    ['今年以来', A, [rel('今年以来', '2024', 'year')]],
    ['9月26日起诉', A, [rel('9月26日', '2024-09-26', 'day')]], // 起诉 "sue" is not 起 "from"
  ]);
});

describe('findTimesZh: invalid dates keep what is valid', () => {
  check([
    ['2月30日', A, [rel('2月', '2024-02', 'month')]],
    ['2023年2月29日', A, [abs('2023年2月', '2023-02', 'month')]],
    ['2024年2月29日', A, [abs('2024年2月29日', '2024-02-29', 'day')]],
    ['2024年13月', A, [abs('2024年', '2024', 'year')]],
    ['13月', A, []],
    ['0月', A, []],
    ['32日', A, []],
  ]);
});

describe('findTimesZh: not dates', () => {
  check([
    ['这一估值达1500亿美元的超级AI独角兽', A, []],
    ['最具影响力的100位人物', A, []],
    ['本次离职的3位高管在o1模型、GPT-4o、GPT-4v模型的开发过程中', A, []],
    ['OpenAI 01模型', A, []],
    ['3号楼', A, []],
    ['地铁2号线', A, []],
    ['每周三开会', A, []],
    ['许多年轻人', A, []],
    ['一年级', A, []],
    ['90年代', A, []],
    ['今日头条', A, []],
    ['100日元', A, []],
    ['30岁', A, []],
    ['第2年', A, []],
    ['每年', A, []],
  ]);
});

describe('findTimesZh: the anchor', () => {
  check([
    // No published date: relative expressions are found without a value; absolute ones resolve.
    ['今年8月', null, [rel('今年8月', null, null)]],
    ['13天前', null, [rel('13天前', null, null)]],
    ['9月26日', null, [rel('9月26日', null, null)]],
    ['上周三', null, [rel('上周三', null, null)]],
    ['2022年9月', null, [abs('2022年9月', '2022-09', 'month')]],
    // A coarse anchor answers only what it can.
    ['去年', '2024', [rel('去年', '2023', 'year')]],
    ['9月', '2024', [rel('9月', null, null)]],
    ['今天', '2024-09', [rel('今天', '2024-09', 'month')]],
    ['13天前', '2024-09', [rel('13天前', null, null)]],
    ['上个月', '2024-09', [rel('上个月', '2024-08', 'month')]],
    ['上个月', '2024', [rel('上个月', null, null)]],
    // An ISO timestamp is read by its date; rubbish is no anchor at all.
    ['昨天', '2024-09-26T08:00:00Z', [rel('昨天', '2024-09-25', 'day')]],
    ['昨天', 'yesterday', [rel('昨天', null, null)]],
    ['昨天', '2024-02-30', [rel('昨天', null, null)]],
  ]);
});

describe('findTimesZh: a whole paragraph', () => {
  it('finds each expression at its place', () => {
    const text =
      '同期离职的麦克格卢在OpenAI成立1年多时便加入,至今已在OpenAI任职达7年零9个月。2018年,麦克格卢升任OpenAI研究副总裁。今年8月,麦克格卢成为OpenAI的首席研究官,但在仅仅不到2个月后就宣布离职。';
    const found = findTimesZh(text, A);
    expect(found.map((x) => [x.text, x.value, x.kind])).toEqual([
      ['1年多时', null, 'anchored-elsewhere'],
      ['7年零9个月', null, 'duration'],
      ['2018年', '2018', 'point'],
      ['今年8月', '2024-08', 'point'],
      ['不到2个月后', null, 'anchored-elsewhere'],
    ]);
    for (const x of found) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(found[2]!.start).toBe(text.indexOf('2018年'));
  });
});
