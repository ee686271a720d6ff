// English triggers of a personnel change, as the cue list gives them, with the kinds of trigger the
// rules treat apart (a succession, a restatement of a change with its effective date, a return to a
// post) and how one trigger's clause runs on into the next ("will step down … and become chairman").
import type { EventType, TextSpan } from '../../core/types.js';
import { findCues } from '../../dictionary/cues.js';
import { cancelled } from './cancel.js';
import type { EnContext } from './context.js';

export interface Trigger {
  start: number;
  end: number;
  cue: string;
  event: EventType;
  frame: 'subj' | 'obj';
}

/** X succeeds/replaces Y: an appointment for X, a departure for Y; the participle only adds Y's departure. */
export const SUCCESSION = /^(?:(?:will|to)\s+)?(?:succeed|succeeds|succeeded|replace|replaces|replaced)$|^(?:succeeding|replacing)$/;
export const PARTICIPLE = /^(?:succeeding|replacing)$/;
/** Restate a change with its effective date: "will take office on July 1", "set to take charge on 11 November". */
export const RESTATEMENT = /\b(?:take|takes|took|taking)\s+(?:office|charge|up\s+the\s+(?:role|post))\b|\bstart\s+the\s+job\b|^(?:will\s+|to\s+)?take(?:s)?\s+over$|^took\s+over$/;
/** Return to a post held before: its role is that post. */
export const RETURN = /^(?:(?:will|to)\s+)?(?:return|returns|returned|returning|rejoin|rejoins|rejoined)(?:\s+(?:as|to))?$|reinstat|reappoint/;
/** Say nothing of a post by themselves: an event only with a role or an organisation. */
export const NEEDS_ROLE = /^(?:(?:will|to|is\s+set\s+to)\s+)?(?:become|becomes|became)$|moved\s+to$|^(?:(?:will|to)\s+)?serve\s+as$|take(?:s)?\s+over$|^took\s+over$|^(?:(?:will|to|was|is)\s+)?(?:return|returns|returned|returning)(?:\s+to)?$/;
/** Bare verbs that are also nouns ("his name is"): triggers only after a modal or "to" ("would name", "to hire"). */
const BARE = /^(?:name|hire|promote|fire|sack|oust|join|become|return|replace|succeed)$/;
const CHAIN = /(?:\band|,|\bto|\bthen|\bonly\s+to|\bbefore)\s+(?:(?:will|would|also|then|later|eventually|be|is|was|set|to)\s+)*$/;

export function triggersIn(ctx: EnContext, s: TextSpan): Trigger[] {
  return findCues(ctx.low, ctx.cues, 'trigger', s.start, s.end)
    .filter((t) => !BARE.test(t.cue.cue) || /\b(?:will|would|shall|to|and|or|may|might|could|can|must|should|did|not)\s+(?:\w+\s+)?$/.test(ctx.low.slice(Math.max(s.start, t.start - 24), t.start)))
    .filter((t) => !cancelled(ctx, s, t))
    .map((t) => ({ start: t.start, end: t.end, cue: t.cue.cue, event: t.cue.event!, frame: t.cue.frame! }));
}

/** Whether a trigger continues the clause of the one before: "and become", ", replacing", "in August to become". */
export const connected = (gap: string, cue: string): boolean =>
  !/\b(?:that|it|they|we)\s/.test(gap) && (CHAIN.test(gap) || (/^to\s/.test(cue) && !/[;:]|,\s+(?:who|which|when|but|while)\b/.test(gap)));

/** Where a trigger's clause ends: the next clause break or `to`. */
export function clauseEnd(ctx: EnContext, from: number, to: number): number {
  const k = ctx.low.slice(from, to).search(/[;:]|(?<!\b(?:from|of|in|at|on|to|for|with|by|up))\sthat\s(?!(?:role|post|position|job|date|day|month|year|time)\b)|,\s(?:after|before|while|but|who|which|according|replacing|succeeding|when|and\s+(?:he|she|it|the|its))\b|,\s(?:the\s+\w+|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)\s+(?:said|says|added)\b/u);
  return k < 0 ? to : from + k;
}
