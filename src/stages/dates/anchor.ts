// The article's published date and the arithmetic that resolves relative expressions against it.
// Every function returns null rather than guess when the anchor is too coarse for the question:
// "13 days ago" needs the day, "last month" the month, "last year" only the year.

import {
  addDays,
  addMonths,
  commonPrefix,
  isValidYmd,
  weekdayOf,
  type PartialYmd,
} from './calendar.js';

export type Anchor = PartialYmd;

/** 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' (a trailing time, as in an ISO timestamp, is ignored); else null. */
export function parseAnchor(published: string | null | undefined): Anchor | null {
  if (typeof published !== 'string') return null;
  const m = /^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:$|[T\s])/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] === undefined ? undefined : Number(m[2]);
  const d = m[3] === undefined ? undefined : Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, ...(mo !== undefined && { m: mo }), ...(d !== undefined && { d }) } : null;
}

const valid = (p: PartialYmd | null): PartialYmd | null => (p && isValidYmd(p.y, p.m, p.d) ? p : null);

/** Today, this month, this year at most as precise as the anchor. */
function coarsen(a: Anchor, precision: 'year' | 'month' | 'day'): PartialYmd {
  if (precision === 'year' || a.m === undefined) return { y: a.y };
  if (precision === 'month' || a.d === undefined) return { y: a.y, m: a.m };
  return { y: a.y, m: a.m, d: a.d };
}

export function yearsFrom(a: Anchor, k: number): PartialYmd | null {
  return valid({ y: a.y + k });
}

export function monthsFrom(a: Anchor, k: number): PartialYmd | null {
  if (k === 0) return coarsen(a, 'month');
  if (a.m === undefined) return null;
  return valid(addMonths(a.y, a.m, k));
}

export function daysFrom(a: Anchor, k: number): PartialYmd | null {
  if (k === 0) return coarsen(a, 'day');
  if (a.m === undefined || a.d === undefined) return null;
  return valid(addDays(a.y, a.m, a.d, k));
}

/** "two weeks ago": a week is not a day, so only the month of the day k weeks back is claimed. */
export function weeksFrom(a: Anchor, k: number): PartialYmd | null {
  const day = daysFrom(a, 7 * k);
  return day && day.m !== undefined && k !== 0 ? { y: day.y, m: day.m } : null;
}

/**
 * A month written without a year (9月, "in March"): news reports the past, so a month later in the
 * year than the anchor's month is taken from the year before.
 */
export function yearForMonth(a: Anchor, month: number): number | null {
  if (a.m === undefined) return null;
  return month > a.m ? a.y - 1 : a.y;
}

/** A day of the month written alone (25日): this month, or last month when it is after the anchor's day. */
export function monthForDay(a: Anchor, day: number): PartialYmd | null {
  if (a.m === undefined || a.d === undefined) return null;
  const { y, m } = day > a.d ? addMonths(a.y, a.m, -1) : { y: a.y, m: a.m };
  return valid({ y, m, d: day });
}

/** The most recent `weekday` (0 = Sunday) on or before the anchor; strictly before when `strict`. */
export function weekdayBefore(a: Anchor, weekday: number, strict: boolean): PartialYmd | null {
  if (a.m === undefined || a.d === undefined) return null;
  let back = (weekdayOf(a.y, a.m, a.d) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return valid(addDays(a.y, a.m, a.d, -back));
}

/** The first `weekday` strictly after the anchor. */
export function weekdayAfter(a: Anchor, weekday: number): PartialYmd | null {
  if (a.m === undefined || a.d === undefined) return null;
  let ahead = (weekday - weekdayOf(a.y, a.m, a.d) + 7) % 7;
  if (ahead === 0) ahead = 7;
  return valid(addDays(a.y, a.m, a.d, ahead));
}

/** Monday of the anchor's week moved by `weekOffset` weeks (weeks run Monday to Sunday). */
function mondayOf(a: Anchor, weekOffset: number): Required<PartialYmd> | null {
  if (a.m === undefined || a.d === undefined) return null;
  const sinceMonday = (weekdayOf(a.y, a.m, a.d) + 6) % 7;
  return addDays(a.y, a.m, a.d, -sinceMonday + 7 * weekOffset);
}

/** 上周三 / 本周一 / "this Friday": a weekday inside a given week. */
export function weekdayInWeek(a: Anchor, weekOffset: number, weekday: number): PartialYmd | null {
  const monday = mondayOf(a, weekOffset);
  return monday && valid(addDays(monday.y, monday.m, monday.d, (weekday + 6) % 7));
}

/** 上周 / "this week" / "last weekend": only what all its days share (a month, a year, or nothing). */
export function weekSpan(a: Anchor, weekOffset: number, part: 'week' | 'weekend'): PartialYmd | null {
  const monday = mondayOf(a, weekOffset);
  if (!monday) return null;
  const first = addDays(monday.y, monday.m, monday.d, part === 'weekend' ? 5 : 0);
  const last = addDays(monday.y, monday.m, monday.d, 6);
  return valid(commonPrefix(first, last));
}

/** "last quarter": a quarter lies inside one year, so the year is all that is claimed. */
export function quarterYear(a: Anchor, k: number): PartialYmd | null {
  if (a.m === undefined) return k === 0 ? { y: a.y } : null;
  const q = Math.floor((a.m - 1) / 3) + k;
  return valid({ y: a.y + Math.floor(q / 4) });
}

export type TimeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/**
 * n units before the anchor, each at the precision its unit can carry: days give a day, weeks and
 * months a month, years a year. Fractions move down a unit (一年半 = 18 months, 半个月 = 15 days,
 * claimed to the month only); hours and minutes are the published day.
 */
export function agoFrom(a: Anchor, n: number, unit: TimeUnit): PartialYmd | null {
  const coarse = (p: PartialYmd | null): PartialYmd | null => (p && p.m !== undefined ? { y: p.y, m: p.m } : null);
  switch (unit) {
    case 'year':
      return Number.isInteger(n) ? yearsFrom(a, -n) : Number.isInteger(n * 12) ? monthsFrom(a, -n * 12) : null;
    case 'month':
      return Number.isInteger(n) ? monthsFrom(a, -n) : coarse(daysFrom(a, -Math.round(n * 30)));
    case 'week':
      return Number.isInteger(n) ? weeksFrom(a, -n) : coarse(daysFrom(a, -Math.round(n * 7)));
    case 'day':
      return Number.isInteger(n) ? daysFrom(a, -n) : null;
    case 'hour':
      return daysFrom(a, -Math.floor(n / 24));
    case 'minute':
      return daysFrom(a, -Math.floor(n / 1440));
  }
}
