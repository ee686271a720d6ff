// Steps after overlaps are settled: widen a span over words that belong to it, and let the end of a
// range take what it leaves out from the range's start.

import { isValidYmd, type PartialYmd } from './calendar.js';
import { point, reSpan } from './rules.js';
import type { Candidate } from './types.js';

/**
 * Widens each candidate to the range `widen` proposes, unless that would run into a neighbour.
 * Candidates must be sorted by start.
 */
export function widen(
  text: string,
  cands: readonly Candidate[],
  propose: (c: Candidate) => { start: number; end: number } | null,
): Candidate[] {
  const out = [...cands];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    const p = propose(c);
    if (!p || (p.start === c.start && p.end === c.end)) continue;
    const floor = i > 0 ? out[i - 1]!.end : 0;
    const ceiling = i + 1 < out.length ? out[i + 1]!.start : text.length;
    if (p.start >= floor && p.end <= ceiling && p.start <= c.start && p.end >= c.end) {
      out[i] = reSpan(c, text, p.start, p.end);
    }
  }
  return out;
}

/** The candidate's start moved back over `before` (matched against the text just before it). */
export function wordBefore(text: string, c: Candidate, before: RegExp): number | null {
  const m = before.exec(text.slice(Math.max(0, c.start - 40), c.start));
  return m ? c.start - m[0].length : null;
}

/** The candidate's end moved on over `after` (matched against the text just after it). */
export function wordAfter(text: string, c: Candidate, after: RegExp): number | null {
  const m = after.exec(text.slice(c.end, c.end + 40));
  return m ? c.end + m[0].length : null;
}

function parseValue(value: string): PartialYmd {
  const [y, m, d] = value.split('-').map(Number);
  return { y: y!, ...(m !== undefined && { m }), ...(d !== undefined && { d }) };
}

/**
 * 9月12日至13日, 2018年3月至5月: the end of a range written without its year (or month) takes them
 * from the range's start instead of from the published date.
 */
export function inheritRangeStart(text: string, cands: readonly Candidate[], connector: RegExp): Candidate[] {
  return cands.map((c, i) => {
    const prev = i > 0 ? cands[i - 1]! : null;
    if (!c.written || !prev || prev.kind !== 'point' || prev.value === null) return c;
    if (!connector.test(text.slice(prev.end, c.start))) return c;
    const from = parseValue(prev.value);
    let resolved: PartialYmd | null = null;
    if (c.written.month !== undefined) {
      resolved = { y: from.y, m: c.written.month, ...(c.written.day !== undefined && { d: c.written.day }) };
    } else if (c.written.day !== undefined && from.m !== undefined) {
      resolved = { y: from.y, m: from.m, d: c.written.day };
    }
    if (!resolved || !isValidYmd(resolved.y, resolved.m, resolved.d)) return c;
    const next = point({ start: c.start, end: c.end, text: c.text, rule: `${c.rule}+range` }, resolved, prev.relative);
    return { ...next, priority: c.priority, written: c.written };
  });
}
