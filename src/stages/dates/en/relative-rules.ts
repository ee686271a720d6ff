// English dates named against the published date: last year, this month, next quarter, last week,
// yesterday, (on) Wednesday, last Friday, 13 days ago, two weeks ago, recently.

import {
  agoFrom,
  daysFrom,
  monthsFrom,
  quarterYear,
  weekdayAfter,
  weekdayBefore,
  weekdayInWeek,
  weekSpan,
  yearsFrom,
  type Anchor,
  type TimeUnit,
} from '../anchor.js';
import type { PartialYmd } from '../calendar.js';
import { point, whole, type Rule } from '../rules.js';
import { EN_COUNT, EN_UNIT, parseEnCount } from './numbers.js';

const OFFSET: Record<string, number> = { last: -1, 'this past': -1, this: 0, next: 1, 'this coming': 1 };

function period(a: Anchor, unit: string, k: number): PartialYmd | null {
  switch (unit) {
    case 'year':
      return yearsFrom(a, k);
    case 'month':
      return monthsFrom(a, k);
    case 'quarter':
      return quarterYear(a, k);
    case 'week':
    case 'weekend':
      return weekSpan(a, k, unit);
    default:
      return null;
  }
}

const relativePeriod: Rule = {
  name: 'en.relative.period',
  // "the last year" and "the next year" are a duration and another event's year: other rules.
  pattern: /(?<!\bthe\s+)\b(?<rel>last|this past|this coming|this|next)\s+(?<unit>year|month|quarter|week|weekend)\b/dgi,
  build(m, ctx) {
    const k = OFFSET[m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ')]!;
    const unit = m.groups!.unit!.toLowerCase();
    return point(whole(m, ctx, this), ctx.anchor ? period(ctx.anchor, unit, k) : null, true);
  },
};

const DAY_OFFSET: Record<string, number> = {
  yesterday: -1, today: 0, tomorrow: 1, tonight: 0, 'last night': -1,
  'this morning': 0, 'this afternoon': 0, 'this evening': 0,
};

const relativeDay: Rule = {
  name: 'en.relative.day',
  pattern: /\b(?:yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/dgi,
  build(m, ctx) {
    const k = DAY_OFFSET[m[0].toLowerCase().replace(/\s+/g, ' ')]!;
    return point(whole(m, ctx, this), ctx.anchor ? daysFrom(ctx.anchor, k) : null, true);
  },
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const weekday: Rule = {
  name: 'en.relative.weekday',
  // Named days (Black Friday, Super Tuesday) and plurals (on Mondays) are not "the most recent".
  pattern:
    /(?<!\b(?:Black|Cyber|Super|Ash|Good|Easter|Holy|Maundy|Giving|Fat|Bloody|Blue|Manic|Man)\s+)\b(?:(?<rel>[Ll]ast|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s\b|'s\s+(?:Child|Tale))/dg,
  build(m, ctx) {
    const wd = WEEKDAYS.indexOf(m.groups!.wd!);
    const rel = m.groups!.rel?.toLowerCase().replace(/\s+/g, ' ');
    const a = ctx.anchor;
    let resolved: PartialYmd | null = null;
    if (a) {
      if (rel === undefined) resolved = weekdayBefore(a, wd, false); // news: "on Wednesday" has passed
      else if (rel === 'last' || rel === 'this past' || rel === 'past') resolved = weekdayBefore(a, wd, true);
      else if (rel === 'this') resolved = weekdayInWeek(a, 0, wd);
      else resolved = weekdayAfter(a, wd);
    }
    return point(whole(m, ctx, this), resolved, true);
  },
};

const UNIT_OF: Record<string, TimeUnit> = {
  day: 'day', week: 'week', month: 'month', year: 'year', decade: 'year', hour: 'hour', minute: 'minute',
};
/** Hedges that leave a value standing ("about two years ago"); the others ("more than") do not. */
const KEEPS_VALUE = new Set(['about', 'around', 'roughly', 'approximately', 'some', 'just', 'only']);

const ago: Rule = {
  name: 'en.relative.ago',
  pattern: new RegExp(
    String.raw`\b(?:(?<hedge>about|around|roughly|approximately|some|nearly|almost|more\s+than|over|less\s+than|under|just|only|barely|at\s+least)\s+)?` +
      String.raw`(?:(?<count>${EN_COUNT})(?<half1>\s+and\s+a\s+half)?\s+)?(?<unit>${EN_UNIT})s?(?<half2>\s+and\s+a\s+half)?\s+ago\b`,
    'dgi',
  ),
  build(m, ctx) {
    const g = m.groups!;
    const unit = g.unit!.toLowerCase();
    const count = g.count === undefined ? { n: null, vague: true } : parseEnCount(g.count);
    const hedge = g.hedge?.toLowerCase().replace(/\s+/g, ' ');
    const half = g.half1 !== undefined || g.half2 !== undefined ? 0.5 : 0;
    const n = count.n === null ? null : (count.n + half) * (unit === 'decade' ? 10 : 1);
    const valued = ctx.anchor && n !== null && n > 0 && !count.vague && (hedge === undefined || KEEPS_VALUE.has(hedge));
    return point(whole(m, ctx, this), valued ? agoFrom(ctx.anchor!, n!, UNIT_OF[unit]!) : null, true);
  },
};

const vague: Rule = {
  name: 'en.relative.vague',
  // A time expression, but no date can honestly be read from it.
  pattern: /\b(?:recently|lately|in\s+recent\s+days)\b/dgi,
  build(m, ctx) {
    return point(whole(m, ctx, this), null, true);
  },
};

export const relativeRules: readonly Rule[] = [relativePeriod, relativeDay, weekday, ago, vague];
