// Calendar dates written with month names or digits ("Sept. 26, 2024", "in August", "26 September",
// "9/26/2024"), read by chrono-node. Only chrono's absolute parsers run: every relative phrase
// ("last year", "on Wednesday", "13 days ago") is handled by our own rules, which lean to the past
// the way news does and state their precision honestly.

import { en, Chrono, type ParsedComponents } from 'chrono-node';
import { yearForMonth, type Anchor } from '../anchor.js';
import { isValidYmd, type PartialYmd } from '../calendar.js';
import { point, where, type RuleContext } from '../rules.js';
import type { Candidate } from '../types.js';

const ABSOLUTE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENSlashMonthFormatParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);

/** Turns "end of September" into September 30, a day the text never named; we keep the month. */
const DROPPED_REFINERS = new Set(['ENEndOfPeriodRefiner']);

function absoluteChrono(): Chrono {
  const config = en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => ABSOLUTE_PARSERS.has(p.constructor.name));
  const refiners = config.refiners.length;
  config.refiners = config.refiners.filter((r) => !DROPPED_REFINERS.has(r.constructor.name));
  // Picked by class name: fail at load, not silently, if a chrono upgrade renames them.
  if (config.parsers.length !== ABSOLUTE_PARSERS.size || refiners - config.refiners.length !== DROPPED_REFINERS.size) {
    throw new Error(
      `dates: chrono-node's English parsers or refiners were renamed (kept ${config.parsers.length} of ${ABSOLUTE_PARSERS.size} parsers); update en/chrono-dates.ts`,
    );
  }
  return new Chrono(config);
}

const chrono = absoluteChrono();
const RULE = 'en.chrono';
const PRIORITY = 1; // our own rules win a tie

/** Only what the text states; what chrono implied from the reference date is recomputed by us. */
function certain(c: ParsedComponents): { y?: number; m?: number; d?: number } {
  const get = (k: 'year' | 'month' | 'day'): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const [y, m, d] = [get('year'), get('month'), get('day')];
  return { ...(y !== undefined && { y }), ...(m !== undefined && { m }), ...(d !== undefined && { d }) };
}

type Written = ReturnType<typeof certain>;

/** A written date resolved: a missing year comes from the anchor, leaning to the past. */
function resolve(w: Written, anchor: Anchor | null): { resolved: PartialYmd | null; relative: boolean } | null {
  if (w.m === undefined) return w.y !== undefined && w.d === undefined ? { resolved: { y: w.y }, relative: false } : null;
  const relative = w.y === undefined;
  const y = w.y ?? (anchor ? yearForMonth(anchor, w.m) : null);
  if (y === null) return { resolved: null, relative };
  if (w.d !== undefined && isValidYmd(y, w.m, w.d)) return { resolved: { y, m: w.m, d: w.d }, relative };
  // Feb. 29 in a year without one: keep the month rather than invent a day.
  return isValidYmd(y, w.m) ? { resolved: { y, m: w.m }, relative } : null;
}

const PREPOSITIONS = new Set(
  ('in by since until till through from during before after on of last this next early late mid end ' +
    'starting beginning as each every throughout around between and or to the')
    .split(' '),
);

/**
 * "Theresa May said", "Jan Leike", "April Dunford": a month name alone that reads as a name.
 * A lone month must be capitalised, must not follow a capitalised word that is not a preposition,
 * and without a preposition before it must not be followed by a capitalised word.
 */
function looksLikeName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^[A-Z]/.test(word)) return true;
  const before = /([A-Za-z]+)[^\S\n]*$/.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[^\S\n]+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1];
  const prepBefore = before !== undefined && PREPOSITIONS.has(before.toLowerCase());
  if (before !== undefined && /^[A-Z]/.test(before) && !prepBefore) return true;
  return !prepBefore && after !== undefined && /^[A-Z]/.test(after);
}

/** Chrono's span with surrounding spaces and trailing commas left out ("May," → "May"). */
function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Where a range splits into its two ends: "Dec. 31, 2023 to Jan. 2, 2024", "Sept. 12-13". */
const RANGE_CONNECTORS = [/\s+(?:to|through|until|till|and)\s+/i, /\s*[–—]\s*/, /(?<!\d{4}|\d{4}-\d{1,2})\s*-\s*/];

function splitRange(s: string): [number, number] | null {
  for (const re of RANGE_CONNECTORS) {
    const m = re.exec(s);
    if (m && m.index > 0 && m.index + m[0].length < s.length) return [m.index, m.index + m[0].length];
  }
  return null;
}

function candidate(
  ctx: RuleContext,
  start: number,
  end: number,
  w: Written,
  isRangeEnd = false,
): Candidate | null {
  [start, end] = trim(ctx.text, start, end);
  if (end <= start) return null;
  const surface = ctx.text.slice(start, end);
  // 9/11, 24/7, 3/4: digits and slashes without a year are rarely dates in news.
  if (w.y === undefined && /^[\d\s/.-]+$/.test(surface) && !isRangeEnd) return null;
  if (w.m !== undefined && w.d === undefined && w.y === undefined && looksLikeName(ctx.text, start, end)) return null;
  const r = resolve(w, ctx.anchor);
  if (!r) return null;
  return { ...point(where(ctx, start, end, RULE), r.resolved, r.relative), priority: PRIORITY };
}

export function chronoDates(ctx: RuleContext): Candidate[] {
  const ref = ctx.anchor ? new Date(ctx.anchor.y, (ctx.anchor.m ?? 1) - 1, ctx.anchor.d ?? 1, 12) : undefined;
  const out: Candidate[] = [];
  for (const r of chrono.parse(ctx.text, ref)) {
    const s = certain(r.start);
    const split = r.end ? splitRange(r.text) : null;
    if (!r.end || !split) {
      const c = candidate(ctx, r.index, r.index + r.text.length, s);
      if (c) out.push(c);
      continue;
    }
    // Each end of a range is its own expression; each takes what it leaves out from the other.
    const e = certain(r.end);
    if (e.m === undefined && s.m !== undefined && e.d !== undefined) e.m = s.m;
    if (s.y === undefined && e.y !== undefined && s.m !== undefined && e.m !== undefined) {
      s.y = s.m > e.m ? e.y - 1 : e.y;
    }
    if (e.y === undefined && s.y !== undefined && s.m !== undefined && e.m !== undefined) {
      e.y = e.m < s.m ? s.y + 1 : s.y;
    }
    const first = candidate(ctx, r.index, r.index + split[0], s);
    const second = candidate(ctx, r.index + split[1], r.index + r.text.length, e, true);
    if (first) out.push(first);
    if (second) out.push(second);
  }
  return out;
}
