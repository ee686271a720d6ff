// findTimesZh: every Chinese time expression in a sentence, resolved against the published date.

import { parseAnchor } from '../anchor.js';
import { inheritRangeStart, widen, wordAfter, wordBefore } from '../post.js';
import { finish, runRules, selectLongest, type RuleContext } from '../rules.js';
import type { Candidate, TimeExpression } from '../types.js';
import { calendarRules } from './calendar-rules.js';
import { relativeRules } from './relative-rules.js';
import { spanRules } from './span-rules.js';

const RULES = [...calendarRules, ...relativeRules, ...spanRules];

const RANGE_CONNECTOR = /^\s*(?:至|到|-|–|—|~|～|－)\s*$/u;
const SINCE_BEFORE = /(?:自从|自)$/u;
const FROM_BEFORE = /从$/u;
/** 起 as in 起诉, 起草, 起飞 … is a verb, not "from … on". */
const SINCE_AFTER = /^(?:以来|至今|开始|起(?!诉|草|飞|火|步|来|身|义|点|码|源|因|用|床|跑|伏|色|劲|哄|价))/u;

/**
 * 自2018年以来, 2018年起, 从2025年1月1日起: the span takes in the "since" words, so callers can tell
 * a tenure's start from the date of an event; the value stays the date itself.
 */
function widenSince(text: string, cands: Candidate[]): Candidate[] {
  return widen(text, cands, (c) => {
    if (c.kind !== 'point') return null;
    const end = wordAfter(text, c, SINCE_AFTER);
    const start = wordBefore(text, c, SINCE_BEFORE) ?? (end !== null ? wordBefore(text, c, FROM_BEFORE) : null);
    return start === null && end === null ? null : { start: start ?? c.start, end: end ?? c.end };
  });
}

export function findTimesZh(text: string, published: string | null): TimeExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const ctx: RuleContext = { text, anchor: parseAnchor(published) };
  let found = selectLongest(runRules(RULES, ctx));
  found = inheritRangeStart(text, found, RANGE_CONNECTOR);
  found = widenSince(text, found);
  return finish(text, found);
}
