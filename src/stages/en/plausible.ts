// Whether a trigger word is used of a post at all. "Left" is a change in "left the company", "left
// Google in 2022", "left in December", but not in "left the room" or "left investors nervous"; "joined"
// in "joined Corvane" or "joined as counsel", not in "joined forces"; "returned" in "returned to
// OpenAI", not in "returned to profit"; "was named" in "was named chief executive", not in "was named
// in the lawsuit"; "took over" a post is a change, taking over a company is an acquisition.
import { orgAfterTrigger } from './arguments.js';
import type { EnContext } from './context.js';
import { NEEDS_ROLE, RETURN, type Trigger } from './triggers.js';

/** Verbs of moving in or out whose object must be an organisation, a post or nothing. */
const MOVES = /^(?:(?:will|to|has|had|is|was|have)\s+)?(?:leave|leaves|left|leaving|exit|exits|exited|exiting|quit|quits|depart|departs|departed|departing|join|joins|joined|joining|rejoin|rejoins|rejoined|return|returns|returned|returning)(?:\s+to)?$/;
/** Nouns for an organisation or a post: "the company", "its rival", "the ChatGPT maker", "the board". */
const BODY = /^\s+(?:the|its|his|her|their|a|an)\s+(?:[a-z-]+\s+){0,3}(?:company|firm|bank|lender|group|board|government|cabinet|club|party|team|post|role|job|business|organi[sz]ation|agency|ministry|startup|start-up|maker|studio|network|university|college|school|side|department|office|administration|fund|staff|faculty|rival|unit|institute|foundation|newsroom|paper|newspaper)\b/;
/** What else may follow: a time, "as ROLE", a purpose ("to become"), a reason, or the end of the clause. */
const AFTER = /^\s*(?:$|[,.;:)"”’]|(?:as|for|after|amid|following|because|when|once|until|since|immediately|effective|later|earlier|last|this|next|early|late|soon|shortly|abruptly|too|also|again|only|in\s+(?:the\s+)?(?:early|late|mid|summer|spring|autumn|fall|winter)|at\s+the\s+end|to\s+(?:become|join|start|pursue|take|lead|run|head|focus|spend|found|launch|work|rejoin|return|serve|teach|retire))\b)/;
/** "was named in a lawsuit", "named after her", "named as a defendant", "named one of": no post. */
const NAMED_OTHERWISE = /^\s+(?:after|among|in\s+(?:a|the)\s+(?:lawsuit|suit|complaint|report|list|case|indictment|filing)|as\s+(?:one|a\s+(?:defendant|suspect|finalist|candidate|witness))|one\s+of|to\s+(?:the|a|its)\s+(?:list|ranking))\b/;
const NAMING = /^(?:(?:was|is|has\s+been|had\s+been|were|will\s+be)\s+)?(?:named|names|name|appointed|appoints|appoint|elected|chosen|chose|selected|picked|tapped|nominated|reappointed)$/;
const TAKE_OVER = /take(?:s)?\s+over$|^took\s+over$/;

export interface Found {
  /** A title read in the clause itself (not filled in from elsewhere). */
  clauseRole: boolean;
  /** Any post, also one the person held before (a return) or a board seat. */
  anyRole: boolean;
}

/** Whether the trigger, followed by what comes at `at`, reports a change of post. */
export function plausible(ctx: EnContext, trig: Trigger, at: number, found: Found): boolean {
  const rest = ctx.low.slice(at, at + 80);
  if (NAMING.test(trig.cue) && NAMED_OTHERWISE.test(rest)) return false;
  // Taking over a company is buying it; taking over as chief executive is a post.
  if (TAKE_OVER.test(trig.cue) && !found.anyRole) return false;
  if (MOVES.test(trig.cue) && !found.clauseRole && !orgAfterTrigger(ctx, at, trig.event === 'departure') && !BODY.test(rest) && !AFTER.test(rest) && !timeAt(ctx, at)) return false;
  // "returned to the country": a return is to an organisation or a post named here.
  if (RETURN.test(trig.cue) && / to$/.test(trig.cue) && !found.clauseRole && !orgAfterTrigger(ctx, at, false) && !BODY.test(rest)) return false;
  // "became", "moved to", "will serve as": nothing said of a post.
  if (trig.event !== 'departure' && NEEDS_ROLE.test(trig.cue) && !found.anyRole && !orgAfterTrigger(ctx, at, false) && !/^\s+(?:as\s+)?(?:interim|acting)\b/.test(rest)) return false;
  // "Time named her its person of the year": naming someone is a change when it names a post.
  if (trig.frame === 'obj' && NAMING.test(trig.cue) && !found.anyRole) return false;
  return true;
}

/** A time expression right after `at` ("left in December", "joined last month"). */
const timeAt = (ctx: EnContext, at: number) => ctx.times.some((t) => t.start >= at && /^\s*(?:in|on|at|by|from|during|after|before|effective|(?:late|early)\s+on)?\s*(?:the\s+)?$/.test(ctx.low.slice(at, t.start)));
