// Triggers that report no change: quoted words, phrases that only contain a trigger ("leave of
// absence"), negated ("has not resigned"), denied ("denied reports that … will step down"),
// hypothetical or demanded ("could leave", "is expected to step down", "called on him to step down"),
// continuing ("will remain"), background ("previously served as"), a return from leave.
import type { TextSpan } from '../../core/types.js';
import { findCues } from '../../dictionary/cues.js';
import type { EnContext } from './context.js';
import { insideQuote } from './quote-spans.js';

interface Found {
  start: number;
  end: number;
  cue: { cue: string };
}

/** "announced last spring that he would retire", "said Altman and Brockman would join": reported, not hypothetical. */
const REPORTED_WOULD = /\b(?:said|says|announced|confirmed|told\s+\w+|wrote|added)\s+(?:[\w']+\s+){0,4}?(?:that\s+)?(?:[\w.'’-]+,?\s+){1,8}$/;
/** Returning from a leave or sabbatical is not taking a post. */
const FROM_LEAVE = /\b(?:sabbatical|leave|absence)\b/;

export function cancelled(ctx: EnContext, s: TextSpan, trig: Found): boolean {
  const { low, cues } = ctx;
  if (insideQuote(ctx.quotes, trig.start)) return true;
  const before = (n: number) => low.slice(Math.max(s.start, trig.start - n), trig.start);
  // A modifier may share a word with the trigger: "expected to" + "to return".
  const near = (list: Found[], reach: number, stop: RegExp) => list.some((c) => c.start < trig.start && c.end <= trig.end && trig.start - c.end <= reach && !stop.test(low.slice(Math.min(c.end, trig.start), trig.start)));
  if (findCues(low, cues, 'blocker', s.start, s.end).some((b) => b.start <= trig.start && b.end >= trig.end)) return true;
  if (near(findCues(low, cues, 'negation', s.start, s.end), 12, /[,.;]/)) return true;
  if (findCues(low, cues, 'denial', s.start, s.end).some((d) => d.start < trig.start)) return true;
  // Reported speech is no hypothesis ("said he would retire"), and "May" the month is no "may".
  const hypos = findCues(low, cues, 'hypothetical', s.start, s.end).filter(
    (h) => !(h.cue.cue === 'would' && REPORTED_WOULD.test(low.slice(Math.max(s.start, h.start - 80), h.start))) && !(h.cue.cue === 'may' && ctx.work[h.start] === 'M'),
  );
  if (near(hypos, 45, /[;.]/)) return true;
  if (near(findCues(low, cues, 'continuation', s.start, s.end), 20, /,/)) return true;
  if (near(findCues(low, cues, 'tenure', s.start, s.end), 30, /,\s/)) return true;
  if (/\b(?:return|reinstat|rejoin)/.test(trig.cue.cue) && FROM_LEAVE.test(low.slice(s.start, s.end))) return true;
  // "seven years after he left it": leaving a thing, not a post.
  if (/^\s+(?:it|them)\b/.test(low.slice(trig.end, trig.end + 6))) return true;
  // "talks … about replacing her", "thinking about leaving": a topic, not a change.
  if (/\babout\s+$/.test(before(8)) && /ing$/.test(trig.cue.cue)) return true;
  return /\b(?:if|unless|whether)\s+(?:[\w'’-]+\s+){0,4}$/.test(before(50));
}
