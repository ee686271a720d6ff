// The public shape of a found time expression, and the internal candidate the rules produce.

export type DatePrecision = 'year' | 'month' | 'day';

/**
 * - `point`: a date the event may be attached to (value may still be null when unresolvable or vague).
 * - `duration`: a length of time (七年零九个月, "for two years"): never valued.
 * - `anchored-elsewhere`: a time relative to another event (当天, 2个月后, "days later"): never valued,
 *   so callers do not mistake it for the event's own date.
 */
export type TimeKind = 'point' | 'duration' | 'anchored-elsewhere';

export interface TimeExpression {
  /** Offsets into the string passed in: `input.slice(start, end) === text`. */
  start: number;
  end: number;
  text: string;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD', or null when unresolvable (relative without anchor, vague, fiscal). */
  value: string | null;
  /** Precision of `value`; null exactly when `value` is null. */
  precision: DatePrecision | null;
  /** True when resolving needs the published date (今年, last year, 13天前, on Wednesday, 9月). */
  relative: boolean;
  kind: TimeKind;
}

/** A rule's proposal before overlaps between rules are settled. */
export interface Candidate extends TimeExpression {
  /** The rule that produced it, for debugging. */
  rule: string;
  /** Breaks ties between equally long overlapping candidates: lower wins. */
  priority: number;
  /**
   * For expressions that leave out the year (9月, 13日, "Sept. 13"): what was written, so the end
   * of a range (9月12日至13日, 2018年3月至5月) can take the missing parts from its start.
   */
  written?: { month?: number; day?: number };
}
