// Chinese dates written against the calendar: 2024年9月26日, 今年8月, 2020年底, 9月, 26日,
// 2024-09-26, and the first year of 2018至2020年.

import { monthForDay, yearForMonth, yearsFrom } from '../anchor.js';
import { isValidYmd, type PartialYmd } from '../calendar.js';
import { groupSpan, point, unvalued, where, whole, type Rule, type RuleContext } from '../rules.js';
import type { Candidate } from '../types.js';
import { parseZhNumber, yearNumber } from './numbers.js';
import { DAY_NUM, MONTH_NUM, MONTH_PART, YEAR_DIGITS, YEAR_PART } from './patterns.js';

const RELATIVE_YEAR: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 前年: -2, 明年: 1, 后年: 2 };
/** Years named against another event in the story ("that year", "the next year"). */
const ELSEWHERE_YEAR = '当年|同年|次年|翌年|第二年|前一年|上一年|同一年|那一年|那年';

/** Without a known year a day is checked against a leap year, so 2月29日 passes and 2月30日 does not. */
const LEAP_YEAR = 2000;
const NO_DIGIT_BEFORE = String.raw`(?<![\d零〇○一二三四五六七八九十])`;
/** 月 as in 月薪, 月球 or 月度 is not a month of the calendar. */
const MONTH_WORD = String.raw`月(?:份)?(?!薪|球|饼|光|亮|色|食|票|卡|租|供|刊|度)`;

/** Month and day written after a year (or on their own); returns the span that is valid. */
function monthAndDay(
  m: RegExpExecArray,
  ctx: RuleContext,
  rule: Rule,
  start: number,
  base: { y: number | null; relative: boolean; fallbackEnd: number },
): Candidate | null {
  const monRaw = m.groups?.mon;
  const dayRaw = m.groups?.day;
  const month = monRaw === undefined ? null : parseZhNumber(monRaw);
  const monthEnd = groupSpan(m, 'monthpart')?.[1];
  if (month === null || month < 1 || month > 12 || monthEnd === undefined) {
    return base.fallbackEnd > start && base.y !== null
      ? point(where(ctx, start, base.fallbackEnd, rule), { y: base.y }, base.relative)
      : null;
  }
  const day = dayRaw === undefined ? null : parseZhNumber(dayRaw);
  const dayOk = day !== null && day >= 1 && isValidYmd(base.y ?? LEAP_YEAR, month, day);
  // An impossible day (2月30日) leaves the month standing rather than dropping the whole phrase.
  const end = dayRaw === undefined || dayOk ? m.index + m[0].length : monthEnd;
  const resolved: PartialYmd | null =
    base.y === null ? null : dayRaw !== undefined && dayOk ? { y: base.y, m: month, d: day! } : { y: base.y, m: month };
  return point(where(ctx, start, end, rule), resolved, base.relative);
}

const yearLed: Rule = {
  name: 'zh.date.year-led',
  pattern: new RegExp(
    `${NO_DIGIT_BEFORE}(?<yearpart>(?<yabs>${YEAR_DIGITS})年(?:度)?(?!代|级)|(?<yrel>今年|本年|去年|前年|明年|后年)|(?<yels>${ELSEWHERE_YEAR}))` +
      `(?:(?<ypart>${YEAR_PART})|(?<monthpart>(?<mon>${MONTH_NUM})${MONTH_WORD})(?:(?<mpart>${MONTH_PART})|(?<day>${DAY_NUM})[日号])?)?`,
    'gdu',
  ),
  build(m, ctx) {
    const g = m.groups ?? {};
    if (g.yels !== undefined) return unvalued(whole(m, ctx, this), 'anchored-elsewhere');
    const yearEnd = groupSpan(m, 'yearpart')![1];
    let y: number | null;
    let relative: boolean;
    if (g.yabs !== undefined) {
      y = yearNumber(g.yabs);
      if (y === null) return null;
      relative = false;
    } else {
      const k = RELATIVE_YEAR[g.yrel!]!;
      y = ctx.anchor ? (yearsFrom(ctx.anchor, k)?.y ?? null) : null;
      relative = true;
    }
    if (g.mon === undefined) {
      return point(whole(m, ctx, this), y === null ? null : { y }, relative);
    }
    const c = monthAndDay(m, ctx, this, m.index, { y, relative, fallbackEnd: yearEnd });
    // An impossible month (今年13月) with no year to fall back on: the year words alone, unvalued.
    return c ?? point(where(ctx, m.index, yearEnd, this), y === null ? null : { y }, relative);
  },
};

const monthLed: Rule = {
  name: 'zh.date.month-led',
  pattern: new RegExp(
    `(?<![\\d零〇○一二三四五六七八九十两个第每])(?<monthpart>(?<mon>${MONTH_NUM})${MONTH_WORD})(?:(?<mpart>${MONTH_PART})|(?<day>${DAY_NUM})[日号])?`,
    'gdu',
  ),
  build(m, ctx) {
    const month = parseZhNumber(m.groups!.mon!);
    if (month === null || month < 1 || month > 12) return null;
    const y = ctx.anchor ? yearForMonth(ctx.anchor, month) : null;
    const c = monthAndDay(m, ctx, this, m.index, { y, relative: true, fallbackEnd: m.index });
    if (!c) return null;
    const keptDay = m.groups!.day !== undefined && c.end === m.index + m[0].length;
    const day = keptDay ? parseZhNumber(m.groups!.day!) : null;
    return { ...c, written: { month, ...(day !== null && { day }) } };
  },
};

const dayAlone: Rule = {
  name: 'zh.date.day-alone',
  // Digits only: 一日 and 三日 are far more often "one day" and "three days" than a date.
  pattern: /(?<![\d零〇○一二三四五六七八九十两个第每月号.\-/])(?<day>\d{1,2})日(?!元|圆|币|游|内|均|以内|之内|常|益|渐)/dgu,
  build(m, ctx) {
    const day = Number(m.groups!.day);
    if (day < 1 || day > 31) return null;
    const resolved = ctx.anchor ? monthForDay(ctx.anchor, day) : null;
    return { ...point(whole(m, ctx, this), resolved, true), written: { day } };
  },
};

const numeric: Rule = {
  name: 'zh.date.numeric',
  pattern: /(?<![\d.\-/])(?<y>\d{4})(?<sep>[-/.])(?<mon>\d{1,2})\k<sep>(?<day>\d{1,2})(?![\d.\-/])/dgu,
  build(m, ctx) {
    const [y, mo, d] = [Number(m.groups!.y), Number(m.groups!.mon), Number(m.groups!.day)];
    return isValidYmd(y, mo, d) && yearNumber(m.groups!.y!) !== null
      ? point(whole(m, ctx, this), { y, m: mo, d }, false)
      : null;
  },
};

const rangeStartYear: Rule = {
  name: 'zh.date.range-start-year',
  // 2018至2020年: the first year has no 年 of its own.
  pattern: /(?<![\d.])(?<y>\d{4})(?=\s*(?:至|到|-|–|—|~|～|－)\s*\d{4}年)/dgu,
  build(m, ctx) {
    const y = yearNumber(m.groups!.y!);
    return y === null ? null : point(whole(m, ctx, this), { y }, false);
  },
};

const fiscalYear: Rule = {
  name: 'zh.date.fiscal-year',
  // A fiscal year does not line up with the calendar year without the company's fiscal calendar.
  pattern: new RegExp(`(?<![\\d])${YEAR_DIGITS}财年(?:度)?(?:第?[一二三四1-4]季度|Q[1-4])?`, 'gdu'),
  build(m, ctx) {
    return point(whole(m, ctx, this), null, false);
  },
};

export const calendarRules: readonly Rule[] = [yearLed, monthLed, dayAlone, numeric, rangeStartYear, fiscalYear];
