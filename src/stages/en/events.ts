// English personnel changes: a trigger (leaves, steps down, was named, joins … as) with its person,
// organisation, role and date, unless negated, denied, hypothetical, continuing, or inside a quote.
import { findCues, type CueSet } from '../../dictionary/cues.js';
import type { Entity, Mention, TextSpan } from '../../core/types.js';
import type { AffiliationFact, EventDraft, EventInput, RoleSpan, TimeSpan } from '../events/types.js';

const PRONOUN = /\b(he|she)\b/gi;
/** Words that may stand between a subject and its verb without changing who acts. */
const GAP_WORDS = new Set(
  ('is was were are be been being has have had will shall also officially formally abruptly quietly suddenly recently now then later subsequently ultimately eventually ' +
    'just already both all each together jointly said says announced announces confirmed confirms that told tells staff employees decided decides to and ' +
    'himself herself who which finally last week this year month today yesterday effectively immediately formally publicly on wednesday reportedly ' +
    'would is set expected plans planning going about soon abruptly unexpectedly effective has had has been in a memo note post statement letter').split(' '),
);
const CLAUSE_BREAK = /[;:]|\band\s+(?:that|then)\b/;

interface Ctx {
  input: EventInput;
  low: string;
  cues: CueSet;
  persons: Mention[];
  orgs: Mention[];
  facts: AffiliationFact[];
  mainOrg: string | null;
  genderOf: (e: Entity | undefined) => 'f' | 'm' | null;
}

export interface EnglishEventOptions {
  genderOf: Ctx['genderOf'];
}

export function lowerSameLength(s: string): string {
  const low = s.toLowerCase();
  return low.length === s.length ? low : [...s].map((c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

export function englishContext(input: EventInput, cues: CueSet, options: EnglishEventOptions): Ctx {
  const persons = input.mentions.filter((m) => m.type === 'person');
  const orgs = input.mentions.filter((m) => m.type === 'org');
  const count = new Map<string, number>();
  for (const o of orgs) count.set(o.entityId, (count.get(o.entityId) ?? 0) + 1);
  const mainOrg = [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const ctx: Ctx = { input, low: lowerSameLength(input.work), cues, persons, orgs, facts: [], mainOrg, genderOf: options.genderOf };
  ctx.facts.push(...appositionFacts(ctx));
  return ctx;
}

export function extractEventsEn(ctx: Ctx): EventDraft[] {
  const drafts: EventDraft[] = [];
  let lastDate: EventDraft['date'] = null;
  for (const s of ctx.input.sentences) {
    const found = sentenceEvents(ctx, s, lastDate);
    drafts.push(...found);
    const dated = found.find((d) => d.date);
    if (dated) lastDate = dated.date;
  }
  for (const d of drafts) fillArguments(ctx, d);
  return drafts;
}

export function quotedRangesEn(work: string, from: number, to: number): TextSpan[] {
  const out: TextSpan[] = [];
  for (let i = from; i < to; i++) {
    const c = work[i];
    const close = c === '“' ? '”' : c === '"' ? '"' : c === '‘' && !/\w/.test(work[i - 1] ?? '') ? '’' : null;
    if (!close) continue;
    let j = work.indexOf(close, i + 1);
    // ’ is also an apostrophe: a closing ’ must not sit between letters.
    while (close === '’' && j > 0 && /\w/.test(work[j + 1] ?? '')) j = work.indexOf(close, j + 1);
    if (j < 0 || work.slice(i, j).includes('\n')) continue;
    out.push({ start: i, end: j + 1, text: work.slice(i, j + 1) });
    i = j;
  }
  return out;
}

function sentenceEvents(ctx: Ctx, s: TextSpan, previousDate: EventDraft['date']): EventDraft[] {
  const { input, low, cues } = ctx;
  const out: EventDraft[] = [];
  const quoted = quotedRangesEn(input.work, s.start, s.end);
  const blockers = findCues(low, cues, 'blocker', s.start, s.end);
  const negations = findCues(low, cues, 'negation', s.start, s.end);
  const denials = findCues(low, cues, 'denial', s.start, s.end);
  const hypos = findCues(low, cues, 'hypothetical', s.start, s.end);
  const continuing = findCues(low, cues, 'continuation', s.start, s.end);
  const tenure = findCues(low, cues, 'tenure', s.start, s.end);
  const times = input.times(s.start, s.end);
  const roles = input.roles(s.start, s.end);
  for (const trig of findCues(low, cues, 'trigger', s.start, s.end)) {
    if (quoted.some((q) => trig.start > q.start && trig.end < q.end)) continue;
    if (blockers.some((b) => b.start <= trig.start && b.end >= trig.end)) continue;
    const head = low.slice(Math.max(s.start, trig.start - 24), trig.start);
    if (negations.some((n) => n.end <= trig.start && trig.start - n.end <= 12 && !/[,.;]/.test(low.slice(n.end, trig.start)))) continue;
    if (denials.some((d) => d.end <= trig.start)) continue;
    if (hypos.some((h) => h.end <= trig.start && trig.start - h.end <= 40 && !/[;.]/.test(low.slice(h.end, trig.start)))) continue;
    if (continuing.some((c) => c.end <= trig.start && trig.start - c.end <= 20)) continue;
    if (tenure.some((t) => t.end <= trig.start && trig.start - t.end <= 30 && !/,\s/.test(low.slice(t.end, trig.start)))) continue;
    void head;
    const subjects = findSubjects(ctx, s, trig);
    if (!subjects.length) continue;
    const event = trig.cue.event!;
    const clauseEnd = nextBreak(low, trig.end, s.end);
    const role = roles.find((r) => r.start >= trig.end && r.start - trig.end <= 40 && r.end <= clauseEnd && !r.former) ?? null;
    if (event !== 'departure' && !role && !orgAfter(ctx, trig.end, clauseEnd) && /^(?:becomes|became|will become|to become|is set to become)$/.test(trig.cue.cue)) continue;
    const org = pickOrg(ctx, trig.end, clauseEnd, role);
    const date = pickDate(times, trig, previousDate);
    for (const subj of subjects) {
      const start = Math.min(subj.span.start, trig.start);
      const end = Math.max(trig.end, role ? role.end : 0, org?.source === 'clause' ? org.span.end : 0, subj.span.end);
      const draft: EventDraft = {
        type: event,
        personId: subj.personId,
        orgId: org?.id ?? null,
        orgSource: org?.source ?? null,
        role: role ? { text: role.text, en: role.en } : null,
        roleSource: role ? 'clause' : null,
        date,
        quote: null,
        evidence: { start, end, text: input.text.slice(start, end) },
        trigger: { start: trig.start, end: trig.end, text: input.text.slice(trig.start, trig.end) },
        confidence: subj.confidence * (role || org?.source === 'clause' ? 1 : 0.92),
        rule: `en.${event}.${trig.cue.frame}${subj.how === 'subject' ? '' : `-${subj.how}`}`,
      };
      out.push(draft);
      if (event !== 'departure' && (role || org)) ctx.facts.push({ personId: subj.personId, orgId: org?.id ?? null, role: draft.role, at: trig.start, source: 'event' });
    }
  }
  return out;
}

function nextBreak(low: string, from: number, to: number): number {
  const rest = low.slice(from, to);
  const k = rest.search(/[;:]|,\s(?:after|before|while|but|and|who|which|according)\b/);
  return k < 0 ? to : from + k;
}

interface Subject {
  personId: string;
  span: TextSpan;
  confidence: number;
  how: 'subject' | 'pronoun' | 'object' | 'coordinated';
}

function findSubjects(ctx: Ctx, s: TextSpan, trig: { start: number; end: number; cue: { frame: 'subj' | 'obj' | null } }): Subject[] {
  const { input } = ctx;
  if (trig.cue.frame === 'obj') {
    const after = ctx.persons.find((m) => m.start >= trig.end && m.start - trig.end <= 24 && /^[\s\w'’-]*$/.test(input.work.slice(trig.end, m.start)) && !/\b(?:by|from|to|of)\b/.test(ctx.low.slice(trig.end, m.start)));
    if (after) return [{ personId: after.entityId, span: after, confidence: 0.9, how: 'object' }];
    return [];
  }
  const subject = nearestSubject(ctx, s.start, trig.start);
  if (!subject) return [];
  return [...coordinated(ctx, subject), subject];
}

/** Removes appositions (", OpenAI's chief technology officer,") and quoted or bracketed asides. */
function strip(gap: string): string {
  return gap
    .replace(/^,\s[^,]{1,90},\s*/, ' ')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/["“”]/g, ' ');
}

function transparent(ctx: Ctx, from: number, to: number): boolean {
  if (to - from > 140) return false;
  let gap = ctx.low.slice(from, to);
  // Blank times and organisation names inside the gap.
  const blanks = [...ctx.input.times(from, to), ...ctx.orgs.filter((o) => o.start >= from && o.end <= to)];
  for (const b of blanks) gap = gap.slice(0, b.start - from) + ' '.repeat(b.end - b.start) + gap.slice(b.end - from);
  gap = strip(gap);
  if (CLAUSE_BREAK.test(gap)) return false;
  const words = gap.split(/[^a-z']+/).filter(Boolean);
  return words.length <= 12 && words.every((w) => GAP_WORDS.has(w) || /^(?:to|the|company|firm)$/.test(w));
}

function nearestSubject(ctx: Ctx, from: number, to: number): Subject | null {
  const persons = ctx.persons.filter((m) => m.start >= from && m.end <= to);
  let pronoun: { start: number; end: number } | null = null;
  for (const m of ctx.input.work.slice(from, to).matchAll(PRONOUN)) pronoun = { start: from + m.index!, end: from + m.index! + m[0].length };
  const last = persons[persons.length - 1];
  if (pronoun && (!last || pronoun.start > last.end) && transparent(ctx, pronoun.end, to)) {
    const ref = pronounReferent(ctx, pronoun.start, ctx.low.slice(pronoun.start, pronoun.end) === 'she' ? 'f' : 'm');
    if (ref) return { personId: ref.entityId, span: { start: pronoun.start, end: pronoun.end, text: ctx.input.text.slice(pronoun.start, pronoun.end) }, confidence: 0.78, how: 'pronoun' };
    return null;
  }
  for (let k = persons.length - 1; k >= 0; k--) {
    const m = persons[k];
    const before = ctx.low.slice(Math.max(from, m.start - 12), m.start);
    // The object of a verb or preposition is not the subject (the board fired Altman; told Murati).
    if (/\b(?:by|from|to|with|fired|ousted|replaced|replace|succeed|succeeds|told|of|for|about|than)\s+$/.test(before)) continue;
    if (transparent(ctx, m.end, to)) return { personId: m.entityId, span: m, confidence: 0.92, how: 'subject' };
    return null;
  }
  return null;
}

/** He/she: the nearest person before, of a fitting gender when the given name tells it. */
function pronounReferent(ctx: Ctx, at: number, gender: 'f' | 'm'): Mention | null {
  const prior = ctx.persons.filter((m) => m.end <= at && at - m.end < 600);
  for (let k = prior.length - 1; k >= 0; k--) {
    const g = ctx.genderOf(ctx.input.registry.get(prior[k].entityId));
    if (!g || g === gender) return prior[k];
  }
  return null;
}

/** "Bob McGrew, the company's chief research officer, and Barret Zoph": persons listed before the subject. */
function coordinated(ctx: Ctx, subject: Subject): Subject[] {
  const out: Subject[] = [];
  let cur = subject.span;
  for (;;) {
    const prev = ctx.persons.filter((m) => m.end <= cur.start && cur.start - m.end <= 100).pop();
    if (!prev) break;
    const gap = strip(ctx.low.slice(prev.end, cur.start)).trim();
    if (!/^(?:,?\s*and|,|&)$/.test(gap)) break;
    out.unshift({ personId: prev.entityId, span: prev, confidence: subject.confidence, how: 'coordinated' });
    cur = prev;
  }
  return out;
}

function orgAfter(ctx: Ctx, from: number, to: number): Mention | undefined {
  return ctx.orgs.find((o) => o.start >= from && o.end <= to && o.start - from <= 30);
}

function pickOrg(ctx: Ctx, from: number, to: number, role: RoleSpan | null): { id: string; span: TextSpan; source: NonNullable<EventDraft['orgSource']> } | null {
  // OpenAI's interim CEO; CFO at Intel; joins Anthropic as; leaving OpenAI.
  if (role) {
    const poss = ctx.orgs.find((o) => o.end <= role.start && role.start - o.end <= 4 && /^(?:['’]s)?\s*$/.test(ctx.input.work.slice(o.end, role.start)));
    if (poss) return { id: poss.entityId, span: poss, source: 'clause' };
    const at = ctx.orgs.find((o) => o.start >= role.end && o.start - role.end <= 8 && /^\s*(?:at|of|for|with)\s+(?:the\s+)?$/i.test(ctx.input.work.slice(role.end, o.start)));
    if (at) return { id: at.entityId, span: at, source: 'clause' };
  }
  const o = orgAfter(ctx, from, to);
  if (o && (!role || o.start < role.start || o.start - role.end <= 8)) return { id: o.entityId, span: o, source: 'clause' };
  return null;
}

function pickDate(times: TimeSpan[], trig: { start: number }, previous: EventDraft['date']): EventDraft['date'] {
  const usable = times.filter((t) => t.kind === 'point' && t.value);
  if (usable.length) {
    const t = usable.reduce((a, b) => (Math.abs(b.start - trig.start) < Math.abs(a.start - trig.start) ? b : a));
    return { value: t.value!, span: t, relative: t.relative };
  }
  // "days later", "hours later": the date of the change just reported, at month precision.
  const later = times.find((t) => t.kind === 'anchored-elsewhere' && /^(?:hours|days|a day|the next day|the following day|a few days)\b/i.test(t.text));
  if (later && previous) return { value: previous.value.slice(0, 7), span: later, relative: true };
  return null;
}

/** Appositions: "Mira Murati, OpenAI's chief technology officer," and "chief executive Sam Altman". */
function appositionFacts(ctx: Ctx): AffiliationFact[] {
  const { work } = ctx.input;
  const facts: AffiliationFact[] = [];
  for (const p of ctx.persons) {
    const after = ctx.input.roles(p.end, Math.min(work.length, p.end + 90)).find((r) => /^,\s+(?:(?:the|a|an|its|his|her)\s+)?(?:[\w.&’'-]+(?:['’]s)?\s+){0,3}$/.test(work.slice(p.end, r.start)) && !r.former);
    // "chief executive Sam Altman": a title right before the name (a comma between them ends a clause:
    // "…the new senior vice president of research, Altman said").
    const before = ctx.input.roles(Math.max(0, p.start - 60), p.start).filter((r) => /^ $/.test(work.slice(r.end, p.start)) && !r.former).pop();
    const r = after ?? before;
    if (!r) continue;
    const lo = Math.min(r.start, p.start) - 30;
    const org = ctx.orgs.filter((o) => o.end <= r.start && o.start >= lo && /^(?:['’]s)?\s*$/.test(work.slice(o.end, r.start))).pop()
      ?? ctx.orgs.find((o) => o.start >= r.end && o.start - r.end <= 8 && /^\s*(?:at|of)\s+$/.test(work.slice(r.end, o.start)));
    facts.push({ personId: p.entityId, orgId: org?.entityId ?? null, role: { text: r.text, en: r.en }, at: p.start, source: 'apposition' });
  }
  return facts;
}

/** Role and organisation from what the article says of the person, then the sentence, then the article. */
function fillArguments(ctx: Ctx, d: EventDraft): void {
  const mine = ctx.facts.filter((f) => f.personId === d.personId && f.source === 'apposition');
  const fact = mine.filter((f) => f.at <= d.trigger.start).pop() ?? mine[0];
  // "was reinstated" / "returns as": the role is the one held before.
  const back = d.type === 'appointment' && !d.role && /reinstat|return/i.test(d.trigger.text);
  if ((d.type === 'departure' || back) && fact) {
    if (!d.role && fact.role) {
      d.role = fact.role;
      d.roleSource = 'apposition';
    }
    if (fact.orgId && (!d.orgId || d.orgSource === 'article')) {
      d.orgId = fact.orgId;
      d.orgSource = 'apposition';
    }
  }
  if (!d.orgId) {
    const s = ctx.input.sentences.find((x) => x.start <= d.trigger.start && d.trigger.start < x.end)!;
    const near = ctx.orgs.filter((o) => o.start >= s.start && o.end <= s.end).sort((a, b) => Math.abs(a.start - d.trigger.start) - Math.abs(b.start - d.trigger.start))[0];
    if (near && d.type !== 'departure') {
      d.orgId = near.entityId;
      d.orgSource = 'sentence';
    } else if (ctx.mainOrg) {
      d.orgId = fact?.orgId ?? ctx.mainOrg;
      d.orgSource = fact?.orgId ? 'fact' : 'article';
    }
  }
}

export type { Ctx as EnglishContext };
