// One change read from its trigger: the draft for a person with the change's role (the title in the
// clause, a board seat, the post held before for a return), its organisation (named with the title or
// the trigger, the one announcing it, the person's, the article's), and the departures a succession
// implies ("X succeeds Y", "replacing Y", "will be replaced by Z").
import type { EventType, Mention, TextSpan } from '../../core/types.js';
import type { EventDraft } from '../events/types.js';
import { BOARD_MEMBER, boardSeatAt, factFor, orgAfterTrigger, orgOfRole, parentOf, reportingOrg, roleAt, sectionOrg, tenureIn, type RoleValue } from './arguments.js';
import { GOVERNMENT_KINDS, type EnContext, type EnRole, type Fact } from './context.js';
import type { DateChoice } from './event-dates.js';
import { pronounReferent, referents } from './referents.js';
import { objectsAfter, transparent, type Subject } from './subjects.js';
import { plausible } from './plausible.js';
import { clauseEnd, RESTATEMENT, RETURN, SUCCESSION, type Trigger } from './triggers.js';

const ROLE_REF = /^\s+(?:from\s+|up\s+)?(?:that|the|this|his|her)\s+(?:role|post|position|job)\b/;

export function draftFor(ctx: EnContext, s: TextSpan, trig: Trigger, subj: Subject, objectEnd: number, date: DateChoice): EventDraft | null {
  const end = clauseEnd(ctx, objectEnd, s.end);
  const type: EventType = SUCCESSION.test(trig.cue) ? 'appointment' : trig.event;
  const found = roleOf(ctx, trig, objectEnd, end, subj.personId, type);
  if (!plausible(ctx, trig, objectEnd, { clauseRole: !!found.role && found.source === 'clause', anyRole: !!found.role })) return null;
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
  // "would name Jörg Kukies … as Lindner's successor": the post the predecessor held.
  const successorOf = ctx.persons.find((p) => p.start >= from && p.start - from <= 120 && /\bas\s+(?:the\s+)?$/.test(ctx.low.slice(p.start - 8, p.start)) && /^['’]s\s+successor\b/.test(ctx.low.slice(p.end, p.end + 14)));
  const held = successorOf ? factFor(ctx, successorOf.entityId, trig.start, ['apposition', 'title', 'tenure', 'event']) : null;
  if (held?.role) return { ...none, role: held.role, source: 'fact' };
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

export function passiveSuccessors(ctx: EnContext, s: TextSpan, trig: Trigger, left: EventDraft[]): EventDraft[] {
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
export function successionDeparture(ctx: EnContext, s: TextSpan, trig: Trigger, subjects: Subject[], taken: EventDraft | undefined): EventDraft | null {
  const after = ctx.work.slice(trig.end, trig.end + 40);
  let person: { id: string; span: TextSpan } | null = null;
  const pron = /^\s+(him|her)\b/.exec(after);
  if (pron) {
    const at = trig.end + pron.index + pron[0].length - pron[1].length;
    const ref = pronounReferent(referents(ctx), at, pron[1] === 'her' ? 'f' : 'm', subjects.map((x) => x.personId));
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


/**
 * A departure's post and organisation from what the article says the person held, when the statement
 * does not name them: the fact nearest before it (else after it) about the same organisation.
 */
export function fillFromFacts(ctx: EnContext, d: EventDraft): void {
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
