// Which time expression dates which change in a sentence: a time belongs to the trigger before it in
// the same clause ("resigned on Tuesday", "will step down at the end of March"), else to the trigger
// after it ("In March, X resigned"); a clause of its own (", who became interim chair in December,")
// keeps its time. "Said on Thursday" dates the announcement: it dates a change only when nothing
// better does, and a change announced for later takes its effective date ("effective Sept. 10",
// "will take over on March 18"), read forward in time.
import type { TextSpan } from '../../core/types.js';
import type { EventDraft, TimeSpan } from '../events/types.js';
import type { EnContext } from './context.js';
import { forward } from './times.js';

export interface TriggerAt {
  start: number;
  end: number;
  /** Announced for later: will, to, set to, would (reported), effective. */
  future: boolean;
}

export interface DateChoice {
  date: EventDraft['date'];
  /** The date of an announcement ("said on Tuesday"), not of the change itself. */
  weak: boolean;
  /** A future or effective date: it wins over an announcement's date for the same change. */
  effective: boolean;
}

const BREAK = /;|,\s+(?:who|which|when|where|while|but|whose|although|though)\b|\s(?:who|which|whose)\s|,\s+(?:and\s+)?(?:replacing|succeeding)\b/i;
const REPORTING = /\b(?:said|says|announced|announces|confirmed|confirms|told\s+\w+|reported|wrote)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;
const EFFECTIVE = /\b(?:effective|as\s+of|starting|from)\s+$/i;
const FUTURE = /\b(?:will|shall|'ll|would|(?:is|are)\s+(?:set\s+|due\s+|expected\s+)?to)\s+(?:[a-z]+\s+){0,2}$/i;

/** Announced for later ("will step down", "is set to take charge"); "left … to become" is past, not future. */
export const isFuture = (ctx: EnContext, s: TextSpan, trig: { start: number; cue: string }): boolean =>
  /^will\b/.test(trig.cue) || FUTURE.test(ctx.low.slice(Math.max(s.start, trig.start - 30), trig.start));

/** The date of each trigger of a sentence (same order), from the times in it. */
export function datesOf(ctx: EnContext, s: TextSpan, triggers: readonly TriggerAt[]): DateChoice[] {
  const owned: TimeSpan[][] = triggers.map(() => []);
  const times = ctx.times.filter((t) => t.start >= s.start && t.end <= s.end && t.kind === 'point' && t.value && !/^since\b/i.test(t.text));
  const asides = asidesIn(ctx.work, s);
  const inside = (p: number, x: { start: number; end: number }) => p >= x.start && p < x.end;
  const apart = (a: number, b: number) => asides.some((x) => inside(a, x) !== inside(b, x));
  for (const t of times) {
    const before = triggers.map((g, k) => ({ g, k })).filter(({ g }) => g.end <= t.start && !BREAK.test(ctx.work.slice(g.end, t.start)) && !apart(g.start, t.start)).pop();
    const after = triggers.map((g, k) => ({ g, k })).find(({ g }) => g.start >= t.end && !BREAK.test(ctx.work.slice(t.end, g.start)) && !apart(g.start, t.start));
    const owner = before ?? after;
    if (owner) owned[owner.k].push(t);
  }
  // "In May, X announced …, and Y took over as …", "…, both effective Sept. 10": a time opening the
  // sentence or an effective date dates every change in it that has none of its own.
  const shared = times.find((t) => /^\s*(?:in|on|at|by|during|last|earlier|later)?\s*$/i.test(ctx.work.slice(s.start, t.start)) && /^,/.test(ctx.work.slice(t.end, t.end + 1)))
    ?? times.find((t) => EFFECTIVE.test(ctx.work.slice(Math.max(s.start, t.start - 20), t.start)));
  return triggers.map((g, k) => choose(ctx, s, g, owned[k].length ? owned[k] : shared && !asides.some((x) => inside(g.start, x)) ? [shared] : []));
}

/** ", who has been CEO since he founded the company in 2019," — a clause about something else. */
function asidesIn(work: string, s: TextSpan): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of work.slice(s.start, s.end).matchAll(/,\s+(?:who|which|whose|where)\b[^,;]*,/g)) out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  return out;
}

function choose(ctx: EnContext, s: TextSpan, g: TriggerAt, owned: TimeSpan[]): DateChoice {
  const before = (t: TimeSpan) => ctx.work.slice(Math.max(s.start, t.start - 40), t.start);
  const reporting = (t: TimeSpan) => REPORTING.test(before(t));
  const effective = (t: TimeSpan) => EFFECTIVE.test(before(t)) || (g.future && !reporting(t));
  // A verb's time mostly follows it ("became CEO in 2019"); one before it in mid-sentence belongs to
  // an earlier verb ("co-founded it in 2015 and became CEO in 2019").
  const ranked = [...owned].sort((a, b) => Number(reporting(a)) - Number(reporting(b)) || Number(effective(b)) - Number(effective(a)) || Number(a.start < g.start) - Number(b.start < g.start) || Math.abs(a.start - g.end) - Math.abs(b.start - g.end));
  let t = ranked[0];
  // "…in September 2019, when Ma retired", "in November 2023, after the board fired Altman": the
  // clause hangs on the time just named.
  if (!t) {
    const when = /,\s+(?:when|after)\s+[^,;]*$/.exec(ctx.work.slice(s.start, g.start));
    if (when) t = ctx.times.filter((x) => x.kind === 'point' && x.value && x.end <= s.start + when.index && x.start >= s.start).pop()!;
  }
  if (!t) return { date: null, weak: false, effective: false };
  const eff = effective(t);
  const value = eff ? forward(t, ctx.published) : t.value;
  return { date: { value: value!, span: t, relative: t.relative }, weak: reporting(t) && g.future, effective: eff && !reporting(t) };
}
