// Chinese times that must be found but never valued: durations (7年零9个月, 6年半, 在过去的一年里)
// and times relative to another event (不到2个月后, 成立1年多时, 几小时后).

import { unvalued, whole, type Rule } from '../rules.js';
import { parseZhNumber, yearNumber } from './numbers.js';
import { COUNT, COUNT_BOUNDARY, HEDGE } from './patterns.js';

/** 月 alone after a number is a month of the year (3月), so month counts need 个. */
const UNIT = '(?:年|个月|个星期|个礼拜|个小时|个钟头|天|周|星期|礼拜|小时|钟头|分钟)';

/** 2018年后 is "after 2018" and 0年 is no span at all: neither is a counted length of time. */
const notACount = (m: RegExpExecArray): boolean =>
  (m.groups!.unit === '年' && yearNumber(m.groups!.count!) !== null) || parseZhNumber(m.groups!.count!) === 0;

const afterAnother: Rule = {
  name: 'zh.span.after-another-event',
  priority: -1,
  pattern: new RegExp(
    `${COUNT_BOUNDARY}(?<hedge>${HEDGE})?(?<count>${COUNT})(?<unit>${UNIT}|日)(?:半)?(?:多|余|左右)?(?:之后|以后|过后|后|时(?!间|期|代|候)|的时候|之际)`,
    'gdu',
  ),
  build(m, ctx) {
    return notACount(m) ? null : unvalued(whole(m, ctx, this), 'anchored-elsewhere');
  },
};

/**
 * The trailing guard stops a duration where the phrase goes on to make it something else:
 * 前/后/时 (a point or another event's time), 轻/级/龄/代 … (年轻, 年级, 年龄, 年代), 底/初/末.
 */
const DURATION_STOP =
  String.raw`(?![前后]|之[前后]|以[前后]|时(?!间)|的时候|多|余|半|零|个|[\d]|轻|级|龄|纪|代|薪|度|会|报|鉴|终|华|货|均|化|息|限|期|利|份|头|底|初|末)`;

const duration: Rule = {
  name: 'zh.span.duration',
  pattern: new RegExp(
    `${COUNT_BOUNDARY}(?:在)?(?:(?:过去|最近|此前|之前|这)(?:的)?)?(?<hedge>${HEDGE})?(?<count>${COUNT})(?<unit>${UNIT}|日(?=内|以内|之内|来))` +
      `(?:零${COUNT}${UNIT})?(?:半)?(?:多|余)?(?:左右)?(?:的?时间)?(?:里|来|中(?!国)|内|以来|之内|以内|之间|期间|间)?${DURATION_STOP}`,
    'gdu',
  ),
  build(m, ctx) {
    return notACount(m) ? null : unvalued(whole(m, ctx, this), 'duration');
  },
};

export const spanRules: readonly Rule[] = [afterAnother, duration];
