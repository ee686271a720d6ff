// The role and organisation of a change, read where English news puts them: "as ROLE", "to ROLE",
// "ROLE of ORG", "ORG's ROLE", "joined ORG", "leaving ORG"; the board as a post ("rejoin Intel's
// board" is a board seat); and what the article says of the person elsewhere (facts): an apposition
// ("Mira Murati, OpenAI's chief technology officer,"), a title before the name ("Chief Financial
// Officer J. Michael Harlan"), a tenure ("who has served as COO since 2021").
import type { Mention, TextSpan } from '../../core/types.js';
import { findRolesEn } from '../roles/index.js';
import { GOVERNMENT_KINDS, within, type EnContext, type EnRole, type Fact } from './context.js';

export type RoleValue = { text: string; en: string | null };

/** Words allowed between "as"/"to" and the title: "as its next CEO", "to the newly created post of president". */
const ROLE_LEAD = /^\s*(?:(?:as|to|into)\s+)?(?:(?:the|a|an|its|their|his|her|our|new|next|first|permanent|sole|newly|created|post|position|role|job|of|\d+(?:st|nd|rd|th))\s+)*/;
/** Then perhaps an organisation or a qualifier: "OpenAI's interim CEO", "the university's president", "England head coach", "health secretary". */
const ROLE_QUALIFIER = /^(?:(?:[\p{L}&.-]+\s+){0,2}[\p{L}&.-]+['’]s\s+|(?:\p{Lu}[\p{L}&.-]*\s+){1,3}|(?!(?:become|be|serve|lead|run|head|join|take|start|replace|succeed|return|help|oversee|work|pursue|focus)\s)\p{Ll}+\s+)/u;
const BOARD_SEAT = /^\s*(?:(?:serve|served|serving|sit|sits)\s+on\s+)?(?:the\s+|its\s+)?(?:(?:\p{Lu}[\p{L}&.-]*\s*){1,3}['’]s\s+)?board\b/u;
export const BOARD_MEMBER: RoleValue = { text: 'board', en: 'Board Member' };

/** Titles joined by "and" are one post: "president and chief executive", "executive vice president and CFO". */
export function roleFrom(ctx: EnContext, first: EnRole): { role: RoleValue; start: number; end: number; kind: EnRole['kind'] } {
  const parts = [first];
  for (;;) {
    const last = parts[parts.length - 1];
    const next = ctx.roles.find((r) => r.start > last.end && /^\s*(?:,\s*)?(?:and|&)\s+(?:[\p{L}&.-]+['’]s\s+)?$/u.test(ctx.work.slice(last.end, r.start)));
    if (!next || next.former) break;
    parts.push(next);
  }
  // A founder is no post one is named to or leaves (co-founder and CTO → CTO).
  const posts = parts.filter((r) => r.kind !== 'founder');
  const use = posts.length ? posts : parts;
  const end = parts[parts.length - 1].end;
  const text = use.length === 1 ? use[0].text : ctx.text.slice(use[0].start, use[use.length - 1].end);
  const en = use.every((r) => r.en) ? use.map((r) => r.en).join(' and ') : (use[0].en ?? null);
  return { role: { text, en }, start: first.start, end, kind: use[0].kind };
}

/** The title introduced right at `at` (after "as", "to", determiners, perhaps a qualifier), before `to`. */
export function roleAt(ctx: EnContext, at: number, to: number): ReturnType<typeof roleFrom> | null {
  const lead = (from: number) => from + ROLE_LEAD.exec(ctx.work.slice(from, to))![0].length;
  const first = lead(at);
  const q = ROLE_QUALIFIER.exec(ctx.work.slice(first, to));
  for (const pos of q ? [first, lead(first + q[0].length)] : [first]) {
    const r = ctx.roles.find((x) => x.start === pos && x.end <= to && !x.former && x.kind !== 'founder') ?? pluralRole(ctx, pos, to);
    if (r) return roleFrom(ctx, r);
  }
  return null;
}

/** "as interim co-chief executives": the title lexicon knows the singular. */
function pluralRole(ctx: EnContext, at: number, to: number): EnRole | null {
  const m = /^((?:[\p{L}-]+\s+){0,4}[\p{L}-]+?)s\b/u.exec(ctx.work.slice(at, to));
  if (!m) return null;
  const r = findRolesEn(m[1])[0];
  if (!r || r.start !== 0 || r.end !== m[1].length || r.former) return null;
  const end = at + m[0].length;
  return { start: at, end, text: ctx.text.slice(at, end), en: r.en, former: false, kind: r.kind };
}

/** "after nine years as Chairman", "after 22 years at Harbor Crest": the post or organisation being left. */
export function tenureIn(ctx: EnContext, from: number, to: number): { role: ReturnType<typeof roleFrom> | null; org: Mention | null } {
  const m = /\bafter\s+(?:(?:more\s+than|nearly|almost|about|a\s+little\s+over|over)\s+)?(?:[\w-]+\s+){0,2}(?:years?|decades?|months?)\s+(as|at|with)\s+(?:the\s+|its\s+)?/i.exec(ctx.work.slice(from, to));
  if (!m) return { role: null, org: null };
  const at = from + m.index + m[0].length;
  if (m[1] === 'as') return { role: roleAt(ctx, at, to), org: null };
  return { role: null, org: ctx.orgs.find((o) => o.start === at) ?? null };
}

/** "join the board of OpenAI", "rejoin Intel's board": a board seat, and whose board it is. */
export function boardSeatAt(ctx: EnContext, at: number): { org: Mention | null } | null {
  const m = BOARD_SEAT.exec(ctx.work.slice(at, at + 60));
  if (!m) return null;
  const end = at + m[0].length;
  const own = ctx.orgs.find((o) => o.start >= at && o.end <= end);
  const of = ctx.orgs.find((o) => o.start >= end && /^\s+of\s+(?:directors\s+of\s+)?(?:the\s+)?$/.test(ctx.work.slice(end, o.start)));
  return { org: own ?? of ?? null };
}

/** The organisation a title names: "OpenAI's interim CEO", "CFO of Halcyon Studios", "a vice president role at Google". */
export function orgOfRole(ctx: EnContext, r: { start: number; end: number }, to: number): Mention | null {
  const before = ctx.orgs.filter((o) => o.end <= r.start && /^(?:['’]s)?\s+(?:(?:co-)?founder\s+and\s+)?$|^['’]s\s+(?:[a-z-]+\s+){0,2}$/.test(ctx.work.slice(o.end, r.start))).pop();
  if (before) return before;
  return ctx.orgs.find((o) => o.start >= r.end && o.end <= to && /^\s+(?:role\s+)?(?:of|at|in|for|with)\s+(?:(?:the|a|an|its|new|[a-z-]+)\s+){0,4}(?:(?:at|of|in)\s+(?:the\s+)?)?$/.test(ctx.work.slice(r.end, o.start))) ?? null;
}

/** The organisation a unit is named after: Microsoft AI → Microsoft, Intel Products → Intel (when both are in the article). */
export function parentOf(ctx: EnContext, orgId: string): string | null {
  const unit = ctx.registry.get(orgId);
  if (!unit) return null;
  for (const id of new Set(ctx.orgs.map((o) => o.entityId))) {
    const p = ctx.registry.get(id);
    if (id !== orgId && p && unit.name.startsWith(`${p.name} `)) return id;
  }
  return null;
}

/** An organisation right after the trigger: "joined Corvane", "leave JPMorgan", "moved to the Home Office". */
export function orgAfterTrigger(ctx: EnContext, at: number, departure: boolean): Mention | null {
  const o = ctx.orgs.find((x) => x.start >= at && x.start - at <= 40);
  if (!o) return null;
  // "join its rival Anthropic", "joined the French retailer Decathlon": a description may come first.
  const gap = ctx.work.slice(at, o.start);
  if (/^\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,3}$/.test(gap) && !/\b(?:from|by|for|of|and|as|to|at|with|in)\s/.test(gap)) return o;
  return /^\s+(?:to|at|with)\s+(?:the\s+)?$/.test(gap) || (departure && /^\s+from\s+(?:the\s+)?$/.test(gap)) ? o : null;
}

/** "Corvane said …", "Lakeshore said Nwosu will …", "…, Microsoft said.": who announces the change. */
export function reportingOrg(ctx: EnContext, s: TextSpan): Mention | null {
  const inS = within(ctx.orgs, s.start, s.end);
  const lead = inS.find((o) => /^(?:['’]s\s+board)?\s+(?:also\s+|on\s+\w+\s+)?(?:said|says|announced|announces|confirmed|confirms|named|names|told)\b/.test(ctx.work.slice(o.end, o.end + 40)));
  if (lead) return lead;
  return inS.find((o) => /^,\s*$/.test(ctx.work.slice(Math.max(s.start, o.start - 2), o.start)) && /^\s+(?:said|says|announced)[.,]/.test(ctx.work.slice(o.end, o.end + 12))) ?? null;
}

/** The organisation a list entry is about: "* Hanbit Chemical (Seoul) — …". */
export function sectionOrg(ctx: EnContext, at: number): string | null {
  const p = ctx.paragraphs.find((x) => x.start <= at && at <= x.end);
  if (!p) return null;
  const lead = /^\s*(?:[*•·-]\s+)?/.exec(p.text)![0].length;
  const o = ctx.orgs.find((x) => x.start === p.start + lead);
  return o && /^\s*(?:\([^)]*\)\s*)?(?:—|--|–|:)/.test(ctx.work.slice(o.end, o.end + 40)) ? o.entityId : null;
}

/** Facts from appositions, titles before names and tenure clauses, for every person mention. */
export function buildFacts(ctx: EnContext): Fact[] {
  const { work } = ctx;
  const facts: Fact[] = [];
  const add = (p: Mention, r: EnRole, source: Fact['source']) => {
    const full = roleFrom(ctx, r);
    // Founding a company is no post one holds or leaves.
    if (full.kind === 'founder') return;
    const org = orgOfRole(ctx, { start: r.start, end: full.end }, Math.min(work.length, full.end + 60));
    facts.push({ personId: p.entityId, orgId: org?.entityId ?? null, role: full.role, at: p.start, source, government: GOVERNMENT_KINDS.has(full.kind), former: r.former });
  };
  for (const p of ctx.persons) {
    // "Mira Murati, OpenAI's chief technology officer," / "Bob McGrew, the company's chief research officer,"
    const after = ctx.roles.find((r) => r.start > p.end && r.start - p.end <= 60 && /^,\s+(?:(?:the|a|an|its|his|her|another)\s+)?(?:(?:[\p{L}.&’'-]+(?:['’]s)?|(?:co-)?founder\s+and)\s+){0,3}$/u.test(work.slice(p.end, r.start)) && !/^['’]s/.test(work.slice(r.end, r.end + 2)));
    if (after) add(p, after, 'apposition');
    // "Chief Financial Officer J. Michael Harlan", "chief executive Sam Altman", "its chief scientific officer, Dr. Ravi Menon,"
    const before = ctx.roles.filter((r) => r.end <= p.start && (/^ $/.test(work.slice(r.end, p.start)) || (/^(?:\s+(?:at|of)\s+(?:the\s+)?[^,;]{1,40})?, (?:(?:Dr|Mr|Mrs|Ms|Prof)\. )?$/.test(work.slice(r.end, p.start)) && /^,/.test(work.slice(p.end, p.end + 1))))).pop();
    if (before) add(p, before, 'title');
    // "Elena Marsh, who has served as Chief Operating Officer since 2021" / "Nilsen, who remained CFO"
    const tenure = /^(?:,[^,;]{1,80})?,\s+who\s+(?:has|had)\s+(?:been|served\s+as|worked\s+as)\s+(?:the\s+|a\s+|an\s+)?|^(?:,[^,;]{1,80})?,\s+who\s+remained\s+(?:the\s+)?/.exec(work.slice(p.end, p.end + 140));
    const held = tenure ? ctx.roles.find((r) => r.start === p.end + tenure[0].length) : undefined;
    if (held) add(p, held, 'tenure');
    // "the startup that Suleyman ran as chief executive"
    const ran = /^\s+(?:ran|led|headed|had\s+run|had\s+led)\s+(?:it\s+)?as\s+/.exec(work.slice(p.end, p.end + 30));
    const ranRole = ran ? ctx.roles.find((r) => r.start === p.end + ran[0].length) : undefined;
    if (ranRole) {
      const headOrg = ctx.orgs.filter((o) => o.end <= p.start && p.start - o.end <= 80 && !/[.;]/.test(work.slice(o.end, p.start))).pop();
      const full = roleFrom(ctx, ranRole);
      facts.push({ personId: p.entityId, orgId: headOrg?.entityId ?? null, role: full.role, at: p.start, source: 'tenure', government: false, former: false });
    }
  }
  return facts;
}

/** The person's fact nearest before `at` (else the first after), preferring ones with a role. */
export function factFor(ctx: EnContext, personId: string, at: number, sources: readonly Fact['source'][]): Fact | null {
  const mine = ctx.facts.filter((f) => f.personId === personId && sources.includes(f.source) && f.role).sort((a, b) => a.at - b.at);
  return mine.filter((f) => f.at <= at).pop() ?? mine[0] ?? null;
}
