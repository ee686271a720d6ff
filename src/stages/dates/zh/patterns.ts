// Regex fragments shared by the Chinese rules. Text is already normalised: simplified, half-width.

import { ZH_NUMBER } from './numbers.js';

export const HAN = '\\u4e00-\\u9fff';

/** A calendar year written out: 2020 or 二〇二〇 (checked for range by yearNumber). */
export const YEAR_DIGITS = String.raw`(?:\d{4}|[零〇○一二三四五六七八九]{4})`;
export const MONTH_NUM = String.raw`(?:\d{1,2}|十[一二]?|[一二三四五六七八九])`;
export const DAY_NUM = String.raw`(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])`;

/**
 * After a year: parts of the year that do not name a month (年底, 上半年, 第三季度, 春季). They
 * keep year precision: 2020年底 is '2020', never an invented December. A bare 中 counts only
 * before a non-Han character, so 2020年中国 stays "2020, China".
 */
export const YEAR_PART = String.raw`(?:年?(?:底|末|初(?!步|次|心|创|衷))|年中(?:期)?|中期|中(?![${HAN}])|[上下前后]半年|第?[一二三四1-4]季度|[春夏秋冬](?:季|天))`;

/** After a month: parts of the month (月底, 中旬); they keep month precision. */
export const MONTH_PART = String.raw`(?:底|末|初(?!步|次|心|创|衷)|[上中下]旬|中(?![${HAN}]))`;

/** Starts a count only where no number runs into it (so 12天前 is never read as 2天前). */
export const COUNT_BOUNDARY = String.raw`(?<![\d.零〇○一二两三四五六七八九十百千几数第上下])`;

/** A count of units, possibly vague: 13, 十三, 两, 半, 十几, 几十, 二十多, 多, 数. */
export const COUNT = String.raw`(?:[几数]?${ZH_NUMBER}(?:多|余|几)?|许多|很多|好多|多|几|数|半)`;

/** Hedges before a count: kept inside the span, and they make an "ago" value unknowable. */
export const HEDGE = '(?:不到|不足|大约|约|将近|近|超过|逾|仅仅|仅|短短|才|长达|整整|大概)';
/** Hedges that still allow a value: 约2年前 is roughly 2022. */
export const KEEPS_VALUE = new Set(['约', '大约', '大概', '仅', '仅仅', '短短', '才', '整整']);
