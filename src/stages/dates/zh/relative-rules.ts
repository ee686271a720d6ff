// Chinese dates named against the published date: 本月, 上个月底, 昨天, 上周三, 周三, 上周,
// 13天前, 两个月前, 半年前, and the vague 近日 / 日前 (found, never valued).

import {
  agoFrom,
  daysFrom,
  monthsFrom,
  weekdayBefore,
  weekdayInWeek,
  weekSpan,
  type TimeUnit,
} from '../anchor.js';
import { isValidYmd, type PartialYmd } from '../calendar.js';
import { point, unvalued, whole, type Rule } from '../rules.js';
import { isVagueCount, parseZhNumber, yearNumber } from './numbers.js';
import { COUNT, COUNT_BOUNDARY, DAY_NUM, HEDGE, KEEPS_VALUE, MONTH_PART } from './patterns.js';

const RELATIVE_MONTH: Record<string, number> = { 本月: 0, 这个月: 0, 上月: -1, 上个月: -1, 下月: 1, 下个月: 1 };

const relativeMonth: Rule = {
  name: 'zh.relative.month',
  pattern: new RegExp(
    `(?<mrel>本月|这个月|上个月|上月|下个月|下月|当月|同月)(?:(?<mpart>${MONTH_PART})|(?<day>${DAY_NUM})[日号])?`,
    'gdu',
  ),
  build(m, ctx) {
    const g = m.groups!;
    const k = RELATIVE_MONTH[g.mrel!];
    if (k === undefined) return unvalued(whole(m, ctx, this), 'anchored-elsewhere');
    const month = ctx.anchor ? monthsFrom(ctx.anchor, k) : null;
    let resolved: PartialYmd | null = month;
    if (month && g.day !== undefined) {
      const day = parseZhNumber(g.day);
      resolved =
        month.m !== undefined && day !== null && isValidYmd(month.y, month.m, day) ? { ...month, d: day } : null;
    }
    return point(whole(m, ctx, this), resolved, true);
  },
};

const RELATIVE_DAY: Record<string, number> = {
  即日: 0, 今天: 0, 今日: 0, 今晨: 0, 今早: 0, 今晚: 0, 今夜: 0,
  昨天: -1, 昨日: -1, 昨晚: -1, 昨夜: -1, 前天: -2,
  明天: 1, 明日: 1, 后天: 2,
};

const relativeDay: Rule = {
  name: 'zh.relative.day',
  pattern:
    /即日|今天|今日(?!头条)|今晨|今早|今晚|今夜|昨天|昨日|昨晚|昨夜|前天|明天|明日|后天|当天|当日|当晚|当早|同日|同一天|同天|次日|翌日|第二天|前一天|前一日|那一天|那天|当时/dgu,
  build(m, ctx) {
    const k = RELATIVE_DAY[m[0]];
    // 当天, 次日, 当时: the day of some other event in the story, not of publication.
    if (k === undefined) return unvalued(whole(m, ctx, this), 'anchored-elsewhere');
    return point(whole(m, ctx, this), ctx.anchor ? daysFrom(ctx.anchor, k) : null, true);
  },
};

const WEEKDAY: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEK_OFFSET: Record<string, number> = { 上上: -2, 上: -1, 本: 0, 这: 0, 下: 1, 下下: 2 };

const weekday: Rule = {
  name: 'zh.relative.weekday',
  // 每周三 is a habit, 一周一次 a frequency, 周一共 "in a week, altogether": none is a date.
  pattern:
    /(?<![每一二三两几数\d个])(?<wk>上上|上|本|这|下下|下)?(?:个)?(?:周|星期|礼拜)(?<wd>[一二三四五六日天])(?!共|些|样|般|致|直|同|切|起)/dgu,
  build(m, ctx) {
    const wd = WEEKDAY[m.groups!.wd!]!;
    const wk = m.groups!.wk;
    const a = ctx.anchor;
    // A bare weekday in a news report is the most recent one: 周三 on Thursday is yesterday.
    const resolved = !a ? null : wk === undefined ? weekdayBefore(a, wd, false) : weekdayInWeek(a, WEEK_OFFSET[wk]!, wd);
    return point(whole(m, ctx, this), resolved, true);
  },
};

const week: Rule = {
  name: 'zh.relative.week',
  pattern: /(?<wk>上上|上|本|这|下下|下)(?:个)?(?:周|星期|礼拜)(?<end>末)?(?![一二三四五六日天])/dgu,
  build(m, ctx) {
    const offset = WEEK_OFFSET[m.groups!.wk!]!;
    const part = m.groups!.end ? 'weekend' : 'week';
    return point(whole(m, ctx, this), ctx.anchor ? weekSpan(ctx.anchor, offset, part) : null, true);
  },
};

const UNIT: Record<string, TimeUnit> = {
  年: 'year', 个月: 'month', 周: 'week', 星期: 'week', 个星期: 'week', 礼拜: 'week', 个礼拜: 'week',
  天: 'day', 小时: 'hour', 个小时: 'hour', 钟头: 'hour', 个钟头: 'hour', 分钟: 'minute',
};

const ago: Rule = {
  name: 'zh.relative.ago',
  pattern: new RegExp(
    `${COUNT_BOUNDARY}(?<hedge>${HEDGE})?(?<count>${COUNT})(?<unit>个月|个星期|个礼拜|个小时|个钟头|年|周|星期|礼拜|天|小时|钟头|分钟)(?<half>半)?(?<vague>多|余)?(?:之|以)?前`,
    'gdu',
  ),
  build(m, ctx) {
    const g = m.groups!;
    // 2018年前 is "before 2018": leave it to the year rule.
    if (g.unit === '年' && yearNumber(g.count!) !== null) return null;
    const unvaluable = isVagueCount(g.count!) || g.vague !== undefined || (g.hedge !== undefined && !KEEPS_VALUE.has(g.hedge));
    const n = parseZhNumber(g.count!);
    const total = n === null ? null : n + (g.half ? 0.5 : 0);
    const resolved =
      ctx.anchor && !unvaluable && total !== null && total > 0
        ? agoFrom(ctx.anchor, total, UNIT[g.unit!]!)
        : null;
    return point(whole(m, ctx, this), resolved, true);
  },
};

const vague: Rule = {
  name: 'zh.relative.vague',
  // "Recently", "some months ago": time expressions, but no date can honestly be read from them.
  pattern: /(?<!\d)(?:近日|日前|近期|前不久|不久前|早前|早些时候)|[数几]月(?:之|以)?前/dgu,
  build(m, ctx) {
    return point(whole(m, ctx, this), null, true);
  },
};

const bareYearPart: Rule = {
  name: 'zh.relative.bare-year-part',
  // 将于年底离职 / 年初加入: with no year before it, the part of the publication year (year precision).
  pattern: /(?<![\d零〇○一二三四五六七八九今去明前后本该当同]|年)(?:年底|年末|年初(?!步|次|心|创|衷)|年中)/dgu,
  build(m, ctx) {
    return point(whole(m, ctx, this), ctx.anchor ? { y: ctx.anchor.y } : null, true);
  },
};

export const relativeRules: readonly Rule[] = [relativeMonth, relativeDay, weekday, week, ago, vague, bareYearPart];
