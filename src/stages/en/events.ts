// English personnel changes, sentence by sentence: each trigger's person (before it, after it as an
// object, or shared with the trigger it continues), its date, and the drafts of the change; then the
// dates across restatements of one change, and the posts departures leave unnamed.
import type { Mention, TextSpan } from '../../core/types.js';
import type { EventDraft } from '../events/types.js';
import { draftFor, fillFromFacts, passiveSuccessors, successionDeparture } from './changes.js';
import { consolidate, type DraftMeta } from './consolidate.js';
import type { EnContext } from './context.js';
import { datesOf, isFuture, type DateChoice } from './event-dates.js';
import { clauseSubject, objectsAfter, pluralSubject, subjectBefore, type Subject } from './subjects.js';
import { clauseEnd, connected, PARTICIPLE, RESTATEMENT, SUCCESSION, triggersIn, type Trigger } from './triggers.js';

interface Previous {
  trig: Trigger;
  subjects: Subject[];
  date: DateChoice;
  drafts: EventDraft[];
}

interface Run {
  meta: Map<EventDraft, DraftMeta>;
  /** People whose changes were just reported, for "Both are leaving". */
  recent: Mention[];
}

export function extractEventsEn(ctx: EnContext): EventDraft[] {
  const run: Run = { meta: new Map(), recent: [] };
  const drafts = ctx.sentences.flatMap((s) => sentenceEvents(ctx, s, run));
  consolidate(drafts, run.meta);
  for (const d of drafts) if (d.type === 'departure') fillFromFacts(ctx, d);
  return drafts;
}

function sentenceEvents(ctx: EnContext, s: TextSpan, run: Run): EventDraft[] {
  const trigs = triggersIn(ctx, s);
  const dates = datesOf(ctx, s, trigs.map((t) => ({ ...t, future: isFuture(ctx, s, t) })));
  const out: EventDraft[] = [];
  let prev: Previous | null = null;
  trigs.forEach((trig, k) => {
    // A trigger's arguments lie before the next one: "left Larkspur in August to become CFO of Halcyon".
    const until = trigs[k + 1]?.start ?? s.end;
    // Coordinated verbs share their time ("sacked X on Monday and appointed Y"); with no name
    // between them they also share their subject ("will step down … and become chairman").
    const linked = prev && connected(ctx.low.slice(prev.trig.end, trig.start), trig.cue) ? prev : null;
    const chained = linked && !ctx.persons.some((m) => m.start >= linked.trig.end && m.end <= trig.start && !/^,\s+who\b/.test(ctx.work.slice(m.end, m.end + 8))) ? linked : null;
    const { subjects, objectEnd } = whoChanges(ctx, s, trig, until, prev, chained, run.recent);
    const date = dates[k].date || !linked ? dates[k] : linked.date;
    const made: EventDraft[] = [];
    if (!(trig.frame === 'subj' && PARTICIPLE.test(trig.cue)))
      for (const subj of subjects) {
        const d = draftFor(ctx, { ...s, end: until }, trig, subj, objectEnd, date);
        if (d) made.push(d);
      }
    // "succeeded founder Jack Ma", "replacing John Glen": the predecessor leaves the post taken.
    const taken = SUCCESSION.test(trig.cue) ? (PARTICIPLE.test(trig.cue) ? linked?.drafts.find((d) => d.type !== 'departure') : made[0]) : undefined;
    const predecessor = SUCCESSION.test(trig.cue) ? successionDeparture(ctx, s, trig, subjects, taken) : null;
    if (predecessor) {
      // "to replace her": the successor takes the post she held.
      if (taken && !taken.role && predecessor.role) {
        taken.role = predecessor.role;
        taken.roleSource = 'fact';
      }
      made.push(predecessor);
    } else if (taken && !PARTICIPLE.test(trig.cue) && taken.roleSource !== 'clause') {
      // "the plan succeeded in raising funds": succeeding no one in no named post is no change.
      made.splice(made.indexOf(taken), 1);
    }
    // "will be replaced by Stephanie Pope": the successor takes the post.
    if (trig.event === 'departure' && /(?:replaced|succeeded)$/.test(trig.cue)) made.push(...passiveSuccessors(ctx, s, trig, made));
    for (const d of made) record(ctx, run, d, date, subjects.some((x) => x.how === 'chained' && x.personId === d.personId) ? chained : null, d === predecessor ? taken : undefined);
    out.push(...made);
    if (subjects.length) prev = { trig, subjects, date, drafts: made };
  });
  return out;
}

/** The people a trigger reports a change for, and where its object list ends. */
function whoChanges(ctx: EnContext, s: TextSpan, trig: Trigger, until: number, prev: Previous | null, chained: Previous | null, recent: Mention[]): { subjects: Subject[]; objectEnd: number } {
  if (trig.frame === 'obj') {
    const objs = objectsAfter(ctx, trig.end, until);
    // "was arrested … and ousted as chairman days later": a passive participle keeps its subject.
    const passive = !objs.subjects.length && /^\s+(?:as|from)\s/.test(ctx.low.slice(trig.end, trig.end + 6));
    if (!passive) return { subjects: objs.subjects, objectEnd: objs.end };
  }
  // "succeeded founder Jack Ma as chairman": the post comes after the person succeeded.
  const objectEnd = SUCCESSION.test(trig.cue) ? objectsAfter(ctx, trig.end, clauseEnd(ctx, trig.end, until)).end : trig.end;
  const inherit = (p: Previous) => p.subjects.map((x) => ({ ...x, how: 'chained' as const }));
  let subjects = subjectBefore(ctx, s, trig.start);
  if (!subjects.length && chained) subjects = inherit(chained);
  // "…named Ruben Amorim, with the Portuguese set to take charge on 11 November"
  if (!subjects.length && prev && RESTATEMENT.test(trig.cue) && prev.trig.event !== 'departure') subjects = inherit(prev);
  if (!subjects.length) subjects = clauseSubject(ctx, s, trig);
  if (!subjects.length) subjects = pluralSubject(ctx, s, trig.start, recent);
  return { subjects, objectEnd };
}

/** Keeps what later rules need of a draft: its date's standing, its paired change, the person's post. */
function record(ctx: EnContext, run: Run, d: EventDraft, date: DateChoice, chained: Previous | null, taken: EventDraft | undefined): void {
  // A departure and an appointment stated together share a date: "step down … and become", "replacing X".
  const pair = chained?.drafts.find((x) => x.personId === d.personId && x.type !== d.type) ?? taken ?? null;
  run.meta.set(d, { weak: date.weak && !!d.date, effective: date.effective && !!d.date, pair });
  if (d.role) ctx.facts.push({ personId: d.personId, orgId: d.orgId, role: d.role, at: d.trigger.start, source: 'event', government: false, former: false });
  const m = ctx.persons.find((p) => p.entityId === d.personId && p.start === d.evidence.start);
  if (m) run.recent.push(m);
}
