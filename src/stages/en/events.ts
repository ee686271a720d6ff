// English personnel changes: a trigger (leaves, steps down, was named, joins … as, succeeds) with its
// person, organisation, role and date, unless it is quoted, negated, denied, hypothetical, continuing,
// background tenure, or a leave of absence. "X succeeds Y" also reports Y's departure.
import type { EventType, Mention, TextSpan } from '../../core/types.js';
import { findCues } from '../../dictionary/cues.js';
import type { EventDraft } from '../events/types.js';
import { BOARD_MEMBER, boardSeatAt, factFor, orgAfterTrigger, orgOfRole, parentOf, reportingOrg, roleAt, sectionOrg, tenureIn, type RoleValue } from './arguments.js';
import { cancelled } from './cancel.js';
import { consolidate, type DraftMeta } from './consolidate.js';
import { GOVERNMENT_KINDS, type EnContext, type EnRole, type Fact } from './context.js';
import { datesOf, isFuture, type DateChoice } from './event-dates.js';
import { pronounReferent } from './referents.js';
import { clauseSubject, objectsAfter, pluralSubject, referents, subjectBefore, transparent, type Subject } from './subjects.js';

interface Trigger {
  start: number;
  end: number;
  cue: string;
  event: EventType;
  frame: 'subj' | 'obj';
}

/** X succeeds/replaces Y: an appointment for X, a departure for Y; the participle only adds Y's departure. */
const SUCCESSION = /^(?:(?:will|to)\s+)?(?:succeed|succeeds|succeeded|replace|replaces|replaced)$|^(?:succeeding|replacing)$/;
const PARTICIPLE = /^(?:succeeding|replacing)$/;
/** Restate a change with its effective date: "will take office on July 1", "set to take charge on 11 November". */
const RESTATEMENT = /\b(?:take|takes|took|taking)\s+(?:office|charge|up\s+the\s+(?:role|post))\b|\bstart\s+the\s+job\b|^(?:will\s+|to\s+)?take(?:s)?\s+over$|^took\s+over$/;
/** Return to a post held before: its role is that post. */
const RETURN = /^(?:(?:will|to)\s+)?(?:return|returns|returned|returning|rejoin|rejoins|rejoined)(?:\s+(?:as|to))?$|reinstat|reappoint/;
/** Say nothing of a post by themselves: an event only with a role or an organisation. */
const NEEDS_ROLE = /^(?:(?:will|to|is\s+set\s+to)\s+)?(?:become|becomes|became)$|moved\s+to$|^(?:(?:will|to)\s+)?serve\s+as$|take(?:s)?\s+over$|^took\s+over$|^(?:(?:will|to|was|is)\s+)?(?:return|returns|returned|returning)(?:\s+to)?$/;
const CHAIN = /(?:\band|,|\bto|\bthen|\bonly\s+to|\bbefore)\s+(?:(?:will|would|also|then|later|eventually|be|is|was|set|to)\s+)*$/;
/** Whether a trigger continues the clause of the one before: "and become", ", replacing", "in August to become". */
const connected = (gap: string, cue: string) => !/\b(?:that|it|they|we)\s/.test(gap) && (CHAIN.test(gap) || (/^to\s/.test(cue) && !/[;:]|,\s+(?:who|which|when|but|while)\b/.test(gap)));
const ROLE_REF = /^\s+(?:from\s+|up\s+)?(?:that|the|this|his|her)\s+(?:role|post|position|job)\b/;

export function extractEventsEn(ctx: EnContext): EventDraft[] {
  const drafts: EventDraft[] = [];
  const meta = new Map<EventDraft, DraftMeta>();
  const recentSubjects: Mention[] = [];
  for (const s of ctx.sentences) {
    const trigs = triggersIn(ctx, s);
    const dates = datesOf(ctx, s, trigs.map((t) => ({ ...t, future: isFuture(ctx, s, t) })));
    let prev: { trig: Trigger; subjects: Subject[]; date: DateChoice; drafts: EventDraft[] } | null = null;
    trigs.forEach((trig, k) => {
      // A trigger's arguments lie before the next one: "left Larkspur in August to become CFO of Halcyon".
      const nextStart = trigs[k + 1]?.start ?? s.end;
      // Coordinated verbs share their time ("sacked X on Monday and appointed Y"); with no name
      // between them they also share their subject ("will step down … and become chairman").
      const linked = prev && connected(ctx.low.slice(prev.trig.end, trig.start), trig.cue) ? prev : null;
      const chained = linked && !ctx.persons.some((m) => m.start >= linked.trig.end && m.end <= trig.start && !/^,\s+who\b/.test(ctx.work.slice(m.end, m.end + 8))) ? linked : null;
      let subjects: Subject[];
      let objectEnd = trig.end;
      if (trig.frame === 'obj') {
        const objs = objectsAfter(ctx, trig.end, clauseEnd(ctx, trig.end, nextStart));
        subjects = objs.subjects;
        objectEnd = objs.end;
      } else {
        // "succeeded founder Jack Ma as chairman": the post comes after the person succeeded.
        if (SUCCESSION.test(trig.cue)) objectEnd = objectsAfter(ctx, trig.end, clauseEnd(ctx, trig.end, nextStart)).end;
        subjects = subjectBefore(ctx, s, trig.start);
        if (!subjects.length && chained) subjects = chained.subjects.map((x) => ({ ...x, how: 'chained' as const }));
        if (!subjects.length && prev && RESTATEMENT.test(trig.cue) && prev.trig.event !== 'departure') subjects = prev.subjects.map((x) => ({ ...x, how: 'chained' as const }));
        if (!subjects.length) subjects = clauseSubject(ctx, s, trig);
        if (!subjects.length) subjects = pluralSubject(ctx, s, trig.start, recentSubjects);
      }
      const date = dates[k].date || !linked ? dates[k] : linked.date;
      const made: EventDraft[] = [];
      if (subjects.length && !(trig.frame === 'subj' && PARTICIPLE.test(trig.cue))) {
        for (const subj of subjects) {
          const d = draftFor(ctx, { ...s, end: nextStart }, trig, subj, objectEnd, date);
          if (d) made.push(d);
        }
      }
      let taken: EventDraft | undefined;
      if (SUCCESSION.test(trig.cue)) {
        taken = PARTICIPLE.test(trig.cue) ? linked?.drafts.find((d) => d.type !== 'departure') : made[0];
        const out = successionDeparture(ctx, s, trig, subjects, taken);
        if (out) {
          // "to replace her": the successor takes the post she held.
          if (taken && !taken.role && out.role) {
            taken.role = out.role;
            taken.roleSource = 'fact';
          }
          made.push(out);
        }
      }
      // "will be replaced by Stephanie Pope": the successor takes the post.
      if (trig.event === 'departure' && /(?:replaced|succeeded)$/.test(trig.cue)) made.push(...passiveSuccessors(ctx, s, trig, made));
      for (const d of made) {
        const viaChain = subjects.some((x) => x.how === 'chained' && x.personId === d.personId);
        // A departure and an appointment stated together share a date: "step down … and become", "replacing X".
        const pair = viaChain ? chained?.drafts.find((x) => x.personId === d.personId && x.type !== d.type) : d.rule === 'en.departure.succession' ? taken : undefined;
        meta.set(d, { weak: date.weak && !!d.date, effective: date.effective && !!d.date, pair: pair ?? null });
        if (d.role) ctx.facts.push({ personId: d.personId, orgId: d.orgId, role: d.role, at: d.trigger.start, source: 'event', government: false, former: false });
        const m = ctx.persons.find((p) => p.entityId === d.personId && p.start === d.evidence.start);
        if (m) recentSubjects.push(m);
      }
      drafts.push(...made);
      prev = subjects.length ? { trig, subjects, date, drafts: made } : prev;
    });
  }
  consolidate(drafts, meta);
  for (const d of drafts) if (d.type === 'departure') fillFromFacts(ctx, d);
  return drafts;
}

/**
 * A departure's post and organisation from what the article says the person held, when the statement
 * does not name them: the fact nearest before it (else after it) about the same organisation.
 */
function fillFromFacts(ctx: EnContext, d: EventDraft): void {
  if (d.role) return;
  const fits = (f: Fact) => f.personId === d.personId && f.role && (!f.orgId || !d.orgId || f.orgId === d.orgId || d.orgSource === 'article');
  const mine = ctx.facts.filter(fits).sort((a, b) => a.at - b.at);
  const f = mine.filter((x) => x.at <= d.trigger.start).pop() ?? mine[0];
  if (!f) return;
  d.role = f.role;
  d.roleSource = f.source === 'event' ? 'fact' : 'apposition';
  if (f.orgId && (!d.orgId || d.orgSource === 'article')) {
    d.orgId = f.orgId;
    d.orgSource = 'apposition';
  }
}

/** Bare verbs that are also nouns ("his name is"): triggers only after a modal or "to" ("would name", "to hire"). */
const BARE = /^(?:name|hire|promote|fire|sack|oust|join|become|return|replace|succeed)$/;

function triggersIn(ctx: EnContext, s: TextSpan): Trigger[] {
  return findCues(ctx.low, ctx.cues, 'trigger', s.start, s.end)
    .filter((t) => !BARE.test(t.cue.cue) || /\b(?:will|would|shall|to|and|or|may|might|could|can|must|should|did|not)\s+(?:\w+\s+)?$/.test(ctx.low.slice(Math.max(s.start, t.start - 24), t.start)))
    .filter((t) => !cancelled(ctx, s, t))
    .map((t) => ({ start: t.start, end: t.end, cue: t.cue.cue, event: t.cue.event!, frame: t.cue.frame! }));
}

/** Where a trigger's clause ends: the next clause break or the sentence's end. */
function clauseEnd(ctx: EnContext, from: number, to: number): number {
  const k = ctx.low.slice(from, to).search(/[;:]|(?<!\b(?:from|of|in|at|on|to|for|with|by|up))\sthat\s(?!(?:role|post|position|job|date|day|month|year|time)\b)|,\s(?:after|before|while|but|who|which|according|replacing|succeeding|when|and\s+(?:he|she|it|the|its))\b|,\s(?:the\s+\w+|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)\s+(?:said|says|added)\b/u);
  return k < 0 ? to : from + k;
}

function draftFor(ctx: EnContext, s: TextSpan, trig: Trigger, subj: Subject, objectEnd: number, date: DateChoice): EventDraft | null {
  const end = clauseEnd(ctx, objectEnd, s.end);
  const type: EventType = SUCCESSION.test(trig.cue) ? 'appointment' : trig.event;
  const found = roleOf(ctx, trig, objectEnd, end, subj.personId, type);
  // "returned to the country": a return is to an organisation or a post.
  if (/^(?:was\s+)?(?:return|returns|returned|returning)\s+to$/.test(trig.cue) && !orgAfterTrigger(ctx, objectEnd, false) && (!found.role || found.source === 'fact')) return null;
  if (type !== 'departure' && NEEDS_ROLE.test(trig.cue) && !found.role && !orgAfterTrigger(ctx, objectEnd, false) && !/^\s+(?:as\s+)?(?:interim|acting)\b/.test(ctx.low.slice(objectEnd, objectEnd + 20))) return null;
  let org = orgOf(ctx, s, trig, type, found, objectEnd, end, subj.personId);
  let role = found.role;
  // "executive vice president and CEO of Microsoft AI": the unit is Microsoft's, and part of the title.
  const parent = org?.source === 'clause' && found.span && role && org.span.start >= found.span.end ? parentOf(ctx, org.id) : null;
  if (parent && org && role) {
    const unit = ctx.registry.get(org.id)!.name;
    role = { text: ctx.text.slice(found.span!.start, org.span.end), en: role.en ? `${role.en} of ${unit}` : null };
    org = { ...org, id: parent };
  }
  const start = Math.min(subj.span.start, trig.start);
  const stop = Math.max(trig.end, objectEnd, found.end ?? 0, org?.source === 'clause' ? org.span.end : 0, subj.span.end);
  return {
    type,
    personId: subj.personId,
    orgId: org?.id ?? null,
    orgSource: org?.source ?? null,
    role,
    roleSource: role ? found.source : null,
    date: date.date,
    quote: null,
    evidence: { start, end: stop, text: ctx.text.slice(start, stop) },
    trigger: { start: trig.start, end: trig.end, text: ctx.text.slice(trig.start, trig.end) },
    confidence: subj.confidence * (role || org?.source === 'clause' ? 1 : 0.92),
    rule: `en.${type}.${trig.frame}${subj.how === 'subject' ? '' : `-${subj.how}`}`,
  };
}

interface FoundRole {
  role: RoleValue | null;
  /** For a board seat: the organisation whose board it is, when the sentence says. */
  boardOf?: Mention | null;
  source: NonNullable<EventDraft['roleSource']>;
  end: number | null;
  span: { start: number; end: number } | null;
  kind: EnRole['kind'] | null;
}

function roleOf(ctx: EnContext, trig: Trigger, from: number, to: number, personId: string, type: EventType): FoundRole {
  const none: FoundRole = { role: null, source: 'clause', end: null, span: null, kind: null };
  // "as ROLE", "to ROLE", "was named ROLE", "will join X as ROLE".
  // "after several years as a research scientist" is a tenure, not the new post.
  const tenure = (at: number) => {
    const before = ctx.low.slice(Math.max(0, at - 16), at);
    return /\b(?:years?|months?|decades?|stint|spell|career)\s+$/.test(before) && !/\b(?:last|this|next|that|same)\s+(?:year|month)\s+$/.test(before);
  };
  const lead = [...ctx.low.slice(from, Math.min(to, from + 110)).matchAll(/\b(?:as|to)\s/g)].filter((m) => !tenure(from + m.index!));
  // Right after the trigger ("was named chief executive") unless an aside starts there.
  const starts = /^\s*,/.test(ctx.work.slice(from, from + 3)) ? [] : [from];
  for (const at of [...starts, ...lead.map((m) => from + m.index!)]) {
    const r = roleAt(ctx, at, to);
    if (r) return { role: r.role, source: 'clause', end: r.end, span: { start: r.start, end: r.end }, kind: r.kind };
  }
  if (type === 'departure') {
    const t = tenureIn(ctx, from, to);
    if (t.role) return { role: t.role.role, source: 'clause', end: t.role.end, span: null, kind: t.role.kind };
  }
  const seat = boardSeatAt(ctx, from);
  if (seat || (type === 'departure' && /\b(?:board|directors)\s*,\s+(?:which|that)\s+(?:he|she)\s+$/.test(ctx.low.slice(Math.max(0, trig.start - 60), trig.start)))) return { ...none, role: BOARD_MEMBER, boardOf: seat?.org ?? null };
  // "will step down from that role", "will take up the role on June 1", "will take office", "returns".
  if (ROLE_REF.test(ctx.low.slice(from, from + 30)) || RESTATEMENT.test(trig.cue) || RETURN.test(trig.cue)) {
    const f = factFor(ctx, personId, trig.start, ['event', 'apposition', 'title', 'tenure']);
    if (f?.role) return { ...none, role: f.role, source: 'fact' };
  }
  return none;
}

function orgOf(ctx: EnContext, s: TextSpan, trig: Trigger, type: EventType, found: FoundRole, from: number, to: number, personId: string): { id: string; span: TextSpan; source: NonNullable<EventDraft['orgSource']> } | null {
  const clause = (m: Mention | null | undefined) => (m ? { id: m.entityId, span: m as TextSpan, source: 'clause' as const } : null);
  const fromRole = found.span ? orgOfRole(ctx, found.span, to) : null;
  const direct = orgAfterTrigger(ctx, from, type === 'departure') ?? (type === 'departure' ? tenureIn(ctx, from, to).org : null);
  const subjectOrg = trig.frame === 'obj' ? ctx.orgs.filter((o) => o.start >= s.start && o.end <= trig.start && transparent(ctx, o.end, trig.start)).pop() : null;
  const got = clause(fromRole ?? found.boardOf ?? (trig.frame === 'obj' ? subjectOrg : direct));
  if (got) return got;
  const rep = reportingOrg(ctx, s);
  if (rep && rep.start < trig.start) return { id: rep.entityId, span: rep, source: 'sentence' };
  const joining = /join|hire/.test(trig.cue);
  const fact = factFor(ctx, personId, trig.start, type === 'departure' ? ['apposition', 'title', 'tenure', 'event'] : ['apposition', 'title']);
  if (fact?.orgId && (type === 'departure' || (!joining && !fact.former))) return { id: fact.orgId, span: spanOf(ctx, trig), source: 'apposition' };
  if (rep) return { id: rep.entityId, span: rep, source: 'sentence' };
  const government = found.role ? (found.kind && GOVERNMENT_KINDS.has(found.kind)) || /\b(?:Minister|Secretary|Chancellor|Paymaster)\b/.test(found.role.en ?? '') : fact?.government;
  if (government) return null;
  const fallback = sectionOrg(ctx, trig.start) ?? ctx.mainOrg;
  return fallback ? { id: fallback, span: spanOf(ctx, trig), source: 'article' } : null;
}

function passiveSuccessors(ctx: EnContext, s: TextSpan, trig: Trigger, left: EventDraft[]): EventDraft[] {
  const by = /^\s+by\s+/.exec(ctx.low.slice(trig.end, trig.end + 8));
  const out = left[0];
  if (!by || !out) return [];
  return objectsAfter(ctx, trig.end + by[0].length - 1, clauseEnd(ctx, trig.end, s.end)).subjects.map((x) => {
    const end = Math.max(trig.end, x.span.end);
    return {
      ...out,
      type: 'appointment' as const,
      personId: x.personId,
      roleSource: out.role ? ('fact' as const) : null,
      evidence: { start: trig.start, end, text: ctx.text.slice(trig.start, end) },
      confidence: 0.85,
      rule: 'en.appointment.replaced-by',
    };
  });
}

const spanOf = (ctx: EnContext, t: { start: number; end: number }): TextSpan => ({ start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end) });

/** "X succeeds Y", "replacing Y", "will succeed him": Y leaves the post X takes. */
function successionDeparture(ctx: EnContext, s: TextSpan, trig: Trigger, subjects: Subject[], taken: EventDraft | undefined): EventDraft | null {
  const after = ctx.work.slice(trig.end, trig.end + 40);
  let person: { id: string; span: TextSpan } | null = null;
  const pron = /^\s+(him|her)\b/.exec(after);
  if (pron) {
    const at = trig.end + pron.index + pron[0].length - pron[1].length;
    const ref = pronounReferent(referents(ctx), at, pron[1] === 'her' ? 'f' : 'm');
    if (ref) person = { id: ref.entityId, span: { start: at, end: at + pron[1].length, text: ctx.text.slice(at, at + pron[1].length) } };
  } else {
    const objs = objectsAfter(ctx, trig.end, clauseEnd(ctx, trig.end, s.end));
    if (objs.subjects.length === 1) person = { id: objs.subjects[0].personId, span: objs.subjects[0].span };
  }
  if (!person || subjects.some((x) => x.personId === person!.id)) return null;
  // The post is the one the successor takes ("promoted to chief secretary, replacing John Glen"),
  // named here or in the successor's last change ("was named CFO. She replaces Erik Sandberg").
  const held = factFor(ctx, person.id, trig.start, ['event', 'apposition', 'title', 'tenure']);
  const takerFact = subjects[0] ? factFor(ctx, subjects[0].personId, trig.start, ['event']) : null;
  const role = taken?.role ?? takerFact?.role ?? held?.role ?? null;
  const orgId = taken?.orgId ?? held?.orgId ?? null;
  const start = trig.start;
  const end = Math.max(trig.end, person.span.end);
  return {
    type: 'departure',
    personId: person.id,
    orgId,
    orgSource: orgId ? (taken?.orgSource ?? 'fact') : null,
    role,
    roleSource: role ? 'fact' : null,
    date: null,
    quote: null,
    evidence: { start, end, text: ctx.text.slice(start, end) },
    trigger: { start: trig.start, end: trig.end, text: ctx.text.slice(trig.start, trig.end) },
    confidence: 0.8,
    rule: 'en.departure.succession',
  };
}

