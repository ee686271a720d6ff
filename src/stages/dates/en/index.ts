// findTimesEn: every English time expression in a sentence, resolved against the published date.

import { parseAnchor } from '../anchor.js';
import { widen, wordBefore } from '../post.js';
import { finish, runRules, selectLongest, type RuleContext } from '../rules.js';
import type { Candidate, TimeExpression } from '../types.js';
import { chronoDates } from './chrono-dates.js';
import { relativeRules } from './relative-rules.js';
import { spanRules } from './span-rules.js';
import { yearRules } from './year-rules.js';

const RULES = [...yearRules, ...relativeRules, ...spanRules];

/**
 * Words before a year or month that narrow it without naming a smaller unit: "late last year",
 * "mid-2021", "the end of September". They join the span; the precision stays what was named.
 */
const PART_OF =
  /\b(?:early|earlier|late|later|mid|the\s+(?:end|start|beginning|middle)\s+of|(?:end|start|beginning|middle)\s+of|(?:the\s+)?(?:first|second|latter)\s+half\s+of|(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of|(?:the\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+of)?|Q[1-4])(?:\s+|-)$/i;
/** "since 2018" is a tenure's start: the word joins the span so callers can tell it apart. */
const SINCE = /\bsince\s+$/i;

function widenWords(text: string, cands: Candidate[]): Candidate[] {
  const parts = widen(text, cands, (c) => {
    if (c.kind !== 'point' || c.precision === 'day' || c.rule === 'en.relative.vague') return null;
    const start = wordBefore(text, c, PART_OF);
    return start === null ? null : { start, end: c.end };
  });
  return widen(text, parts, (c) => {
    const start = c.kind === 'point' ? wordBefore(text, c, SINCE) : null;
    return start === null ? null : { start, end: c.end };
  });
}

/** "Wednesday, Sept. 25": the weekday and the date it names are one expression, valued by the date. */
function joinWeekdayToDate(text: string, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const next = cands[i + 1];
    if (
      c.rule === 'en.relative.weekday' &&
      next &&
      next.precision === 'day' &&
      next.rule === 'en.chrono' &&
      /^,?\s+$/.test(text.slice(c.end, next.start))
    ) {
      out.push({ ...next, start: c.start, text: text.slice(c.start, next.end) });
      i++;
      continue;
    }
    out.push(c);
  }
  return out;
}

export function findTimesEn(text: string, published: string | null): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx: RuleContext = { text, anchor: parseAnchor(published) };
  let found = selectLongest([...runRules(RULES, ctx), ...chronoDates(ctx)]);
  found = joinWeekdayToDate(text, found);
  found = widenWords(text, found);
  return finish(text, found);
}
