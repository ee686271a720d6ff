// The machinery every language shares: a rule is a pattern and a builder; all rules run over the
// text, and overlaps are settled by length so the most complete reading of a phrase wins.

import type { Anchor } from './anchor.js';
import { formatYmd, precisionOf, type PartialYmd } from './calendar.js';
import type { Candidate, TimeExpression } from './types.js';

export interface RuleContext {
  text: string;
  anchor: Anchor | null;
}

export interface Rule {
  name: string;
  /** Must carry the `g` and `d` flags: the builder reads group offsets from `match.indices`. */
  pattern: RegExp;
  priority?: number;
  build(match: RegExpExecArray, ctx: RuleContext): Candidate | null;
}

interface Where {
  start: number;
  end: number;
  text: string;
  rule: string;
  priority?: number;
}

export function where(ctx: RuleContext, start: number, end: number, rule: Rule | string): Where {
  const name = typeof rule === 'string' ? rule : rule.name;
  const priority = typeof rule === 'string' ? undefined : rule.priority;
  return { start, end, text: ctx.text.slice(start, end), rule: name, ...(priority !== undefined && { priority }) };
}

/** The whole match as a span. */
export function whole(m: RegExpExecArray, ctx: RuleContext, rule: Rule): Where {
  return where(ctx, m.index, m.index + m[0].length, rule);
}

/**
 * A date. `relative` says whether it needed the anchor; pass `resolved` = null when the anchor
 * could not settle it (missing, or too coarse), and the value stays null.
 */
export function point(w: Where, resolved: PartialYmd | null, relative: boolean): Candidate {
  return {
    start: w.start,
    end: w.end,
    text: w.text,
    value: resolved ? formatYmd(resolved) : null,
    precision: resolved ? precisionOf(resolved) : null,
    relative,
    kind: 'point',
    rule: w.rule,
    priority: w.priority ?? 0,
  };
}

/** A length of time or a time relative to another event: found, never valued. */
export function unvalued(w: Where, kind: 'duration' | 'anchored-elsewhere'): Candidate {
  return {
    start: w.start,
    end: w.end,
    text: w.text,
    value: null,
    precision: null,
    relative: false,
    kind,
    rule: w.rule,
    priority: w.priority ?? 0,
  };
}

/** Runs each rule over the whole text. A rejected match is retried one character later. */
export function runRules(rules: readonly Rule[], ctx: RuleContext): Candidate[] {
  const out: Candidate[] = [];
  for (const rule of rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ctx.text)) !== null) {
      const built = m[0].length > 0 ? rule.build(m, ctx) : null;
      if (built) {
        out.push(built);
        re.lastIndex = m.index + Math.max(m[0].length, 1);
      } else {
        re.lastIndex = m.index + 1;
      }
    }
  }
  return out;
}

const overlapping = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Longest first, then by priority, then leftmost; keeps those that overlap nothing kept before. */
export function selectLongest(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (c.end > c.start && !kept.some((k) => overlapping(k, c))) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Moves a candidate's edges, keeping `text` in step with the offsets. */
export function reSpan(c: Candidate, text: string, start: number, end: number): Candidate {
  return { ...c, start, end, text: text.slice(start, end) };
}

/** The public view: drops the bookkeeping and proves the span invariant at the boundary. */
export function finish(text: string, candidates: readonly Candidate[]): TimeExpression[] {
  return candidates.map((c) => {
    if (text.slice(c.start, c.end) !== c.text) {
      throw new Error(`dates: rule ${c.rule} produced [${c.start}, ${c.end}) for ${JSON.stringify(c.text)}`);
    }
    return {
      start: c.start,
      end: c.end,
      text: c.text,
      value: c.value,
      precision: c.precision,
      relative: c.relative,
      kind: c.kind,
    };
  });
}

/** Offsets of a named group, from a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name];
}
